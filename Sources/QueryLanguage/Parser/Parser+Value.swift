extension Parser {
    // MARK: - Values

    /// value = operand { ( "+" | "-" ) operand } .
    mutating func parseValue() throws(SyntaxError) -> Operand {
        let start = peek.range.start
        return try parseValueContinuing(try parseOperand(), from: start)
    }

    /// The `+ …` and `- …` after a value's first operand, left-associative. A `-` written
    /// against its digits (`review -1`) is a word to the lexer, and a subtraction here.
    /// Each operator counts as a level of nesting, so that no chain is deeper than
    /// `maximumDepth` for the stages that walk it.
    mutating func parseValueContinuing(_ first: Operand, from start: Int) throws(SyntaxError) -> Operand {
        var value = first
        let depthBefore = depth
        defer { depth = depthBefore }
        while true {
            let op: ArithmeticOperator
            let right: Operand
            switch peek.kind {
            case .plus, .minus:
                op = advance().kind == .plus ? .plus : .minus
                try enterArithmetic(at: start)
                right = try parseOperand()
            case .word:
                guard let number = matchNegativeNumber() else { return value }
                op = .minus
                try enterArithmetic(at: start)
                right = number
            default:
                return value
            }
            value = .arithmetic(value, op, right, range(from: start))
        }
    }

    mutating func enterArithmetic(at offset: Int) throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            report(.error("value too long (more than \(Self.maximumDepth) '+', '-', parentheses or 'not' deep)",
                          at: SourceRange(start: offset, end: previousEnd)))
            abandoned = true
            throw SyntaxError()
        }
    }

    /// A word `-` and digits (`-1`) after a value: the number subtracted.
    mutating func matchNegativeNumber() -> Operand? {
        guard isNegativeNumberAhead else { return nil }
        let token = advance()
        return .integer(String(token.text.dropFirst()), SourceRange(start: token.range.start + 1, end: token.range.end))
    }

    /// Whether the next token is a word `-` and digits (`-1`), which after a value subtracts.
    var isNegativeNumberAhead: Bool {
        let token = peek
        return token.kind == .word && token.text.utf8.first == UInt8(ascii: "-") && token.text.utf8.count > 1
            && token.text.utf8.dropFirst().allSatisfy(Lexer.isDigit)
    }

    /// operand = WORD [ report ] | STRING | INTEGER | PARAMETER | aggregate | size | "(" value ")" .
    mutating func parseOperand() throws(SyntaxError) -> Operand {
        let token = peek
        switch token.kind {
        case .word:
            if peek(1).kind == .leftParen {
                if let call = try parseAggregateCallIfPresent() { return .aggregate(call) }
                if let size = try parseSizeIfPresent() { return size }
            }
            advance()
            let name = Name(text: token.text, range: token.range)
            // `dag@prev`, written together; `select IF @Feb-22` is the query's report.
            if check(.at), peek.range.start == token.range.end { return .fieldAt(name, try parseReportReference()) }
            return .word(name)
        case .string:
            advance()
            return .quoted(token.text, token.range)
        case .integer:
            advance()
            return .integer(token.text, token.range)
        case .parameter:
            advance()
            return .parameter(Name(text: token.text, range: token.range))
        case .leftParen:
            let open = advance()
            try enterNesting(at: open.range.start)
            defer { depth -= 1 }
            let inner = try parseValue()
            if match(.rightParen) == nil {
                throw fail(expected: "')' to close '(' at \(position(open))")
            }
            return inner
        default:
            throw fail(expected: "a field or a value")
        }
    }

    /// size = "size" "(" field ")" .
    mutating func parseSizeIfPresent() throws(SyntaxError) -> Operand? {
        guard peek(1).kind == .leftParen, peek.isWord(Grammar.size) else { return nil }
        let start = advance().range.start
        let open = advance()
        let field = try parseName("a list field, such as subgroups")
        if match(.rightParen) == nil {
            throw fail(expected: "')' to close '(' at \(position(open))")
        }
        return .size(field, range(from: start))
    }

    /// Whether the next token can begin a selected column or an order key that is not an
    /// aggregate: a name, `size(…)`, `(`, or a value with `+` or `-` after it (`1 + dag`).
    var startsNamedValue: Bool {
        if check(.word) || check(.leftParen) { return true }
        guard check(.integer) || check(.parameter) || check(.string) else { return false }
        return peek(1).kind == .plus || peek(1).kind == .minus
    }
}
