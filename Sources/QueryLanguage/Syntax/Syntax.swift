/// The syntax tree of one statement, as written: names are not yet resolved to fields or
/// kinds (that is the checker's job). Every node knows its source range.

/// A bare identifier as written (`dag`, `IF`, `count`).
public struct Name: Equatable, Sendable {
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// `select … [from …] [where …] [group by … [pivot …]] [having …] [order by …] [limit …]`,
/// or the same after `explain`.
public struct Query: Equatable, Sendable {
    public var range: SourceRange
    public var isExplain = false
    public var distinct = false
    public var selection: Selection
    /// The kinds after `from`; nil without a `from` clause.
    public var from: [Name]?
    public var condition: Expression?
    public var groupBy: [Name] = []
    public var pivot: Name?
    public var having: Expression?
    public var orderBy: [OrderKey] = []
    public var limit: Limit?
    /// `@Mar-22` after the selection or `from`: the report the query runs on.
    public var report: ReportReference?
    /// A `diff` statement (its `where` is `condition`); nil for a query.
    public var diff: DiffClause?

    public init(range: SourceRange, selection: Selection) {
        self.range = range
        self.selection = selection
    }
}

/// What follows `select`: `*`, a list of names (kinds or fields, told apart by the
/// checker), or columns that include an aggregate, arithmetic or an alias.
public enum Selection: Equatable, Sendable {
    case star(SourceRange)
    case columns([SelectedColumn])
}

public struct SelectedColumn: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case name(Name)
        case aggregate(AggregateCall)
        /// Arithmetic (`dag - review`, `size(subgroups)`): a computed column.
        case computed(Operand)
    }

    public var value: Value
    public var alias: Name?
    public var range: SourceRange

    public init(value: Value, alias: Name?, range: SourceRange) {
        self.value = value
        self.alias = alias
        self.range = range
    }
}

public enum AggregateFunction: String, CaseIterable, Sendable {
    case count, min, max, list
}

/// `count(*)`, `min(dag)`, `count(distinct blocker)`.
public struct AggregateCall: Equatable, Sendable {
    public var function: AggregateFunction
    public var distinct: Bool
    /// nil for `*`.
    public var argument: Name?
    public var range: SourceRange

    public init(function: AggregateFunction, distinct: Bool, argument: Name?, range: SourceRange) {
        self.function = function
        self.distinct = distinct
        self.argument = argument
        self.range = range
    }
}

/// An `order by` key: a field or column name, an aggregate (`count(*)`), whose
/// function's name is then `name`, or arithmetic (`dag - review`), whose text is then
/// `name`.
public struct OrderKey: Equatable, Sendable {
    public var name: Name
    public var aggregate: AggregateCall?
    public var computed: Operand?
    public var descending: Bool
    public var range: SourceRange

    public init(name: Name, aggregate: AggregateCall? = nil, computed: Operand? = nil, descending: Bool, range: SourceRange) {
        self.name = name
        self.aggregate = aggregate
        self.computed = computed
        self.descending = descending
        self.range = range
    }
}

public struct Limit: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case count(Int)
        case parameter(Name)
    }

    public var value: Value
    public var range: SourceRange
}

/// A condition after `where` or `having`.
public indirect enum Expression: Equatable, Sendable {
    case or([Expression], SourceRange)
    case and([Expression], SourceRange)
    case not(Expression, SourceRange)
    case comparison(Operand, ComparisonOperator, Operand, SourceRange)
    case between(Operand, low: Operand, high: Operand, negated: Bool, SourceRange)
    case membership(Operand, [Operand], negated: Bool, SourceRange)
    case contains(Operand, Operand, negated: Bool, SourceRange)
    case like(Operand, Operand, negated: Bool, SourceRange)
    case isEmpty(Operand, negated: Bool, SourceRange)
    case isTBC(Operand, negated: Bool, SourceRange)
    /// `status changed to blocked`, `dag slipped`, `new`, `removed`: a change between reports.
    case change(ChangePredicate, SourceRange)
    /// Input the parser could not read; already reported, to be skipped by later stages.
    case invalid(SourceRange)

    public var range: SourceRange {
        switch self {
        case .or(_, let r), .and(_, let r), .not(_, let r), .comparison(_, _, _, let r),
             .between(_, _, _, _, let r), .membership(_, _, _, let r), .contains(_, _, _, let r),
             .like(_, _, _, let r), .isEmpty(_, _, let r), .isTBC(_, _, let r), .change(_, let r), .invalid(let r):
            r
        }
    }
}

