import RegisterModel

/// Warnings about a test that no value in the register passes (`status = blokced`,
/// `status contains 'xyz'`, `ref like 'MHHSP-XX%'`): it would select nothing, silently.
/// At most `absentValueWarningCap` are shown for a statement, and a note then counts the
/// rest, so that a 20,000-value `in` list gives a handful of lines and says so.
extension Checker {
    /// `status = blokced`: say so, with the nearest real value.
    mutating func warnIfAbsent(_ key: String, text: String, field: Field, at range: SourceRange) {
        guard let keys = knownKeys(field), keys[key] == nil, countAbsentValue(at: range) else { return }
        var message = "no artefact has \(field.name) \(Diagnostic.quoted(text))"
        if let suggestion = suggestion(for: text, among: sortedValues(field)) {
            message += "; did you mean '\(suggestion)'?"
        }
        warning(message, at: range)
    }

    /// `status contains 'revew'`: say so, with the nearest words the values hold.
    /// The values are tried in turn, so that a needle found early costs little.
    mutating func warnIfNoneContains(_ needle: TextNeedle, field: Field, at range: SourceRange) {
        guard let values = fieldValues.values(of: field), !values.contains(where: needle.isFound(in:)),
              countAbsentValue(at: range) else { return }
        var message = "no artefact has \(field.name) containing \(Diagnostic.quoted(needle.text))"
        if let suggestion = wordSuggestion(for: needle.key, in: values) {
            message += "; did you mean '\(suggestion)'?"
        }
        warning(message, at: range)
    }

    /// `ref like 'MHHSP-XX%'`: say so. A pattern has no nearest value worth suggesting.
    mutating func warnIfNoneLike(_ pattern: LikePattern, field: Field, at range: SourceRange) {
        guard let values = fieldValues.values(of: field), !values.contains(where: pattern.matches),
              countAbsentValue(at: range) else { return }
        warning("no artefact has \(field.name) like \(Diagnostic.quoted(pattern.text))", at: range)
    }

    /// Counts one more test that selects nothing; false when it is past the cap and is
    /// only to be counted in the closing note.
    mutating func countAbsentValue(at range: SourceRange) -> Bool {
        absentValueWarnings += 1
        if absentValueWarnings == Self.absentValueWarningCap + 1 { firstUnshownAbsentValue = range }
        return absentValueWarnings <= Self.absentValueWarningCap
    }

    /// `… and 19990 more values no artefact has`, at the first one not shown; nil when
    /// every warning was shown.
    var unshownAbsentValuesNote: Diagnostic? {
        guard let range = firstUnshownAbsentValue else { return nil }
        let unshown = absentValueWarnings - Self.absentValueWarningCap
        return Diagnostic(.note, "… and \(unshown) more \(unshown == 1 ? "value" : "values") no artefact has", at: range)
    }

    /// The run of as many words as the needle has, from the values' keys, nearest to it:
    /// `revew` → `review`, `sub grup` → `sub-group`. Nil for a needle too long to be a
    /// misspelling. Only the first values, in register order, are looked at, so that a
    /// register of many distinct names neither makes a warning slow nor changes its
    /// suggestion from run to run.
    func wordSuggestion(for key: String, in values: [String]) -> String? {
        guard !key.isEmpty, key.utf8.count <= 256 else { return nil }
        let wordCount = key.split(separator: "-").count
        var candidates: Set<String> = []
        for value in values.prefix(Self.wordSuggestionValueCap) {
            let words = equalityKey(value).split(separator: "-")
            guard words.count >= wordCount else { continue }
            for start in 0 ... words.count - wordCount {
                candidates.insert(words[start ..< start + wordCount].joined(separator: "-"))
            }
        }
        return suggestion(for: key, among: candidates.sorted())
    }

    /// The field's values in order, for suggestions (sorted once per field and statement).
    mutating func sortedValues(_ field: Field) -> [String] {
        if let cached = sortedValueCache[field] { return cached }
        let sorted = (knownKeys(field) ?? [:]).values.sorted()
        sortedValueCache[field] = sorted
        return sorted
    }

    /// The field's values by their equality key; nil when the values are not known.
    mutating func knownKeys(_ field: Field) -> [String: String]? {
        if let cached = valueKeys[field] { return cached }
        guard let values = fieldValues.values(of: field) else { return nil }
        var keys: [String: String] = [:]
        for value in values { keys[equalityKey(value)] = value }
        valueKeys[field] = keys
        return keys
    }
}
