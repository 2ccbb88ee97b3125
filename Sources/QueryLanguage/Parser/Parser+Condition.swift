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
    ///
    /// A parenthesised value starts a predicate too (`(dag - review) > 1`): read as a
    /// condition, it ends in a value with no comparison before `)`, which is then taken
    /// as the predicate's first value.
    mutating func parsePrimary() throws(SyntaxError) -> Expression {
        if let change = try parseArtefactChangeIfPresent() { return change }
        guard check(.leftParen) else { return try parsePredicate() }
        let open = advance()
        try enterNesting(at: open.range.start)
        defer { depth -= 1 }
        openConditionParentheses += 1
        let inner: Expression
        do {
            inner = try parseOr()
            openConditionParentheses -= 1
        } catch {
            openConditionParentheses -= 1
            throw error
        }
        if match(.rightParen) == nil {
            throw fail(expected: "')' to close '(' at \(position(open))", keywords: [Grammar.and, Grammar.or])
        }
        if let pending = valueBeforeParenthesis {
            valueBeforeParenthesis = nil
            guard inner == .invalid(pending.placeholder) else {
                report(pending.missingComparison)
                throw SyntaxError()
            }
            let start = open.range.start
            let value = try parseValueContinuing(pending.value, from: start)
            return try parsePredicate(after: value, from: start)
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

    /// predicate = value ( comparison value
    ///                   | [ "not" ] "between" value "and" value
    ///                   | [ "not" ] "in" "(" value { "," value } ")"
    ///                   | [ "not" ] ( "contains" | "like" ) value
    ///                   | "is" [ "not" ] ( "empty" | "tbc" )
    ///                   | "changed" [ "from" value ] [ "to" value ] [ since ]
    ///                   | ( "slipped" | "advanced" ) [ since ]
    ///                   | "was" value [ since ] )
    ///           | ( "new" | "removed" ) [ since ] .
    mutating func parsePredicate() throws(SyntaxError) -> Expression {
        let start = peek.range.start
        return try parsePredicate(after: try parseValue(), from: start)
    }

    /// The rest of a predicate after its first value.
    mutating func parsePredicate(after left: Operand, from start: Int) throws(SyntaxError) -> Expression {
        if let change = try parseChangeIfPresent(after: left, from: start) { return change }
        if let op = matchComparisonOperator() {
            let right = try parseValue()
            return .comparison(left, op, right, range(from: start))
        }
        if matchWord(.is) != nil {
            let negated = matchWord(.not) != nil
            if matchWord(.empty) != nil { return .isEmpty(left, negated: negated, range(from: start)) }
            if matchWord(.tbc) != nil { return .isTBC(left, negated: negated, range(from: start)) }
            throw fail(expected: Grammar.testsAfterIs.map { "'\($0)'" }.joined(separator: " or ") + " after 'is\(negated ? " not" : "")'",
                       keywords: Grammar.testsAfterIs + [Grammar.not])
        }
        let negated = checkWord(.not) && Grammar.negatablePredicateWords.contains(where: peek(1).isWord)
        if negated { advance() }
        if matchWord(.between) != nil {
            let low = try parseValue()
            _ = try expectWord(.and)
            let high = try parseValue()
            return .between(left, low: low, high: high, negated: negated, range(from: start))
        }
        if matchWord(.in) != nil {
            let open = try expect(.leftParen, "'(' to start the list after 'in'")
            var values = [try parseValue()]
            while match(.comma) != nil { values.append(try parseValue()) }
            if match(.rightParen) == nil { throw fail(expected: "',' or ')' to close '(' at \(position(open))") }
            return .membership(left, values, negated: negated, range(from: start))
        }
        if matchWord(.contains) != nil {
            return .contains(left, try parseValue(), negated: negated, range(from: start))
        }
        if matchWord(.like) != nil {
            return .like(left, try parseValue(), negated: negated, range(from: start))
        }
        let missing = failure(expected: "a comparison (\(Grammar.comparisonList)) after \(describe(left))",
                              keywords: Grammar.predicateWords + [Grammar.not])
        if openConditionParentheses > 0, check(.rightParen) {
            // Perhaps `(dag - review) > 1`: `parsePrimary` decides, once `)` is read.
            let placeholder = range(from: start)
            valueBeforeParenthesis = ValueBeforeParenthesis(value: left, placeholder: placeholder, missingComparison: missing)
            return .invalid(placeholder)
        }
        report(missing)
        throw SyntaxError()
    }

    func describe(_ operand: Operand) -> String {
        "'" + source.text(of: operand.range) + "'"
    }

    /// comparison = "=" | "!=" | "<>" | "<" | "<=" | ">" | ">=" .
    mutating func matchComparisonOperator() -> ComparisonOperator? {
        guard case .comparison(let op) = peek.kind else { return nil }
        advance()
        return op
    }
}
