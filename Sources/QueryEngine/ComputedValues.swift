import QueryLanguage
import ColumnStore
import RegisterModel

/// The meaning of the arithmetic, over a register's columns: each `ValueExpression`
/// becomes a function of a row giving `.month`, `.integer`, or `.null` where there is no
/// value (months between a TBC; a month or a number past what can be held). TBC moved
/// by any number of months stays TBC.
extension ColumnSet {
    func computer(_ expression: ValueExpression, reports: ReportContext? = nil) -> @Sendable (Int) -> Value {
        func computer(_ expression: ValueExpression) -> @Sendable (Int) -> Value { self.computer(expression, reports: reports) }
        switch expression {
        case .field(let field):
            guard case .month(let months) = column(field) else { preconditionFailure("\(field.name) is not a month column") }
            return { .month(months[$0]) }
        case .fieldAt(let field, let report):
            guard let reports, case .month(let months) = reports.register(report.index).column(field) else {
                preconditionFailure("\(field.name)@ needs a history's month column")
            }
            let otherRow = reports.rowMap(toReport: report.index)
            return { row in otherRow[row] < 0 ? .null : .month(months[Int(otherRow[row])]) }
        case .month(let month):
            return { _ in .month(month) }
        case .integer(let number):
            return { _ in .integer(number) }
        case .size(let field):
            guard case .list(let list) = column(field) else { preconditionFailure("\(field.name) is not a list column") }
            let offsets = list.offsets
            return { .integer(Int(offsets[$0 + 1] - offsets[$0])) }
        case .monthPlus(let month, let months):
            return Self.shifting(computer(month), by: computer(months), sign: 1)
        case .monthMinus(let month, let months):
            return Self.shifting(computer(month), by: computer(months), sign: -1)
        case .monthsBetween(let later, let earlier):
            let a = computer(later), b = computer(earlier)
            return { row in
                guard case .month(let p) = a(row), case .month(let q) = b(row), !p.isTBC, !q.isTBC else { return .null }
                return .integer(Int(p.ordinal) - Int(q.ordinal))
            }
        case .sum(let left, let right):
            return Self.combining(computer(left), computer(right)) { $0.addingReportingOverflow($1) }
        case .difference(let left, let right):
            return Self.combining(computer(left), computer(right)) { $0.subtractingReportingOverflow($1) }
        }
    }

    private static func shifting(_ month: @escaping @Sendable (Int) -> Value, by months: @escaping @Sendable (Int) -> Value,
                                 sign: Int) -> @Sendable (Int) -> Value {
        { row in
            guard case .month(let m) = month(row), case .integer(let n) = months(row) else { return .null }
            return Month.shifted(m, by: sign, n).map { .month($0) } ?? .null
        }
    }

    private static func combining(_ left: @escaping @Sendable (Int) -> Value, _ right: @escaping @Sendable (Int) -> Value,
                                  _ operation: @escaping @Sendable (Int, Int) -> (partialValue: Int, overflow: Bool)) -> @Sendable (Int) -> Value {
        { row in
            guard case .integer(let a) = left(row), case .integer(let b) = right(row) else { return .null }
            let (result, overflow) = operation(a, b)
            return overflow ? .null : .integer(result)
        }
    }
}

extension Month {
    /// `month` moved by `sign × months` months; TBC stays TBC; nil past the months an
    /// ordinal holds.
    static func shifted(_ month: Month, by sign: Int, _ months: Int) -> Month? {
        if month.isTBC { return .tbc }
        let (step, overflow) = months.multipliedReportingOverflow(by: sign)
        guard !overflow else { return nil }
        let (ordinal, past) = Int(month.ordinal).addingReportingOverflow(step)
        guard !past, ordinal > Int(Int32.min), ordinal < Int(Int32.max) else { return nil }
        return Month(ordinal: Int32(ordinal))
    }
}

/// Compares two computed values, as `Condition.compareValues` says: months as fields
/// compare (equality takes TBC as a value, order leaves it out), whole numbers as
/// numbers, and no value fails every comparison. `nil` when a TBC or a missing value
/// left the row uncompared (for the note).
func compareComputed(_ a: Value, _ op: ComparisonOperator, _ b: Value) -> Bool? {
    switch (a, b) {
    case (.month(let p), .month(let q)):
        if op == .equal { return p == q }
        if p.isTBC || q.isTBC { return nil }
        return compare(p, op, q)
    case (.integer(let p), .integer(let q)):
        return compare(p, op, q)
    // No value on either side: the checker compares values of one type.
    default: return nil
    }
}
