/// The clauses of a query, in the order the grammar takes them (the `query` production
/// of docs/LANGUAGE.md, which `Parser.parseQuery` carries). The parser, the statement
/// splitter, completion, `.help` and the fuzz dictionary's test all read this table, so
/// that they cannot disagree about what follows what.
public enum Clause: Int, CaseIterable, Comparable, Sendable {
    case select, from, `where`, groupBy, pivot, having, orderBy, limit

    /// The words that open the clause: `["group", "by"]`.
    public var keywords: [String] { Self.keywordTable[rawValue] }

    /// The first word, which names the clause where a word is read at a time.
    public var leadingKeyword: String { Self.keywordTable[rawValue][0] }

    private static let keywordTable = [["select"], ["from"], ["where"], ["group", "by"], ["pivot"], ["having"],
                                       ["order", "by"], ["limit"]]
    private static let longestLeadingKeyword = keywordTable.map { $0[0].utf8.count }.max()!

    /// How messages name it: `'group by'`.
    public var quoted: String { "'" + keywords.joined(separator: " ") + "'" }

    /// Words that continue the clause after a complete piece of it: `and` in a
    /// condition, `asc` after an order key, `as` after a selected column.
    public var continuations: [String] {
        switch self {
        case .select: ["as"]
        case .where, .having: ["and", "or"]
        case .orderBy: ["asc", "desc"]
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
        guard word.utf8.count <= Self.longestLeadingKeyword else { return nil }
        let lower = word.lowercased()
        guard let index = Self.keywordTable.firstIndex(where: { $0[0] == lower }) else { return nil }
        self.init(rawValue: index)
    }

    public static func < (a: Clause, b: Clause) -> Bool { a.rawValue < b.rawValue }
}

/// The words of the language, grouped by what they do. Every keyword is written here once.
public enum Grammar {
    /// Words that begin a statement.
    public static let statementStarts = ["select", "explain", "diff"]

    /// `select distinct`, `count(distinct …)`.
    public static let distinct = "distinct"

    /// The boolean connectives of a condition, loosest first.
    public static let or = "or", and = "and", not = "not"
    public static let connectives = [or, and, not]

    /// Predicates written as words after an operand (`dag between …`, `name like …`);
    /// each but `is` may be negated with `not` before it.
    public static let predicateWords = ["between", "in", "contains", "like", "is"]

    /// The predicate words `not` may negate: `status not in (…)`.
    public static var negatablePredicateWords: [String] { predicateWords.filter { $0 != "is" } }

    /// What follows `is [not]`.
    public static let testsAfterIs = ["empty", "tbc"]

    /// Sort directions after an order key.
    public static let directions = ["asc", "desc"]

    /// Names a selected column.
    public static let alias = "as"

    /// The aggregate functions: `count(*)`, `min(dag)`.
    public static var aggregates: [String] { AggregateFunction.allCases.map(\.rawValue) }

    /// The function of a value: `size(subgroups)`, a list's element count. (A name, as
    /// the aggregates are.)
    public static let size = "size"

    /// The arithmetic operators between values: `review + 1`, `dag - review`.
    public static let arithmeticSymbols = ["+", "-"]

    /// The comparison operators, as written.
    public static let comparisonSymbols = ["=", "!=", "<>", "<", "<=", ">", ">="]

    /// Every keyword (aggregate names aside: they are names, usable as column names).
    public static let keywords: [String] = {
        var words = statementStarts + [distinct]
        for clause in Clause.allCases where clause != .select { words += clause.keywords.filter { !words.contains($0) } }
        words += connectives + predicateWords + testsAfterIs + directions + [alias]
        words += changeWords + artefactChanges + [since, changedTo]
        return words
    }()

    /// Words after which a statement cannot end: it needs more (`where`, `and`, `in`, …).
    /// The REPL shows a continuation prompt after them.
    public static let wordsNeedingMore: Set<String> = {
        var words = Set(statementStarts + [distinct, alias] + connectives + predicateWords + ["was", since, changedTo])
        for clause in Clause.allCases { words.formUnion(clause.keywords) }
        return words
    }()

    /// A report of a history: `@Mar-22`, and the words for reports relative to the query's.
    public static let reportWords = ["prev", "first", "latest", "all"]

    /// Change predicates after a field (`dag slipped`), and on their own (`new`).
    public static let changeWords = ["changed", "slipped", "advanced", "was"]
    public static let artefactChanges = ["new", "removed"]
    /// `since @R` after a change predicate; `from` and `to` after `changed`.
    public static let since = "since", changedTo = "to"

    /// The comparisons a predicate may use, for messages: `=, !=, <, …, like, is`.
    static var comparisonList: String {
        (comparisonSymbols.filter { $0 != "<>" } + predicateWords).joined(separator: ", ")
    }
}
