import RegisterModel

/// The clauses of a query, in the order the grammar takes them (the `query` production
/// of docs/LANGUAGE.md, which `Parser.parseQuery` carries). The parser, the statement
/// splitter, completion, `.help` and the fuzz dictionary's test all read this table, so
/// that they cannot disagree about what follows what.
public enum Clause: Int, CaseIterable, Comparable, Sendable {
    case select, from, `where`, groupBy, pivot, having, orderBy, limit

    /// The words that open the clause: `group by`.
    public var keywords: [Keyword] { Self.keywordTable[rawValue] }

    /// The first word, which names the clause where a word is read at a time.
    public var leadingKeyword: Keyword { Self.keywordTable[rawValue][0] }

    private static let keywordTable: [[Keyword]] = [[.select], [.from], [.where], [.group, .by], [.pivot], [.having],
                                                    [.order, .by], [.limit]]

    /// How messages name it: `'group by'`.
    public var quoted: String { "'" + keywords.map(\.text).joined(separator: " ") + "'" }

    /// Words that continue the clause after a complete piece of it: `and` in a
    /// condition, `asc` after an order key, `as` after a selected column.
    public var continuations: [Keyword] {
        switch self {
        case .select: [Grammar.alias]
        case .where, .having: [Grammar.and, Grammar.or]
        case .orderBy: Grammar.directions
        case .from, .groupBy, .pivot, .limit: []
        }
    }

    /// The clause that must come directly before this one (`pivot` extends `group by`).
    public var extends: Clause? { self == .pivot ? .groupBy : nil }

    /// The clauses that may come after this one, in order: every later clause, except
    /// one that extends another clause (it follows only that one).
    public var followers: [Clause] {
        Clause.allCases.filter { $0 > self && ($0.extends == nil || $0.extends == self) }
    }

    /// The clause a word opens, if any.
    public init?(leadingKeyword word: String) {
        guard let keyword = Keyword(word: word) else { return nil }
        self.init(leadingKeyword: keyword)
    }

    /// The clause a keyword opens, if any.
    public init?(leadingKeyword keyword: Keyword) {
        guard let index = Self.keywordTable.firstIndex(where: { $0[0] == keyword }) else { return nil }
        self.init(rawValue: index)
    }

    public static func < (a: Clause, b: Clause) -> Bool { a.rawValue < b.rawValue }
}

/// Every keyword of the language, the one place each is spelt: the parser matches
/// these, completion offers them, the splitter and messages name them. (Aggregate names
/// and `size` are names, usable as column names, not reserved words.)
public enum Keyword: String, CaseIterable, Sendable {
    case select, explain, diff, distinct, from, `where`, group, by, pivot, having, order, limit
    case `as`, or, and, not, between, `in`, contains, like, `is`, empty, tbc, asc, desc
    case changed, slipped, advanced, was, new, removed, since, to
    case prev, first, latest, all

    /// The word as written.
    public var text: String { rawValue }

    private static let longest = allCases.map(\.rawValue.utf8.count).max()!

    /// The keyword a bare word is, ignoring case; nil for any other word.
    public init?(word: String) {
        guard word.utf8.count <= Self.longest else { return nil }
        self.init(rawValue: word.lowercased())
    }
}

/// The words of the language, grouped by what they do.
public enum Grammar {
    /// Words that begin a statement.
    public static let statementStarts: [Keyword] = [.select, .explain, .diff]

    /// `select distinct`, `count(distinct …)`.
    public static let distinct = Keyword.distinct

    /// The boolean connectives of a condition, loosest first.
    public static let or = Keyword.or, and = Keyword.and, not = Keyword.not
    public static let connectives = [or, and, not]

    /// Predicates written as words after an operand (`dag between …`, `name like …`);
    /// each but `is` may be negated with `not` before it.
    public static let predicateWords: [Keyword] = [.between, .in, .contains, .like, .is]

    /// The predicate words `not` may negate: `status not in (…)`.
    public static var negatablePredicateWords: [Keyword] { predicateWords.filter { $0 != .is } }

    /// The predicates after which a value of the field follows (`dag between May-22`):
    /// completion offers the field's values there.
    public static let predicatesBeforeValues: Set<Keyword> = [.between, .like, .contains]

    /// What follows `is [not]`.
    public static let testsAfterIs: [Keyword] = [.empty, .tbc]

    /// Sort directions after an order key.
    public static let directions: [Keyword] = [.asc, .desc]

    /// Names a selected column.
    public static let alias = Keyword.as

    /// The aggregate functions: `count(*)`, `min(dag)`.
    public static var aggregates: [String] { AggregateFunction.allCases.map(\.rawValue) }

    /// The function of a value: `size(subgroups)`, a list's element count. (A name, as
    /// the aggregates are.)
    public static let size = "size"

    /// The arithmetic operators between values: `review + 1`, `dag - review`.
    public static let arithmeticSymbols = ["+", "-"]

    /// The comparison operators, as written.
    public static let comparisonSymbols = ["=", "!=", "<>", "<", "<=", ">", ">="]

    /// Every keyword that is reserved (the report words `prev`, `first`, `latest` and
    /// `all` are read only after `@`), as written.
    public static let keywords: [String] = {
        var words = statementStarts + [distinct]
        for clause in Clause.allCases where clause != .select { words += clause.keywords.filter { !words.contains($0) } }
        words += connectives + predicateWords + testsAfterIs + directions + [alias]
        words += changeWords + artefactChanges + [since, changedTo]
        return words.map(\.text)
    }()

    /// Words after which a statement cannot end: it needs more (`where`, `and`, `in`, …).
    /// The REPL shows a continuation prompt after them. `diff` alone is a whole statement.
    public static let wordsNeedingMore: Set<String> = {
        var words = Set(statementStarts.filter { $0 != .diff } + [distinct, alias] + connectives + predicateWords + [.was, since, changedTo])
        for clause in Clause.allCases { words.formUnion(clause.keywords) }
        return Set(words.map(\.text))
    }()

    /// A report of a history: `@Mar-22`, and the words for reports relative to the query's.
    public static let reportWords: [Keyword] = [.prev, .first, .latest, .all]

    /// Change predicates after a field (`dag slipped`), and on their own (`new`).
    public static let changeWords: [Keyword] = [.changed, .slipped, .advanced, .was]
    public static let artefactChanges: [Keyword] = [.new, .removed]

    /// The change predicates that apply to a field of `type`: only a month slips or advances.
    public static func changeWords(applyingTo type: FieldType) -> [Keyword] {
        type == .month ? changeWords : changeWords.filter { $0 != .slipped && $0 != .advanced }
    }
    /// `since @R` after a change predicate; `from` and `to` after `changed`.
    public static let since = Keyword.since, changedTo = Keyword.to

    /// The comparisons a predicate may use, for messages: `=, !=, <, …, like, is`.
    static var comparisonList: String {
        (comparisonSymbols.filter { $0 != "<>" } + predicateWords.map(\.text)).joined(separator: ", ")
    }
}