public enum ComparisonOperator: String, Equatable, Sendable {
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="

    /// The same comparison with its sides swapped (`May-22 > dag` is `dag < May-22`).
    public var swapped: ComparisonOperator {
        switch self {
        case .equal, .notEqual: self
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .greater: .less
        case .greaterEqual: .lessEqual
        }
    }
}

/// `+` or `-` between two values.
public enum ArithmeticOperator: String, Equatable, Sendable {
    case plus = "+", minus = "-"
}

/// One side of a comparison.
public enum Operand: Equatable, Sendable {
    /// A bare word: a field when it names one, otherwise a literal.
    case word(Name)
    /// `"…"` or `'…'`: always a literal.
    case quoted(String, SourceRange)
    case integer(String, SourceRange)
    case parameter(Name)
    /// Only in `having`.
    case aggregate(AggregateCall)
    /// `dag - review`, `review + 1`: left-associative, parentheses already applied.
    indirect case arithmetic(Operand, ArithmeticOperator, Operand, SourceRange)
    /// `size(subgroups)`: the number of a list's elements.
    case size(Name, SourceRange)
    /// `dag@prev`: a field's value for the same artefact in another report.
    case fieldAt(Name, ReportReference)

    public var range: SourceRange {
        switch self {
        case .word(let name), .parameter(let name): name.range
        case .quoted(_, let range), .integer(_, let range), .arithmetic(_, _, _, let range), .size(_, let range): range
        case .aggregate(let call): call.range
        case .fieldAt(let name, let report): name.range.union(report.range)
        }
    }

    /// Arithmetic or `size(…)`: a value computed per artefact rather than a field or a
    /// literal.
    public var isComputed: Bool {
        switch self {
        case .arithmetic, .size: true
        default: false
        }
    }

    /// Whether it reads another report (`dag@prev`), anywhere inside.
    public var readsAnotherReport: Bool {
        switch self {
        case .fieldAt: true
        case .arithmetic(let left, _, let right, _): left.readsAnotherReport || right.readsAnotherReport
        default: false
        }
    }
}

/// `@Mar-22`, `@$month`, `@prev`, `@first`, `@latest`: a report of the loaded history.
public struct ReportReference: Equatable, Sendable {
    public enum Target: Equatable, Sendable {
        /// A month as written (`Mar-22`, `2022-03`).
        case month(Name)
        case parameter(Name)
        /// The report before the one the query runs on.
        case previous
        case first, latest
        /// Every report at once, with the field `report`.
        case all
    }

    public var target: Target
    /// From `@` to the end of the reference.
    public var range: SourceRange

    public init(target: Target, range: SourceRange) {
        self.target = target
        self.range = range
    }
}

/// A change between reports, after `where`: `F changed [from X] [to Y]`, `F slipped`,
/// `F advanced`, `F was X`, each `[since @R]`; `new [since @R]`; `removed [since @R]`.
public struct ChangePredicate: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case changed(from: Operand?, to: Operand?)
        case slipped, advanced
        case was(Operand)
        case new, removed
    }

    public var kind: Kind
    /// The field it is about; nil for `new` and `removed`.
    public var field: Name?
    /// `since @R`; nil for the report before.
    public var since: ReportReference?

    public init(kind: Kind, field: Name?, since: ReportReference?) {
        self.kind = kind
        self.field = field
        self.since = since
    }
}

/// `diff [@A [to @B]]`: the artefacts new, removed or changed between two reports.
public struct DiffClause: Equatable, Sendable {
    /// The earlier report; nil for the one before `to`.
    public var from: ReportReference?
    /// The later report; nil for the current one.
    public var to: ReportReference?

    public init(from: ReportReference?, to: ReportReference?) {
        self.from = from
        self.to = to
    }
}
