/// One statement of a file or REPL entry: a query, or a one-line meta-command (`.help`).
public struct Statement: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case query
        case metaCommand
    }

    public var kind: Kind
    public var range: SourceRange
}

/// Finds where statements end, by tokens rather than by text, so that a `;` or a blank
/// line inside a quoted value never splits a statement.
///
/// In a file or on standard input a statement ends at `;`, at a blank line, at the end of
/// the input, or before a line that begins with `select`, `explain` or a meta-command.
public enum StatementSplitter {
    public static func split(_ source: SourceFile) -> [Statement] {
        var statements: [Statement] = []
        var lexer = Lexer(source: source)
        var start: Int?
        var previousEnd = lexer.position
        func finish(at end: Int) {
            if let s = start { statements.append(Statement(kind: .query, range: SourceRange(start: s, end: end))) }
            start = nil
        }
        while true {
            let token = lexer.next()
            if token.kind == .end {
                finish(at: previousEnd)
                return statements
            }
            let firstOnLine = isFirstOnLine(token, in: source)
            let beginsStatement = firstOnLine && (Grammar.statementStarts.contains(where: token.isWord) || isMetaStart(token))
            if start != nil, beginsStatement || hasBlankLine(source, from: previousEnd, to: token.range.start) {
                finish(at: previousEnd)
            }
            if token.kind == .semicolon {
                finish(at: previousEnd)
                previousEnd = token.range.end
                continue
            }
            if start == nil, firstOnLine, isMetaStart(token) {
                let line = source.lineRange(source.line(of: token.range.start))
                statements.append(Statement(kind: .metaCommand, range: SourceRange(start: token.range.start, end: line.end)))
                lexer = Lexer(source: source, range: SourceRange(start: line.end, end: source.bytes.count))
                previousEnd = line.end
                continue
            }
            if start == nil { start = token.range.start }
            previousEnd = token.range.end
        }
    }

    /// Whether a REPL entry is ready to run: no open quote or parenthesis, and it does not
    /// end in a keyword or operator that needs more. Meta-commands are always complete.
    public static func isComplete(_ text: String) -> Bool {
        let source = SourceFile(name: "<entry>", text: text)
        let tokens = Lexer.tokens(of: source)
        guard let first = tokens.first, first.kind != .end else { return true }
        if isMetaStart(first) { return true }
        var depth = 0
        for token in tokens {
            switch token.kind {
            case .unterminatedString: return false
            case .leftParen: depth += 1
            case .rightParen: depth = max(0, depth - 1)
            default: break
            }
        }
        guard tokens.count >= 2 else { return true }
        let last = tokens[tokens.count - 2]
        if last.kind == .semicolon { return true }
        if depth > 0 { return false }
        switch last.kind {
        case .comma, .leftParen, .comparison, .plus, .minus: return false
        case .word: return !Grammar.wordsNeedingMore.contains(last.text.lowercased())
        default: return true
        }
    }

    static func isMetaStart(_ token: Token) -> Bool {
        token.kind == .invalid && token.text == "."
    }

    /// Whether only spaces and tabs come before the token on its line. The bytes are read
    /// backwards and only as far as the first that is not blank, so the cost is the gap
    /// since the previous token, not the length of the line.
    static func isFirstOnLine(_ token: Token, in source: SourceFile) -> Bool {
        var index = token.range.start - 1
        while index >= 0 {
            switch source.bytes[index] {
            case 0x20, 0x09: index -= 1
            case 0x0A: return true
            default: return false
            }
        }
        return true
    }

    /// A whole line of only spaces between two tokens (a comment line is not blank).
    static func hasBlankLine(_ source: SourceFile, from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        var sawBreak = false
        var lineIsBlank = true
        for byte in source.bytes[start ..< end] {
            if byte == 0x0A {
                if sawBreak && lineIsBlank { return true }
                sawBreak = true
                lineIsBlank = true
            } else if byte != 0x20, byte != 0x09, byte != 0x0D {
                lineIsBlank = false
            }
        }
        return false
    }
}
