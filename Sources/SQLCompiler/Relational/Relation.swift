import QueryLanguage
import RegisterModel

/// The relational form of a checked statement: what to compute over the `register`
/// table, in terms every engine has — a filter, unnesting, grouping, aggregates, ordering,
/// a limit — with regq's semantics already spelled out: every test two-valued (TBC is
/// NULL and never makes a test unknown), missing values sorted last, ties in register
/// order. Over a history's table (every report's rows, with `report` and `artefact`),
/// another report's row of the same artefact is found by its `artefact` and `report`.
/// `Lowering` makes it from a plan; `SQLWriter` writes it in one dialect. Nothing here
/// depends on a dialect.
struct Relation {
    /// Over a register row (`Scalar.field`); nil keeps every row.
    var filter: Scalar?
    var shape: Shape
    var limit: Int?

    enum Shape {
        case rows(Rows)
        case groups(Groups)
        case diff(Diff)
    }

    /// `diff`: the later report's rows that are kept — each with its artefact's row in the
    /// earlier report joined as `earlier` (none for a new artefact), and the row of
    /// `changes` that says which of its fields changed — in their order; then the earlier
    /// report's removed rows, in theirs. (The relation's `filter` is unused.)
    struct Diff {
        /// The name of the joined row of the earlier report.
        var earlier: String
        var from: ReportName
        var to: ReportName
        /// The name of the joined row of changes: one column per stored field, true where
        /// that field of the later row differs from the earlier one's (`differs`), so that
        /// each test is written once.
        var changes: String
        /// Over a later row and its `earlier` one: whether each stored field differs.
        var differs: [(field: Field, test: Scalar)]
        /// The later rows shown: of the later report, passing the condition, new or changed.
        var later: Scalar
        /// The earlier rows shown: of the earlier report, passing the condition, not in the later.
        var removed: Scalar
        /// The result's columns over a later row and its `earlier` one, and over a removed row.
        var laterColumns: [ResultColumn]
        var removedColumns: [ResultColumn]
    }

    /// One result row per register row.
    struct Rows {
        /// Over the register row: a field, or a value computed from fields.
        var columns: [ResultColumn]
        /// One row for each distinct combination of these values (the columns', and
        /// whether the artefact is in each other report a column reads: a value it has
        /// there is not the none of an artefact that is not), text compared as `=` does
        /// (`key`), shown in the spelling most of its rows use (`value`, as written; ties:
        /// the first in register order); nil keeps every row.
        var distinct: [(value: Scalar, key: Scalar)]?
        /// Over the register row; register order breaks ties.
        var order: [Ordering]
        /// The other reports whose row of the same artefact the columns and the order read
        /// (`dag@prev`): each joined once, its fields read there.
        var otherReports: [ReportName]
    }

    /// One result row per group of register rows.
    struct Groups {
        /// The group keys; a list field's key is each of its elements, or none.
        var keys: [Field]
        /// The aggregates, each over the rows of a group (`Scalar.aggregate`).
        var aggregates: [AggregateSpec]
        /// The result's columns over keys and aggregates, hidden ones last.
        var columns: [ResultColumn]
        var visibleCount: Int
        /// Over the result's columns (`Scalar.resultColumn`).
        var having: Scalar?
        /// Over the result's columns; the keys' natural order breaks ties.
        var order: [Ordering]
        var pivot: Pivot?
    }

    /// A pivot: a cell per group and pivot value, a total per group, and a total row.
    struct Pivot {
        var field: Field
        /// The columns, in order: fixed from the register regq has loaded.
        var values: [PivotValue]
        var cell: AggregateSpec
    }

    struct ResultColumn {
        var name: String
        var value: Scalar
        var type: ValueType
    }
}

/// A value of a pivot's field, which becomes a column.
public enum PivotValue: Sendable, Equatable {
    case kind(Kind)
    case text(String)
    case month(Month)
    /// The empty list, or empty text.
    case none

    /// The column's name, as regq heads it.
    public var columnName: String {
        switch self {
        case .kind(let kind): kind.code
        case .text(let text): text.isEmpty ? "(none)" : text
        case .month(let month): month.shortText
        case .none: "(none)"
        }
    }
}

