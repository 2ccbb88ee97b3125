import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel

/// What may come next in a query, read from the tokens before the cursor: the grammar of
/// SPEC §2.1–2.2 walked backwards just far enough to know the clause and the token before.
enum Expected: Equatable {
    case keywords([String])
    case fields
    case kinds
    /// `count(` … : aggregates in a selection.
    case aggregates
    /// The values a field holds, after `field =`, `field in (`, `field between … and`.
    case values(Field)
}

enum QueryContext {
    static let clauseKeywords: Set<String> = ["select", "from", "where", "group", "order", "having", "pivot", "limit"]
    static let aggregateNames = ["count", "min", "max", "list"]
    /// Every keyword, for where the context says nothing narrower.
    static let allKeywords = ["select", "distinct", "from", "where", "group", "by", "order", "having", "limit",
                              "pivot", "and", "or", "not", "between", "in", "contains", "like", "is", "empty",
                              "tbc", "asc", "desc", "as", "explain"]
    static let comparisons: Set<Token.Kind> = [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual]

    /// What may follow `tokens` (the query before the word being completed).
    static func expected(after tokens: [Token]) -> [Expected] {
        guard let last = tokens.last else { return [.keywords(["select", "explain"])] }
        let (clause, openParens) = scan(tokens)

        if let open = openParens.last, open > 0 {
            let before = tokens[open - 1]
            if before.isWord("in"), let field = field(before: open - 1, in: tokens) {
                return last.kind == .leftParen || last.kind == .comma ? [.values(field)] : []
            }
            if aggregateNames.contains(where: before.isWord) {
                if last.kind == .leftParen { return [.keywords(["distinct"]), .fields] }
                return last.isWord("distinct") ? [.fields] : []
            }
        }

        let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
        let lastWord = last.kind == .word ? last.text.lowercased() : nil
        if comparisons.contains(last.kind) || ["between", "like", "contains"].contains(lastWord ?? "") {
            let index = tokens.count - 1
            return field(before: index, in: tokens).map { [.values($0)] } ?? []
        }
        switch last.kind {
        case .comma:
            switch clause {
            case "select": return [.fields, .aggregates, .kinds]
            case "from": return [.kinds]
            case "group": return [.fields]
            case "order": return [.fields, .keywords(["count"])]
            default: return []
            }
        case .leftParen:
            return conditionStart(clause)
        case .word:
            break
        default:
            return followers(clause, canName: last.kind == .rightParen)
        }

        switch lastWord! {
        case "select": return [.keywords(["distinct"]), .kinds, .fields, .aggregates]
        case "distinct": return [.fields, .aggregates]
        case "explain": return [.keywords(["select"])]
        case "from": return [.kinds]
        case "and" where tokens.count >= 4 && tokens[tokens.count - 3].isWord("between"):
            return field(before: tokens.count - 3, in: tokens).map { [.values($0)] } ?? []
        case "where", "and", "or", "having": return conditionStart(clause)
        case "not":
            if previous?.isWord("is") == true { return [.keywords(testsAfterIs(field(before: tokens.count - 2, in: tokens)))] }
            if let previous, previous.kind == .word, Field(name: previous.text) != nil {
                return [.keywords(["between", "in", "contains", "like"])]
            }
            return conditionStart(clause)
        case "group", "order": return [.keywords(["by"])]
        case "by": return clause == "order" ? [.fields, .keywords(["count"])] : [.fields]
        case "pivot": return [.fields]
        case "is": return [.keywords(testsAfterIs(field(before: tokens.count - 1, in: tokens)) + ["not"])]
        case "in", "limit", "as": return []
        default:
            if Field(name: last.text) != nil, clause == "where" || clause == "having" {
                return [.keywords(["between", "in", "contains", "like", "is", "not"])]
            }
            return followers(clause, canName: clause == "select" && Field(name: last.text) != nil)
        }
    }

    /// The last clause keyword outside parentheses, and where the still-open `(` are.
    static func scan(_ tokens: [Token]) -> (clause: String?, openParens: [Int]) {
        var clause: String?
        var open: [Int] = []
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .leftParen: open.append(index)
            case .rightParen: _ = open.popLast()
            case .word where open.isEmpty:
                let word = token.text.lowercased()
                if clauseKeywords.contains(word) { clause = word }
            default: break
            }
        }
        return (clause, open)
    }

    /// The field named just before `index`, skipping one `not` (`status not in (`).
    static func field(before index: Int, in tokens: [Token]) -> Field? {
        var at = index - 1
        if at >= 0, tokens[at].isWord("not") { at -= 1 }
        guard at >= 0, tokens[at].kind == .word else { return nil }
        return Field(name: tokens[at].text)
    }

    /// `is [not] tbc` tests a month, `is [not] empty` text and lists.
    static func testsAfterIs(_ field: Field?) -> [String] {
        switch field?.type {
        case .month: ["tbc"]
        case .text, .list: ["empty"]
        default: ["empty", "tbc"]
        }
    }

    static func conditionStart(_ clause: String?) -> [Expected] {
        clause == "having" ? [.fields, .keywords(["not", "count"])] : [.fields, .keywords(["not"])]
    }

    /// The keywords that may follow a complete piece of `clause`; `canName` after a
    /// column of a selection, which `as` may name.
    static func followers(_ clause: String?, canName: Bool) -> [Expected] {
        switch clause {
        case "select": return [.keywords((canName ? ["as"] : []) + ["from", "where", "group", "order", "limit"])]
        case "from": return [.keywords(["where", "group", "order", "limit"])]
        case "where": return [.keywords(["and", "or", "group", "order", "having", "limit"])]
        case "having": return [.keywords(["and", "or", "order", "limit"])]
        case "group": return [.keywords(["pivot", "having", "order", "limit"])]
        case "pivot": return [.keywords(["having", "order", "limit"])]
        case "order": return [.keywords(["asc", "desc", "limit"])]
        case "limit": return []
        default: return [.keywords(allKeywords)]
        }
    }
}
