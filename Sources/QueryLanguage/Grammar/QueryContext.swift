import RegisterModel

/// What may come next in a query, read from the tokens before the cursor: the clause the
/// cursor is in and the token before it, looked up in the grammar's tables (`Clause`,
/// `Grammar`), so that completion offers exactly what the parser takes.
public enum Expected: Equatable {
    case keywords([String])
    case fields
    case kinds
    /// `count(` … : aggregates in a selection.
    case aggregates
    /// `size(`, where a value may start (a selected column, an order key, a condition).
    case size
    /// Inside `size(`: the list fields.
    case listFields
    /// The values a field holds, after `field =`, `field in (`, `field between … and`.
    case values(Field)
    /// After `@`: the loaded history's report months and `prev`, `first`, `latest`, and
    /// `all` where the query's report is named (not after a field: `dag@`).
    case reports(all: Bool)
    /// After a field in a condition, with a history loaded: `changed`, `was`, and for a
    /// month `slipped` and `advanced`.
    case changes(Field)
    /// Where a condition starts, with a history loaded: `new`, `removed`.
    case artefactChanges
}

public enum QueryContext {
    /// What may follow `tokens` (the query before the word being completed).
    public static func expected(after tokens: [Token]) -> [Expected] {
        guard let last = tokens.last else { return [keywords(Grammar.statementStarts)] }
        if last.kind == .at {
            let afterField = tokens.count >= 2 && tokens[tokens.count - 2].kind == .word && tokens[tokens.count - 2].range.end == last.range.start
            return [.reports(all: !afterField)]
        }
        let (clause, openParens) = scan(tokens)

        if let open = openParens.last, open > 0 {
            let before = tokens[open - 1]
            if before.isWord(.in), let field = field(before: open - 1, in: tokens) {
                return last.kind == .leftParen || last.kind == .comma ? [.values(field)] : []
            }
            if before.isWord(Grammar.size) {
                return last.kind == .leftParen ? [.listFields] : []
            }
            if Grammar.aggregates.contains(where: before.isWord) {
                if last.kind == .leftParen { return [keywords([Grammar.distinct]), .fields] }
                return last.isWord(Grammar.distinct) ? [.fields] : []
            }
        }

        let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
        let lastKeyword = last.keyword
        let isComparison = if case .comparison = last.kind { true } else { false }
        if isComparison || lastKeyword.map(Grammar.predicatesBeforeValues.contains) == true {
            let index = tokens.count - 1
            return field(before: index, in: tokens).map { [.values($0)] } ?? []
        }
        switch last.kind {
        case .comma:
            switch clause {
            case .select: return [.fields, .aggregates, .size, .kinds]
            case .from: return [.kinds]
            case .groupBy: return [.fields]
            case .orderBy: return [.fields, .size, .keywords([AggregateFunction.count.rawValue])]
            default: return []
            }
        case .leftParen:
            return conditionStart(clause)
        case .word:
            break
        case .rightParen where (clause == .where) && closesSize(tokens):
            // `where size(subgroups) `: a number, compared next.
            return [keywords([.between, .in, Grammar.not])]
        default:
            return followers(clause, canName: last.kind == .rightParen)
        }

        // A clause's keyword: the second word of a two-word one (`group` → `by`), or what
        // the clause takes first. `by` completes the clause being read.
        if let opened = lastKeyword.flatMap({ Clause(leadingKeyword: $0) }), opened.keywords.count > 1 {
            return [keywords(Array(opened.keywords.dropFirst()))]
        }
        if let opened = lastKeyword == .by ? clause : lastKeyword.flatMap({ Clause(leadingKeyword: $0) }) {
            switch opened {
            case .select: return [keywords([Grammar.distinct]), .kinds, .fields, .aggregates, .size]
            case .from: return [.kinds]
            case .where, .having: return conditionStart(clause)
            case .groupBy, .pivot: return [.fields]
            case .orderBy: return [.fields, .size, .keywords([AggregateFunction.count.rawValue])]
            case .limit: return []
            }
        }
        switch lastKeyword {
        case .distinct: return [.fields, .aggregates, .size]
        case .explain: return [keywords([Clause.select.leadingKeyword])]
        case .and where tokens.count >= 4 && tokens[tokens.count - 3].isWord(.between):
            return field(before: tokens.count - 3, in: tokens).map { [.values($0)] } ?? []
        case .and, .or: return conditionStart(clause)
        case .not:
            if previous?.isWord(.is) == true { return [keywords(testsAfterIs(field(before: tokens.count - 2, in: tokens)))] }
            if let previous, previous.kind == .word, Field(name: previous.text) != nil {
                return [keywords(Grammar.negatablePredicateWords)]
            }
            return conditionStart(clause)
        case .is: return [keywords(testsAfterIs(field(before: tokens.count - 1, in: tokens)) + [Grammar.not])]
        case .in, .as: return []
        default:
            if let field = Field(name: last.text), clause == .where || clause == .having {
                return [keywords(Grammar.predicateWords + [Grammar.not])] + (clause == .where ? [.changes(field)] : [])
            }
            return followers(clause, canName: clause == .select && Field(name: last.text) != nil)
        }
    }

    /// The last clause keyword outside parentheses, and where the still-open `(` are.
    static func scan(_ tokens: [Token]) -> (clause: Clause?, openParens: [Int]) {
        var clause: Clause?
        var open: [Int] = []
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .leftParen: open.append(index)
            case .rightParen: _ = open.popLast()
            case .word where open.isEmpty:
                if let opened = Clause(leadingKeyword: token.text) { clause = opened }
            default: break
            }
        }
        return (clause, open)
    }

    /// Whether the last token, a `)`, closes a `size(`.
    static func closesSize(_ tokens: [Token]) -> Bool {
        var depth = 0
        for index in tokens.indices.reversed() {
            switch tokens[index].kind {
            case .rightParen: depth += 1
            case .leftParen:
                depth -= 1
                if depth == 0 { return index > 0 && tokens[index - 1].isWord(Grammar.size) }
            default: break
            }
        }
        return false
    }

    /// The field named just before `index`, skipping one `not` (`status not in (`).
    static func field(before index: Int, in tokens: [Token]) -> Field? {
        var at = index - 1
        if at >= 0, tokens[at].isWord(Grammar.not) { at -= 1 }
        guard at >= 0, tokens[at].kind == .word else { return nil }
        return Field(name: tokens[at].text)
    }

    /// `is [not] tbc` tests a month, `is [not] empty` text and lists.
    static func testsAfterIs(_ field: Field?) -> [Keyword] {
        let (empty, tbc) = (Grammar.testsAfterIs[0], Grammar.testsAfterIs[1])
        switch field?.type {
        case .month: return [tbc]
        case .text, .list: return [empty]
        default: return [empty, tbc]
        }
    }

    static func conditionStart(_ clause: Clause?) -> [Expected] {
        clause == .having ? [.fields, .keywords([Grammar.not.text, AggregateFunction.count.rawValue])]
            : [.fields, .size, keywords([Grammar.not]), .artefactChanges]
    }

    /// The keywords that may follow a complete piece of `clause`: its continuations
    /// (`and`, `asc`, and `as` after a selected column when `canName`), then the clauses
    /// that may come after it.
    static func followers(_ clause: Clause?, canName: Bool) -> [Expected] {
        guard let clause else { return [.keywords(Grammar.keywords)] }
        let continuations = clause == .select && !canName ? [] : clause.continuations
        return [keywords(continuations + clause.followers.map(\.leadingKeyword))]
    }

    static func keywords(_ words: [Keyword]) -> Expected {
        .keywords(words.map(\.text))
    }
}
