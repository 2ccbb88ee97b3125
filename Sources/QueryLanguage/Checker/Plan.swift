import RegisterModel

/// A checked statement, resolved against the register's schema and ready to run: every
/// name is a field, kind or result column, every literal has the type it is compared as.
public struct Plan: Sendable {
    public var isExplain: Bool
    /// The statement in canonical form (for `explain` and `.save`).
    public var canonicalText: String
    /// The kinds the statement ranges over; nil for all.
    public var kinds: [Kind]?
    /// The `where` condition split at its top-level `and`s, each with its canonical text,
    /// so that `explain` can count rows after each.
    public var conjuncts: [(condition: Condition<Field>, text: String)]
    public var shape: Shape
    /// Over the grouped result's columns (by index).
    public var having: Condition<Int>?
    public var havingText: String?

    /// An aggregate over every row and nothing to filter its one row (`select count(*)`):
    /// it returns one row whatever the register holds.
    public var alwaysGivesOneRow: Bool {
        guard case .groups(let grouping) = shape, grouping.keys.isEmpty, grouping.pivot == nil else { return false }
        return having == nil && limit != 0
    }
    public var orderBy: [SortKey]
    public var limit: Int?
    /// The report of the loaded history the statement runs on (`@Feb-22`); nil for the
    /// current register (the latest report).
    public var report: ReportIndex?
    /// `@all`: the statement runs over every report's rows at once, each with its `report`.
    public var acrossReports = false
}

public enum Shape: Sendable {
    /// One result row per artefact.
    case rows(columns: [ProjectedColumn], distinct: Bool)
    /// One result row per group (a single group without `group by`).
    case groups(Grouping)
    /// `diff`: the artefacts new in report `to`, removed from report `from`, or changed
    /// between them, with the fields that changed.
    case diff(from: ReportIndex, to: ReportIndex)

    /// The fields a diff shows of every artefact, changed or not, before the fields that
    /// changed: what tells a reader which artefact a row is.
    public static let diffIdentityFields: [Field] = [.kind, .ref, .name]

    /// The fields a diff shows, besides those that changed, when it holds a new or a
    /// removed artefact: where that artefact stands (in the later report, or as it was).
    public static let diffStandingFields: [Field] = [.status, .blocker, .sg, .review, .dag]
}

public struct ProjectedColumn: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// A register field, shown as it is.
        case field(Field)
        /// A value computed per artefact (`dag - review`): a month or a whole number, or
        /// none (empty; null in JSON).
        case computed(ValueExpression)
        /// `dag@prev`: the field's value for the same artefact in another report of the
        /// history; none where the artefact is not in it.
        case fieldAt(Field, report: ReportIndex)
    }

    public var source: Source
    public var name: String

    public init(source: Source, name: String) {
        self.source = source
        self.name = name
    }

    public init(field: Field, name: String) {
        self.init(source: .field(field), name: name)
    }

    /// The field shown; nil for a computed column.
    public var field: Field? {
        if case .field(let field) = source { return field }
        return nil
    }

    /// The type of its cells.
    public var type: ValueType {
        switch source {
        case .field(let field), .fieldAt(let field, _): ValueType(field.type)
        case .computed(let value): value.type
        }
    }
}

/// `group by` keys, the aggregates to compute, and how they make the result's columns.
public struct Grouping: Sendable {
    public var keys: [Field]
    public var pivot: Field?
    public var aggregates: [AggregateSpec]
    /// The result's columns in order (for a pivot: the key columns only; the evaluator
    /// adds one column per pivot value and a total).
    public var columns: [GroupColumn]
    /// Columns computed only for `having` or `order by`, dropped from the output.
    public var hiddenColumnCount: Int

    /// A pivot with a `total` column: every pivot but one over `report`, whose columns
    /// are snapshots of the same artefacts, so that a sum across them means nothing.
    public var hasTotalColumn: Bool { pivot.map(Self.pivotHasTotal) ?? false }

