import RegisterModel

/// A value computed for each artefact by the language's arithmetic: a month moved by a
/// number of months, the months between two months, a list's size, whole numbers added
/// and subtracted. The checker builds it typed: every case says what it takes, and
/// `type` is a month or a whole number (`.integer`).
public indirect enum ValueExpression: Sendable, Hashable {
    /// A month field's value, TBC included.
    case field(Field)
    /// `dag@prev`: a month field's value for the same artefact in another report of the
    /// history; no value where the artefact is not in it.
    case fieldAt(Field, report: ReportIndex)
    /// A month written in the query (`May-22`); TBC only as a side of `=` (`review + 1 = tbc`).
    case month(Month)
    /// A whole number written in the query.
    case integer(Int)
    /// `size(subgroups)`: how many elements a list field holds (0 for none).
    case size(Field)
    /// `review + 2`: a month moved later by a whole number of months. TBC stays TBC.
    case monthPlus(ValueExpression, months: ValueExpression)
    /// `review - 2`: a month moved earlier by a whole number of months. TBC stays TBC.
    case monthMinus(ValueExpression, months: ValueExpression)
    /// `dag - review`: the first month minus the second, in months (positive when the
    /// first is later). No value when either is TBC.
    case monthsBetween(ValueExpression, ValueExpression)
    /// `a + b`, whole numbers.
    case sum(ValueExpression, ValueExpression)
    /// `a - b`, whole numbers.
    case difference(ValueExpression, ValueExpression)

    /// `.month` or `.integer`.
    public var type: ValueType {
        switch self {
        case .field, .fieldAt, .month, .monthPlus, .monthMinus: .month
        case .integer, .size, .monthsBetween, .sum, .difference: .integer
        }
    }

    /// The register fields it reads.
    public var fields: FieldSet {
        switch self {
        case .field(let field), .fieldAt(let field, _), .size(let field): FieldSet(field)
        case .month, .integer: []
        case .monthPlus(let a, let b), .monthMinus(let a, let b), .monthsBetween(let a, let b),
             .sum(let a, let b), .difference(let a, let b):
            a.fields.union(b.fields)
        }
    }
}

extension ValueExpression {
    /// The other reports it reads (`dag@prev`).
    public var reportsRead: [ReportIndex] {
        switch self {
        case .fieldAt(_, let report): [report]
        case .field, .month, .integer, .size: []
        case .monthPlus(let a, let b), .monthMinus(let a, let b), .monthsBetween(let a, let b), .sum(let a, let b), .difference(let a, let b):
            a.reportsRead + b.reportsRead
        }
    }
}

extension ValueExpression {
    /// The fields it reads in the report queried (not those of other reports).
    public var fieldsOfQueriedReport: FieldSet {
        switch self {
        case .field(let field), .size(let field): FieldSet(field)
        case .fieldAt, .month, .integer: []
        case .monthPlus(let a, let b), .monthMinus(let a, let b), .monthsBetween(let a, let b), .sum(let a, let b), .difference(let a, let b):
            a.fieldsOfQueriedReport.union(b.fieldsOfQueriedReport)
        }
    }
}
