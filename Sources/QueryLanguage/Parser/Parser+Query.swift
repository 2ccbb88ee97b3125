import RegisterModel

extension Parser {
    // MARK: - Statements

    /// statement = [ "explain" ] ( query | diff ) [ ";" ] .
    public mutating func parseStatement() -> Query? {
        let start = peek.range.start
        let isExplain = matchWord(.explain) != nil
        var query: Query
        if checkWord(.diff) {
            if isExplain {
                report(.error("'explain' counts a query's rows clause by clause; 'diff' has no clauses to count: run it without 'explain'",
                              at: peek.range))
                return nil
            }
            query = parseDiff()
        } else {
            guard checkWord(Clause.select.leadingKeyword) else {
                var failure = failure(expected: isExplain ? "'select'" : "'select' or 'diff'", keywords: Grammar.statementStarts)
                if peek.keyword != nil, followsBlankLine(peek) {
                    failure.hints.append("hint: a blank line ends a statement, in a file and in a paste alike, so the lines above it ran alone; "
                                         + "keep a statement's lines together")
                }
                report(failure)
                return nil
            }
            query = parseQuery()
        }
        query.isExplain = isExplain
        query.range = range(from: start)
        _ = match(.semicolon)
        if !check(.end), !abandoned {
            _ = fail(expected: "the end of the statement")
        }
        return query
    }

    /// Whether a blank line comes between `token` and the text before it: the statement
    /// it begins was split from the one above by that line (a clause pasted apart).
    func followsBlankLine(_ token: Token) -> Bool {
        var index = token.range.start - 1, breaks = 0
        while index >= 0, [0x20, 0x09, 0x0D, 0x0A].contains(source.bytes[index]) {
            if source.bytes[index] == 0x0A { breaks += 1 }
            index -= 1
        }
        return index >= 0 && breaks >= 2
    }

    /// query = "select" [ "distinct" ] selection [ "from" target ] [ report ]
    ///         [ "where" condition ]
    ///         [ "group" "by" field { "," field } [ "pivot" field ] ]
    ///         [ "having" condition ]
    ///         [ "order" "by" key { "," key } ]
    ///         [ "limit" ( INTEGER | PARAMETER ) ] .
    ///
    /// Clauses come in the order of `Clause`; one out of order is reported with where it
    /// belongs (`'limit' must come after 'order by'`), then read all the same so that the
    /// rest of the statement is checked too.
    mutating func parseQuery() -> Query {
        let select = advance()
        let start = select.range.start
        let distinct = matchWord(Grammar.distinct) != nil
        var query = Query(range: range(from: start), selection: .columns([]))
        query.distinct = distinct
        do {
            query.selection = try parseSelection()
        } catch {
            synchronize()
        }
        // The clauses read so far, with the keyword that opened each.
        var seen: [(clause: Clause, keyword: Token)] = [(.select, select)]
        while !check(.end), !check(.semicolon), !abandoned {
            let keyword = peek
            let latest = seen.max { $0.clause < $1.clause }!
            if keyword.kind == .at {
                // The report comes after the selection or `from`, before every other clause.
                if query.report != nil || latest.clause > .from {
                    report(.error("the report ('@…') comes once, after the selection or 'from'", at: keyword.range,
                                  hints: ["hint: select ref, dag from IF @Feb-22 where status = blocked"]))
                }
                do {
                    query.report = try parseReportReference()
                } catch {
                    synchronize()
                }
                continue
            }
            if keyword.isWord(Clause.pivot.leadingKeyword), !seen.contains(where: { $0.clause == .groupBy }) {
                report(.error("'pivot' needs 'group by' before it", at: keyword.range,
                              hints: ["hint: select * group by kind pivot dag"]))
                advance()
                synchronize()
                continue
            }
            guard keyword.kind == .word, let clause = Clause(leadingKeyword: keyword.text),
                  clause != .select, !seen.contains(where: { $0.clause == clause }) else {
                let expected = latest.clause.followers.filter { follower in !seen.contains { $0.clause == follower } }
                _ = fail(expected: expected.map(\.quoted).joined(separator: ", ") + " or the end of the statement",
                         keywords: expected.map(\.leadingKeyword))
                advance()
                synchronize()
                continue
            }
            if latest.clause > clause {
                // A clause that extends another (pivot) moves with it: name the one it extends.
                let misplaced = latest.clause.extends.flatMap { base in seen.first { $0.clause == base } } ?? latest
                report(.error("\(misplaced.clause.quoted) must come after \(clause.quoted)", at: misplaced.keyword.range,
                              hints: ["hint: clauses come in this order: " + Clause.allCases.map { $0.keywords.map(\.text).joined(separator: " ") }.joined(separator: ", ")]))
            }
            seen.append((clause, keyword))
            do {
                try parseClause(clause, into: &query)
            } catch {
                synchronize()
            }
        }
        return query
    }

