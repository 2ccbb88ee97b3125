import Shell
/// One thing Tab can put in place of the word being typed.
struct CompletionCandidate: Equatable {
    enum Style: Equatable {
        /// A keyword, field, kind or meta-command: inserted as it is.
        case word
        /// A register value: quoted when it holds more than letters, digits, `-` and `_`.
        case value
    }

    var text: String
    var style: Style = .word
    /// Written after the text when it is the only candidate: a space, `(` after an
    /// aggregate, `/` after a folder.
    var terminator = " "
    /// How the candidate is listed (`count(`, `Data/`).
    var label: String
    /// Listed after the label: a value's count, `(36)`.
    var detail: String?

    init(_ text: String, style: Style = .word, terminator: String = " ", label: String? = nil, detail: String? = nil) {
        self.text = text
        self.style = style
        self.terminator = terminator
        self.label = label ?? text
        self.detail = detail
    }
}

/// What Tab found for the word before the cursor: the word as typed, and the candidates
/// it may become. The reader only applies `replacement` and shows `candidates`.
struct Completion: Equatable {
    /// The word being completed, as typed (an open quote included).
    var partial: String
    var candidates: [CompletionCandidate]

    /// The text to put in place of `partial`: the one candidate in full, or else the
    /// prefix all candidates share when it is longer than what was typed; nil for none.
    var replacement: String? {
        guard let first = candidates.first else { return nil }
        let quote = partial.first.flatMap { $0 == "\"" || $0 == "'" ? $0 : nil }
        if candidates.count == 1 {
            return Self.inserted(first.text, style: first.style, quote: quote, closed: true) + first.terminator
        }
        let shared = candidates.dropFirst().reduce(first.text) { Self.commonPrefix($0, $1.text) }
        let text = Self.inserted(shared, style: first.style, quote: quote, closed: false)
        let typed = quote == nil ? partial : String(partial.dropFirst())
        guard shared.count > typed.count, text != partial else { return nil }
        return text
    }

    /// A value as it must be typed: in quotes when it holds anything but letters, digits,
    /// `-` and `_`, or when the user opened a quote (an embedded quote doubled).
    static func inserted(_ text: String, style: CompletionCandidate.Style, quote: Character?, closed: Bool) -> String {
        guard style == .value else { return text }
        let needsQuotes = text.isEmpty || !text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard quote != nil || needsQuotes else { return text }
        let mark = quote ?? "\""
        let escaped = String(text.flatMap { $0 == mark ? [mark, mark] : [$0] })
        return String(mark) + escaped + (closed ? String(mark) : "")
    }

    /// The longest common prefix, ignoring case; its letters are those of `a`.
    static func commonPrefix(_ a: String, _ b: String) -> String {
        var end = a.startIndex
        var other = b.startIndex
        while end < a.endIndex, other < b.endIndex, a[end].lowercased() == b[other].lowercased() {
            end = a.index(after: end)
            other = b.index(after: other)
        }
        return String(a[..<end])
    }

    /// Whether `candidate` starts with what was typed, ignoring case; a value also
    /// matches when spaces and punctuation differ, as `=` compares them
    /// (`sub-group-r` → `Sub-Group Review`).
    static func matches(_ candidate: String, typed: String, style: CompletionCandidate.Style) -> Bool {
        if candidate.lowercased().hasPrefix(typed.lowercased()) { return true }
        return style == .value && normalized(candidate).hasPrefix(normalized(typed))
    }

    /// Lower case, each run of characters other than letters and digits one `-`.
    static func normalized(_ text: String) -> String {
        var result = ""
        var inRun = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                result.append(character)
                inRun = false
            } else if !inRun {
                result.append("-")
                inRun = true
            }
        }
        return result
    }
}