/// An `order by` key or a natural ordering: rows whose `missing` holds come last in both
/// directions; the others by `values`, in turn. With `nullsLast`, rows whose value is
/// NULL come last (`NULLS LAST`), so that a value named by its column needs no `missing`.
struct Ordering {
    var missing: Scalar?
    var values: [Scalar]
    var descending: Bool
    var nullsLast = false
}

/// An expression of the relational form.
indirect enum Scalar {
    /// A register row's column.
    case field(Field)
    /// A group key's value (a list field's element; NULL for none).
    case groupKey(Int)
    /// An aggregate's value for the group.
    case aggregate(Int)
    /// A column of a grouped result, for `having` and `order by`.
    case resultColumn(Int)
    /// A column of a row result by its name, for `order by` alone: a value selected is
    /// ordered by its column, not written again.
    case selectedColumn(String)
    /// The element of the `anyElement` that names it.
    case element(String)
    case text(String)
    case integer(Int)
    /// A month literal; TBC is NULL.
    case month(Month)
    /// The month of a report of the history, as the statement named it: a month it
    /// named, or one computed from the table's reports (the latest, the one before it, …).
    case report(ReportName)
    case boolean(Bool)
    /// Text, or a list of it, that regq made rather than read from the table (a list
    /// result's kind codes, its months as `May-22`): ASCII letters, digits and single
    /// dashes, its own equality key once lowercased.
    case madeText(Scalar)
    /// Text lowercased as regq lowercases it.
    case lowered(Scalar)
    /// Text's equality key (`equalityKey`).
    case equalityKey(Scalar)
    /// A SQL comparison of two values that are never NULL where it is used.
    case compare(Scalar, ComparisonOperator, Scalar)
    /// Text that compares and sorts in code point order, as regq orders text.
    case binary(Scalar)
    case concat([Scalar])
    case isNull(Scalar)
    /// Equal, NULL equal to NULL.
    case sameValue(Scalar, Scalar)
    case oneOf(Scalar, [Scalar])
    case and([Scalar])
    case or([Scalar])
    case not(Scalar)
    /// Some element of a list, named `alias`, satisfies the condition.
    case anyElement(Scalar, alias: String, Scalar)
    case listIsEmpty(Scalar)
    case like(Scalar, pattern: String)
    /// A kind's rank in the natural order BP, IF, BRS, GA, TD.
    case kindRank(Scalar)
    /// A list's sort key: text whose code point order is the list's natural order.
    case listSortKey(Scalar)
    /// A month as regq writes it in a list (`May-22`, `TBC`).
    case monthText(Scalar)
    /// A month as `YYYY-MM` text (a pivot's month keys, beside the total row's `total`).
    case monthISOText(Scalar)
    /// How many elements a list holds.
    case listSize(Scalar)
    /// A month as a number of months (year × 12 + month − 1): months add and subtract so.
    case monthNumber(Scalar)
    /// The month a number of months names.
    case numberedMonth(Scalar)
    /// Whole numbers added, subtracted; NULL when either side is.
    case plus(Scalar, Scalar)
    case minus(Scalar, Scalar)
    /// A column of the row named `alias` (another report's row of the same artefact).
    case fieldOf(alias: String, Field)
    /// Some row of the same artefact as the register row, named `alias`, in a report of
    /// `reports`, satisfies the condition: false where the artefact is in none of them.
    case sameArtefact(ReportSpan, alias: String, Scalar)
    /// The field's value for the same artefact in the report of that month; NULL where the
    /// artefact is not in it.
    case fieldAt(Field, ReportName)
    /// The `artefact` of the register row, or of the row named `alias`.
    case artefact(alias: String?)
    /// The first value whose condition holds; `otherwise` (NULL when nil) if none does.
    case choose([(when: Scalar, then: Scalar)], otherwise: Scalar?)
    case null
    /// A value of `type` as csv writes it: a kind's code, a list's elements joined by `;`,
    /// a month `May-22` or `TBC`, text as it is.
    case csvText(Scalar, ValueType)
}

/// The reports of a history from `first` to `last`, both included.
struct ReportSpan {
    var first: ReportName
    var last: ReportName

    static func one(_ report: ReportName) -> ReportSpan { ReportSpan(first: report, last: report) }
}

extension Sequence<ReportIndex> {
    /// The reports' names, each once, in order.
    var distinctNames: [ReportName] {
        reduce(into: []) { names, report in if !names.contains(report.name) { names.append(report.name) } }
    }
}
