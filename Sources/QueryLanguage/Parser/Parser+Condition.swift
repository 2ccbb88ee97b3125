extension Parser {
    // MARK: - Conditions, loosest binding first

    /// A condition (`parseOr`) that reports its own errors: input it cannot read becomes
    /// `.invalid`, and the parser is left at the next clause.
    mutating func parseCondition() -> Expression {
        let start = peek.range.start
        do {
            return try parseOr()
        } catch {
            synchronize()
            return .invalid(range(from: start))
        }
    }

    /// condition = conjunction { "or" conjunction } .
    mutating func parseOr() throws(SyntaxError) -> Expression {
        let start = peek.range.start
        var terms = [try parseAnd()]
        while matchWord(Grammar.or) != nil { terms.append(try parseAnd()) }
        return terms.count == 1 ? terms[0] : .or(terms, range(from: start))
    }

    /// conjunction = negation { "and" negation } .
    mutating func parseAnd() throws(SyntaxError) -> Expression {
        let start = peek.range.start
        var terms = [try parseNot()]
        while matchWord(Grammar.and) != nil { terms.append(try parseNot()) }
        return terms.count == 1 ? terms[0] : .and(terms, range(from: start))
    }

    /// negation = "not" negation | primary .
    mutating func parseNot() throws(SyntaxError) -> Expression {
        guard checkWord(Grammar.not) else { return try parsePrimary() }
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
            throw fail(expected: "')' to close '(' at \(position(open))", keywords: [Grammar.and, Grammar.or])
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
            throw fail(expected: Grammar.testsAfterIs.map { "'\($0)'" }.joined(separator: " or ") + " after 'is\(negated ? " not" : "")'",
                       keywords: Grammar.testsAfterIs + ["not"])
        }
        let negated = checkWord("not") && Grammar.negatablePredicateWords.contains(where: peek(1).isWord)
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
        throw fail(expected: "a comparison (\(Grammar.comparisonList)) after \(describe(left))",
                   keywords: Grammar.predicateWords + ["not"])
    }

    func describe(_ operand: Operand) -> String {
        "'" + source.text(of: operand.range) + "'"
    }

    /// comparison = "=" | "!=" | "<>" | "<" | "<=" | ">" | ">=" .
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

    /// operand = WORD | STRING | INTEGER | PARAMETER | aggregate .
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