    /// Whether a pivot over `field` has a `total` column (see `hasTotalColumn`).
    public static func pivotHasTotal(_ field: Field) -> Bool { field != .report }

    /// The aggregate a pivot's cells hold.
    public var pivotCell: AggregateSpec { aggregates.first ?? AggregateSpec(function: .count, distinct: false, field: nil) }
}

public struct GroupColumn: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// The group key at this index of `Grouping.keys`.
        case key(Int)
        /// The aggregate at this index of `Grouping.aggregates`.
        case aggregate(Int)
    }

    public var source: Source
    public var name: String
}

public struct AggregateSpec: Sendable, Hashable {
    public var function: AggregateFunction
    public var distinct: Bool
    /// nil for `*`.
    public var field: Field?

    /// `count`, `min_dag`, `count_distinct_blocker`, `list_ref`.
    public var defaultName: String {
        guard let field else { return function.rawValue }
        return function.rawValue + (distinct ? "_distinct_" : "_") + field.name
    }

    /// The type of its value.
    public var resultType: ValueType {
        switch function {
        case .count: .integer
        case .list: .list
        case .min, .max: field.map { ValueType($0.type) } ?? .integer
        }
    }
}

/// Where an `order by` key reads its value.
public struct SortKey: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// A register field (row results may sort by fields they do not show).
        case field(Field)
        /// A column of the result, by index.
        case column(Int)
        /// A value computed per artefact (row results only); no value and TBC sort last.
        case computed(ValueExpression)
    }

    public var source: Source
    public var descending: Bool

    public init(source: Source, descending: Bool) {
        self.source = source
        self.descending = descending
    }
}

/// A condition over slots: register fields for `where`, result columns for `having`.
public indirect enum Condition<Slot: Hashable & Sendable>: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    /// The slot's value (any element, for a list) passes the test.
    case test(Slot, Test)
    /// Two slots of the same type compared with each other.
    case compare(Slot, ComparisonOperator, Slot)
    /// Two computed values of one type (`where dag - review > 1`, `where dag > review + 1`;
    /// `where` only). Months compare as `compare` compares them: TBC equals only TBC and
    /// is neither before nor after any month. A value that has none (months between a
    /// TBC) fails every comparison. Never `!=`: the checker writes `not (a = b)`.
    case compareValues(ValueExpression, ComparisonOperator, ValueExpression)
    case constant(Bool)
    /// The condition on the same artefact in another report of the history (`status@prev
    /// = blocked`, `where` only); false where the artefact is not in that report.
    case inReport(ReportIndex, Condition)
    /// A change between the report queried and another (`dag slipped`, `new`; `where` only).
    case change(ChangeTest)
}

/// A change of an artefact between the report a query runs on and `report`, another
/// report of the history.
public struct ChangeTest: Sendable {
    public enum Kind: Sendable {
        /// The field's value differs (text as `=` compares it, lists as sets, months
        /// exactly with TBC a value); `from` holds for the value in `report`, `to` for the
        /// value queried.
        case changed(from: Condition<Field>?, to: Condition<Field>?)
        /// The month is later (slipped) or earlier (advanced) than in `report`; TBC on
        /// either side is not compared.
        case slipped, advanced
        /// The condition held in some report from `report` to `through` (the one the
        /// statement runs on), both included.
        case was(Condition<Field>, through: ReportIndex)
        /// Not in `report`.
        case new
        /// Not in `report`, the report after the one queried.
        case removed
    }

    public var kind: Kind
    /// The field compared; nil for `new` and `removed`.
    public var field: Field?
    /// The other report: the `since` report (the one before, by default), or for
    /// `removed` the one after.
    public var report: ReportIndex

    public init(kind: Kind, field: Field?, report: ReportIndex) {
        self.kind = kind
        self.field = field
        self.report = report
    }
}
