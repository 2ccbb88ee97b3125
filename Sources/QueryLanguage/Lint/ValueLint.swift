import RegisterModel

/// The lint pass: warnings about a test that no value in the register passes
/// (`status = blokced`, `status contains 'xyz'`, `ref like 'MHHSP-XX%'`), which would
/// select nothing, silently. It runs on a compiled statement's probes once the register
/// is loaded. At most `warningCap` are shown for a statement, and a note then counts the
/// rest, so that a 20,000-value `in` list gives a handful of lines and says so.
struct ValueLint {
    static let warningCap = 10
    /// How many of a field's values `contains` suggestions take their words from.
    static let wordSuggestionValueCap = 2_000

    let values: any FieldValues
    private var valueKeys: [Field: [String: String]] = [:]
    private var sortedValueCache: [Field: [String]] = [:]
    /// Tests no value passes, counted for the cap.
    private var absentCount = 0
    /// Where the first of them not shown is, for the note.
    private var firstUnshown: SourceRange?

    init(values: any FieldValues) {
        self.values = values
    }

    /// Each probe's warning with the number of checker diagnostics before it, in the
    /// probes' order, and the note counting those past the cap.
    mutating func warnings(for probes: [ValueProbe]) -> (warnings: [(Diagnostic, position: Int)], note: Diagnostic?) {
        var warnings: [(Diagnostic, position: Int)] = []
        for probe in probes where isAbsent(probe) && countAbsent(at: probe.range) {
            warnings.append((.warning(absenceMessage(probe), at: probe.range), probe.position))
        }
        return (warnings, unshownNote)
    }

    /// Whether no artefact passes the probe's test; false when some does, or the field's
    /// values are not known.
    private mutating func isAbsent(_ probe: ValueProbe) -> Bool {
        switch probe.test {
        case .equals(let key, _):
            guard let keys = knownKeys(probe.field) else { return false }
            return keys[key] == nil
        case .contains(let needle):
            // The values are tried in turn, so that a needle found early costs little.
            guard let values = values.values(of: probe.field) else { return false }
            return !values.contains(where: needle.isFound(in:))
        case .like(let pattern):
            guard let values = values.values(of: probe.field) else { return false }
            return !values.contains(where: pattern.matches)
        }
    }

    /// What to say of a probe no artefact passes: with the nearest real value
    /// (`status = blokced`) or the nearest words the values hold (`contains 'revew'`); a
    /// pattern has no nearest value worth suggesting.
    private mutating func absenceMessage(_ probe: ValueProbe) -> String {
        let field = probe.field
        switch probe.test {
        case .equals(_, let text):
            var message = "no artefact has \(field.name) \(Diagnostic.quoted(text))"
            if let suggestion = suggestion(for: text, among: sortedValues(field)) { message += "; did you mean '\(suggestion)'?" }
            return message
        case .contains(let needle):
            var message = "no artefact has \(field.name) containing \(Diagnostic.quoted(needle.text))"
            if let suggestion = Self.wordSuggestion(for: needle.key, in: values.values(of: field) ?? []) {
                message += "; did you mean '\(suggestion)'?"
            }
            return message
        case .like(let pattern):
            return "no artefact has \(field.name) like \(Diagnostic.quoted(pattern.text))"
        }
    }

    /// Counts one more test that selects nothing; false when it is past the cap and is
    /// only to be counted in the closing note.
    private mutating func countAbsent(at range: SourceRange) -> Bool {
        absentCount += 1
        if absentCount == Self.warningCap + 1 { firstUnshown = range }
        return absentCount <= Self.warningCap
    }

    /// `… and 19990 more values no artefact has`, at the first one not shown; nil when
    /// every warning was shown.
    private var unshownNote: Diagnostic? {
        guard let range = firstUnshown else { return nil }
        let unshown = absentCount - Self.warningCap
        return Diagnostic(.note, "… and \(unshown) more \(unshown == 1 ? "value" : "values") no artefact has", at: range)
    }

    /// The run of as many words as the needle has, from the values' keys, nearest to it:
    /// `revew` → `review`, `sub grup` → `sub-group`. Nil for a needle too long to be a
    /// misspelling. Only the first values, in register order, are looked at, so that a
    /// register of many distinct names neither makes a warning slow nor changes its
    /// suggestion from run to run.
    static func wordSuggestion(for key: String, in values: [String]) -> String? {
        guard !key.isEmpty, key.utf8.count <= 256 else { return nil }
        let wordCount = key.split(separator: "-").count
        var candidates: Set<String> = []
        for value in values.prefix(wordSuggestionValueCap) {
            let words = equalityKey(value).split(separator: "-")
            guard words.count >= wordCount else { continue }
            for start in 0 ... words.count - wordCount {
                candidates.insert(words[start ..< start + wordCount].joined(separator: "-"))
            }
        }
        return suggestion(for: key, among: candidates.sorted())
    }

    /// The field's values in order, for suggestions (sorted once per field and statement).
    private mutating func sortedValues(_ field: Field) -> [String] {
        if let cached = sortedValueCache[field] { return cached }
        let sorted = (knownKeys(field) ?? [:]).values.sorted()
        sortedValueCache[field] = sorted
        return sorted
    }

    /// The field's values by their equality key; nil when the values are not known.
    private mutating func knownKeys(_ field: Field) -> [String: String]? {
        if let cached = valueKeys[field] { return cached }
        guard let values = values.values(of: field) else { return nil }
        var keys: [String: String] = [:]
        for value in values { keys[equalityKey(value)] = value }
        valueKeys[field] = keys
        return keys
    }
}
