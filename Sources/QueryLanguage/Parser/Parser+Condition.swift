extension Parser {
    // MARK: - Conditions, loosest binding first

    /// condition = disjunction . Reports its own errors and returns `.invalid` for input
    /// it cannot read, leaving the parser at the next clause.
    mutating func parseCondition() -> Expression {
        let start = peek.range.start
        do {
            return try parseOr()
        } catch {
            synchronize()
            return .invalid(range(from: start))
        }
    }

    /// disjunction = conjunction { "or" conjunction } .
    mutating func parseOr() throws(SyntaxError) -> Expression {
        let start = peek.range.start
        var terms = [try parseAnd()]
        while matchWord("or") != nil { terms.append(try parseAnd()) }
        return terms.count == 1 ? terms[0] : .or(terms, range(from: start))
    }

    /// conjunction = negation { "and" negation } .
    mutating func parseAnd() throws(SyntaxError) -> Expression {
        let start = peek.range.start
        var terms = [try parseNot()]
        while matchWord("and") != nil { terms.append(try parseNot()) }
        return terms.count == 1 ? terms[0] : .and(terms, range(from: start))
    }

    /// negation = "not" negation | primary .
    mutating func parseNot() throws(SyntaxError) -> Expression {
        guard checkWord("not") else { return try parsePrimary() }
        let start = advance().range.start
        try enterNesting(at: start)
        defer { depth -= 1 }
        let inner = try parseNot()
        return .not(inner, range(from: start))
    }

    /// primary = "(" condition ")" | predicate .
    mutating func parsePrimary() throws(SyntaxError) -> Expression {
        guard check(.leftParen) else { return try parsePredicate() }
        let open = advance()
        try enterNesting(at: open.range.start)
        defer { depth -= 1 }
        let inner = try parseOr()
        if match(.rightParen) == nil {
            throw fail(expected: "')' to close '(' at \(position(open))", keywords: ["and", "or"])
        }
        return inner
    }

    mutating func enterNesting(at offset: Int) throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            report(.error("condition nested too deeply (more than \(Self.maximumDepth) levels of parentheses or 'not')",
                          at: SourceRange(start: offset, end: peek.range.start)))
            abandoned = true
            throw SyntaxError()
        }
    }

    /// predicate = operand ( comparison operand
    ///                     | [ "not" ] "between" operand "and" operand
    ///                     | [ "not" ] "in" "(" operand { "," operand } ")"
    ///                     | [ "not" ] ( "contains" | "like" ) operand
    ///                     | "is" [ "not" ] ( "empty" | "tbc" ) ) .
    mutating func parsePredicate() throws(SyntaxError) -> Expression {
        let start = peek.range.start
        let left = try parseOperand()
        if let op = matchComparisonOperator() {
            let right = try parseOperand()
            return .comparison(left, op, right, range(from: start))
        }
        if matchWord("is") != nil {
            let negated = matchWord("not") != nil
            if matchWord("empty") != nil { return .isEmpty(left, negated: negated, range(from: start)) }
            if matchWord("tbc") != nil { return .isTBC(left, negated: negated, range(from: start)) }
            throw fail(expected: "'empty' or 'tbc' after 'is\(negated ? " not" : "")'", keywords: ["empty", "tbc", "not"])
        }
        let negated = checkWord("not") && ["between", "in", "contains", "like"].contains(where: peek(1).isWord)
        if negated { advance() }
        if matchWord("between") != nil {
            let low = try parseOperand()
            _ = try expectWord("and")
            let high = try parseOperand()
            return .between(left, low: low, high: high, negated: negated, range(from: start))
        }
        if matchWord("in") != nil {
            let open = try expect(.leftParen, "'(' to start the list after 'in'")
            var values = [try parseOperand()]
            while match(.comma) != nil { values.append(try parseOperand()) }
            if match(.rightParen) == nil { throw fail(expected: "',' or ')' to close '(' at \(position(open))") }
            return .membership(left, values, negated: negated, range(from: start))
        }
        if matchWord("contains") != nil {
            return .contains(left, try parseOperand(), negated: negated, range(from: start))
        }
        if matchWord("like") != nil {
            return .like(left, try parseOperand(), negated: negated, range(from: start))
        }
        throw fail(expected: "a comparison (=, !=, <, <=, >, >=, between, in, contains, like, is) after \(describe(left))",
                   keywords: ["between", "in", "contains", "like", "is", "not"])
    }

    func describe(_ operand: Operand) -> String {
        "'" + source.text(of: operand.range) + "'"
    }

    mutating func matchComparisonOperator() -> ComparisonOperator? {
        let op: ComparisonOperator
        switch peek.kind {
        case .equal: op = .equal
        case .notEqual: op = .notEqual
        case .less: op = .less
        case .lessEqual: op = .lessEqual
        case .greater: op = .greater
        case .greaterEqual: op = .greaterEqual
        default: return nil
        }
        advance()
        return op
    }

    /// operand = WORD | STRING | INTEGER | "$" NAME | aggregate .
    mutating func parseOperand() throws(SyntaxError) -> Operand {
        if let call = try parseAggregateCallIfPresent() { return .aggregate(call) }
        let token = peek
        switch token.kind {
        case .word:
            advance()
            return .word(Name(text: token.text, range: token.range))
        case .string:
            advance()
            return .quoted(token.text, token.range)
        case .integer:
            advance()
            return .integer(token.text, token.range)
        case .parameter:
            advance()
            return .parameter(Name(text: token.text, range: token.range))
        default:
            throw fail(expected: "a field or a value")
        }
    }
}
