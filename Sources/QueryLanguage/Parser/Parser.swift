import RegisterModel

/// A recursive-descent parser, one `parseX` function per production of the grammar in
/// docs/LANGUAGE.md. It never stops at the first error: a clause that cannot be read is
/// reported once, becomes `.invalid`, and parsing resumes at the next clause keyword.
public struct Parser {
    /// Conditions deeper than this (parentheses or `not`s) are refused, so that no input
    /// can exhaust the stack.
    public static let maximumDepth = 100

    let source: SourceFile
    /// Tokens are read as the parser reaches them: a statement refused at its first
    /// token costs one token, not a lexing of the megabyte behind it.
    let tokens: TokenBuffer
    var index = 0
    var depth = 0
    /// Set once the statement is beyond repair (too deep): everything after is skipped.
    var abandoned = false
    /// The `(` of conditions being read (`where (a = b or …`).
    var openConditionParentheses = 0
    /// A value read inside a condition's `(` with `)` after it and no comparison: the
    /// first value of a predicate when the `(` turns out to group it (see `parsePrimary`).
    var valueBeforeParenthesis: ValueBeforeParenthesis?
    public private(set) var diagnostics: [Diagnostic] = []

    public init(source: SourceFile, range: SourceRange? = nil) {
        self.source = source
        self.tokens = TokenBuffer(Lexer(source: source, range: range))
    }

    /// Parses one statement. Nil when it could not be read at all; `diagnostics` says why.
    public static func parse(_ source: SourceFile, range: SourceRange? = nil) -> (Query?, [Diagnostic]) {
        var parser = Parser(source: source, range: range)
        let query = parser.parseStatement()
        return (query, parser.diagnostics)
    }

    // MARK: - Token helpers (the vocabulary of Crafting Interpreters)

    var peek: Token { tokens[index] }

    func peek(_ offset: Int) -> Token { tokens[index + offset] }

    func check(_ kind: Token.Kind) -> Bool { peek.kind == kind }

    func checkWord(_ keyword: Keyword) -> Bool { peek.isWord(keyword) }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if token.kind != .end { index += 1 }
        return token
    }

    mutating func match(_ kind: Token.Kind) -> Token? {
        check(kind) ? advance() : nil
    }

    mutating func matchWord(_ keyword: Keyword) -> Token? {
        checkWord(keyword) ? advance() : nil
    }

    var previousEnd: Int { index > 0 ? tokens[index - 1].range.end : peek.range.start }

    func range(from start: Int) -> SourceRange { SourceRange(start: start, end: max(start, previousEnd)) }

    // MARK: - Errors

    struct SyntaxError: Error {}

    /// Reports "expected X, found Y" at the current token, with a suggestion when the
    /// token is a word close to one of `keywords`.
    mutating func fail(expected: String, keywords: [Keyword] = []) -> SyntaxError {
        report(failure(expected: expected, keywords: keywords))
        return SyntaxError()
    }

    /// The error `fail` reports, not yet reported.
    func failure(expected: String, keywords: [Keyword] = []) -> Diagnostic {
        let token = peek
        switch token.kind {
        case .unterminatedString:
            return .error("unterminated string: the quote opened here never closes", at: token.range)
        case .invalid:
            return .error("unexpected character \(Self.describeCharacter(token.text)); expected \(expected)", at: token.range)
        default:
            var message = "expected \(expected), found \(token.quoted)"
            if token.kind == .word, let suggestion = suggestion(for: token.text, among: keywords.map(\.text)) {
                message += "; did you mean '\(suggestion)'?"
            }
            return .error(message, at: token.range)
        }
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// A stray character as a message names it: quoted, a control character escaped
    /// (`'\x00'`).
    static func describeCharacter(_ text: String) -> String {
        guard text.unicodeScalars.count == 1 else { return Diagnostic.quoted(text) }
        return "'" + TerminalText.data(text) + "'"
    }

    mutating func expect(_ kind: Token.Kind, _ description: String) throws(SyntaxError) -> Token {
        if let token = match(kind) { return token }
        throw fail(expected: description)
    }

    mutating func expectWord(_ keyword: Keyword) throws(SyntaxError) -> Token {
        if let token = matchWord(keyword) { return token }
        throw fail(expected: "'\(keyword.text)'", keywords: [keyword])
    }

    /// Skips to the next clause keyword after `select` at parenthesis depth 0 (or the
    /// statement's end).
    mutating func synchronize() {
        if abandoned {
            while !check(.end) { advance() }
            return
        }
        var parens = 0
        while !check(.end) {
            if parens == 0, check(.semicolon) || (check(.word) && Clause(leadingKeyword: peek.text).map { $0 != .select } == true) { return }
            if check(.leftParen) { parens += 1 }
            if check(.rightParen) { parens = max(0, parens - 1) }
            advance()
        }
    }
}

/// A value read as the whole of a parenthesised condition, with the placeholder the
/// condition holds for it and the error to report if it is not a predicate's first value.
struct ValueBeforeParenthesis {
    var value: Operand
    var placeholder: SourceRange
    var missingComparison: Diagnostic
}

/// The tokens of a statement, lexed on demand. Past the end every index gives `.end`.
final class TokenBuffer {
    private var lexer: Lexer
    private var tokens: [Token] = []

    init(_ lexer: Lexer) { self.lexer = lexer }

    subscript(index: Int) -> Token {
        while tokens.count <= index, tokens.last?.kind != .end { tokens.append(lexer.next()) }
        return tokens[min(index, tokens.count - 1)]
    }
}