    /// Reads one clause after `select`, its keyword first.
    mutating func parseClause(_ clause: Clause, into query: inout Query) throws(SyntaxError) {
        switch clause {
        case .select:
            preconditionFailure("'select' opens the query")
        case .from:
            advance()
            query.from = try parseTarget()
        case .where:
            advance()
            query.condition = parseCondition()
        case .groupBy:
            advance()
            _ = try expectWord(.by)
            query.groupBy = try parseNameList("a field to group by")
            if check(.plus) || check(.minus) || check(.leftParen) || isNegativeNumberAhead {
                report(.error("'group by' takes fields; arithmetic and size() cannot be group keys", at: peek.range,
                              hints: ["hint: select the computed value without 'group by', or group by the fields it is made of"]))
                throw SyntaxError()
            }
        case .pivot:
            advance()
            query.pivot = try parseName("a field to pivot on")
        case .having:
            advance()
            query.having = parseCondition()
        case .orderBy:
            advance()
            _ = try expectWord(.by)
            query.orderBy = try parseOrderKeys()
        case .limit:
            query.limit = try parseLimit()
        }
    }

    /// selection = target | column { "," column } .
    /// target    = "*" | KIND { "," KIND } .
    mutating func parseSelection() throws(SyntaxError) -> Selection {
        if let star = match(.star) { return .star(star.range) }
        var columns = [try parseSelectedColumn()]
        while match(.comma) != nil { columns.append(try parseSelectedColumn()) }
        return .columns(columns)
    }

    /// column = ( field | aggregate | value ) [ "as" NAME ] .
    mutating func parseSelectedColumn() throws(SyntaxError) -> SelectedColumn {
        let start = peek.range.start
        let value: SelectedColumn.Value
        if let call = try parseAggregateCallIfPresent() {
            value = .aggregate(call)
        } else if startsNamedValue {
            let read = try parseValue()
            if case .word(let name) = read { value = .name(name) } else { value = .computed(read) }
        } else {
            throw fail(expected: "'*', a kind, a field or an aggregate such as count(*)")
        }
        var alias: Name?
        if matchWord(Grammar.alias) != nil { alias = try parseName("a name for the column") }
        return SelectedColumn(value: value, alias: alias, range: range(from: start))
    }

    /// aggregate = ( "count" | "min" | "max" | "list" ) "(" [ "distinct" ] ( field | "*" ) ")" .
    mutating func parseAggregateCallIfPresent() throws(SyntaxError) -> AggregateCall? {
        guard peek.kind == .word, peek(1).kind == .leftParen,
              let function = AggregateFunction(rawValue: peek.text.lowercased()) else { return nil }
        let start = advance().range.start
        let open = advance()
        let distinct = matchWord(Grammar.distinct) != nil
        var argument: Name?
        if match(.star) == nil {
            argument = try parseName("a field or '*'")
        }
        if match(.rightParen) == nil {
            throw fail(expected: "')' to close '(' at \(position(open))")
        }
        return AggregateCall(function: function, distinct: distinct, argument: argument, range: range(from: start))
    }

    /// target after `from`: KIND { "," KIND } (or "*").
    mutating func parseTarget() throws(SyntaxError) -> [Name] {
        if let star = match(.star) { return [Name(text: "*", range: star.range)] }
        return try parseNameList("a kind (\(Kind.codeList))")
    }

    mutating func parseNameList(_ what: String) throws(SyntaxError) -> [Name] {
        var names = [try parseName(what)]
        while match(.comma) != nil { names.append(try parseName(what)) }
        return names
    }

    mutating func parseName(_ what: String) throws(SyntaxError) -> Name {
        guard peek.kind == .word else { throw fail(expected: what) }
        let token = advance()
        return Name(text: token.text, range: token.range)
    }

    /// key = ( field | NAME | aggregate | value ) [ "asc" | "desc" ] .
    mutating func parseOrderKeys() throws(SyntaxError) -> [OrderKey] {
        var keys: [OrderKey] = []
        repeat {
            let start = peek.range.start
            let aggregate = try parseAggregateCallIfPresent()
            let name: Name
            var computed: Operand?
            if let aggregate {
                name = Name(text: aggregate.function.rawValue, range: aggregate.range)
            } else if startsNamedValue {
                let read = try parseValue()
                if case .word(let word) = read {
                    name = word
                } else {
                    name = Name(text: source.text(of: read.range), range: read.range)
                    computed = read
                }
            } else {
                throw fail(expected: "a field, a column name or an aggregate to order by")
            }
            var descending = false
            if matchWord(.desc) != nil { descending = true } else { _ = matchWord(.asc) }
            keys.append(OrderKey(name: name, aggregate: aggregate, computed: computed, descending: descending, range: range(from: start)))
        } while match(.comma) != nil
        return keys
    }

    /// The last clause of `query`: "limit" ( INTEGER | PARAMETER ).
    mutating func parseLimit() throws(SyntaxError) -> Limit {
        let start = advance().range.start
        if let parameter = match(.parameter) {
            return Limit(value: .parameter(Name(text: parameter.text, range: parameter.range)), range: range(from: start))
        }
        guard peek.kind == .integer else { throw fail(expected: "a whole number of rows after 'limit'") }
        let token = advance()
        guard let count = Int(token.text) else {
            report(.error("limit \(Diagnostic.clipped(token.text)) is too large", at: token.range))
            throw SyntaxError()
        }
        return Limit(value: .count(count), range: range(from: start))
    }

    func position(_ token: Token) -> String {
        let (line, column) = source.location(of: token.range.start)
        return "\(line):\(column)"
    }
}
