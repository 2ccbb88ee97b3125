/// A token: its kind, where it is, and its text (decoded for quoted literals).
public struct Token: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A bare word: keyword, field, kind, month or value (`select`, `dag`, `May-22`, `IF-021`).
        case word
        /// Digits only.
        case integer
        /// `"…"` or `'…'`; `text` holds the value with doubled quotes undone.
        case string
        /// An unclosed quote running to the end of the input.
        case unterminatedString
        /// `$name`; `text` holds the name.
        case parameter
        case comma, leftParen, rightParen, star, semicolon
        /// `=`, `!=` or `<>`, `<`, `<=`, `>`, `>=`.
        case comparison(ComparisonOperator)
        /// `+` and `-` between values (`review + 1`). A `-` written against digits
        /// (`-1`) is read as part of a word.
        case plus, minus
        /// `@` before a report: `@Mar-22`, `dag@prev`.
        case at
        /// A character the language has no use for.
        case invalid
        case end
    }

    public var kind: Kind
    public var range: SourceRange
    public var text: String

    public init(kind: Kind, range: SourceRange, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }

    /// Whether this is the bare word `keyword`, ignoring case.
    public func isWord(_ keyword: Keyword) -> Bool {
        isWord(keyword.text)
    }

    /// Whether this is the bare word `name` (a lower-case name such as `count` or `size`,
    /// which is not a keyword), ignoring case.
    public func isWord(_ name: String) -> Bool {
        kind == .word && text.utf8.count == name.utf8.count && text.lowercased() == name
    }

    /// The keyword this bare word is, if any.
    public var keyword: Keyword? {
        kind == .word ? Keyword(word: text) : nil
    }

    /// How the token reads in a message: `'where'`, `end of input`.
    public var quoted: String {
        switch kind {
        case .end: "end of input"
        case .string, .unterminatedString: "a quoted value"
        case .parameter: Diagnostic.quoted("$" + text)
        default: Diagnostic.quoted(text)
        }
    }
}
