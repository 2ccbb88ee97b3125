extension Parser {
    // MARK: - Reports of a history

    /// diff = "diff" [ report [ "to" report ] ] [ "where" condition ] .
    mutating func parseDiff() -> Query {
        let keyword = advance()
        var query = Query(range: keyword.range, selection: .star(keyword.range))
        var clause = DiffClause(from: nil, to: nil)
        do {
            if check(.at) {
                clause.from = try parseReportReference()
                if matchWord(Grammar.changedTo) != nil { clause.to = try parseReportReference() }
            }
        } catch {
            synchronize()
        }
        query.diff = clause
        if matchWord(Clause.where.leadingKeyword) != nil { query.condition = parseCondition() }
        if !check(.end), !check(.semicolon), !abandoned {
            _ = fail(expected: (query.condition == nil ? "'where', " : "") + "'to' after a report, or the end of the statement")
            synchronize()
        }
        return query
    }

    /// report = "@" ( MONTH | PARAMETER | "prev" | "first" | "latest" | "all" ) .
    mutating func parseReportReference() throws(SyntaxError) -> ReportReference {
        let at = try expect(.at, "'@' before a report")
        let token = peek
        let target: ReportReference.Target
        switch token.kind {
        case .parameter:
            target = .parameter(Name(text: token.text, range: token.range))
        case .word:
            switch token.keyword {
            case .prev: target = .previous
            case .first: target = .first
            case .latest: target = .latest
            case .all: target = .all
            default: target = .month(Name(text: token.text, range: token.range))
            }
        default:
            throw fail(expected: "a report after '@': a month such as Mar-22, or " + Grammar.reportWords.map(\.text).joined(separator: ", "),
                       keywords: Grammar.reportWords)
        }
        advance()
        return ReportReference(target: target, range: SourceRange(start: at.range.start, end: token.range.end))
    }

    /// since = "since" report .
    mutating func parseSince() throws(SyntaxError) -> ReportReference? {
        guard matchWord(Grammar.since) != nil else { return nil }
        return try parseReportReference()
    }

    /// A change predicate after its field, when one follows:
    /// field ( "changed" [ "from" value ] [ "to" value ] | "slipped" | "advanced" | "was" value ) [ since ] .
    mutating func parseChangeIfPresent(after left: Operand, from start: Int) throws(SyntaxError) -> Expression? {
        guard let word = peek.keyword, Grammar.changeWords.contains(word) else { return nil }
        guard case .word(let field) = left else {
            throw fail(expected: "a field before \(peek.quoted), such as dag or status")
        }
        advance()
        let kind: ChangePredicate.Kind
        switch word {
        case .changed:
            let from = matchWord(Clause.from.leadingKeyword) != nil ? try parseValue() : nil
            let to = matchWord(Grammar.changedTo) != nil ? try parseValue() : nil
            kind = .changed(from: from, to: to)
        case .slipped: kind = .slipped
        case .advanced: kind = .advanced
        default: kind = .was(try parseValue())  // the last of Grammar.changeWords
        }
        let since = try parseSince()
        return .change(ChangePredicate(kind: kind, field: field, since: since), range(from: start))
    }

    /// `new [since @R]` or `removed [since @R]`, where a predicate begins; nil when the word is
    /// something else here (`new = status`).
    mutating func parseArtefactChangeIfPresent() throws(SyntaxError) -> Expression? {
        guard let word = peek.keyword, Grammar.artefactChanges.contains(word) else { return nil }
        let next = peek(1)
        let ends = next.kind == .end || next.kind == .semicolon || next.kind == .rightParen
            || (next.kind == .word && (next.isWord(Grammar.and) || next.isWord(Grammar.or) || next.isWord(Grammar.since)
                                        || Clause(leadingKeyword: next.text) != nil))
        guard ends else { return nil }
        let token = advance()
        let since = try parseSince()
        return .change(ChangePredicate(kind: word == .new ? .new : .removed, field: nil, since: since), range(from: token.range.start))
    }
}
