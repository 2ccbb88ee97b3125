import QueryLanguage
import ColumnStore
import RegisterModel

/// Counts, per month field, the artefacts that an order comparison could not compare
/// because the month was TBC — for the note that nothing was dropped silently.
final class UncomparedMonths {
    private(set) var marks: [Field: [Bool]] = [:]
    /// Per other report (by its month), the artefacts a test could not compare because
    /// they are not in it.
    private var absent: [Month: Set<Int>] = [:]
    let rowCount: Int

    init(rowCount: Int) { self.rowCount = rowCount }

    func mark(_ field: Field, _ row: Int) {
        if marks[field] == nil { marks[field] = [Bool](repeating: false, count: rowCount) }
        marks[field]![row] = true
    }

    /// Per month field, the artefacts with it TBC that a test could not compare.
    var tbcCounts: [Field: Int] {
        marks.mapValues { $0.lazy.filter { $0 }.count }
    }

    /// The notes for `tbcCounts`, one per field, in field order (none for a count of 0).
    static func notes(tbcCounts: [Field: Int]) -> [String] {
        tbcCounts.keys.sorted().compactMap { field -> String? in
            let count = tbcCounts[field]!
            guard count > 0 else { return nil }
            return count == 1
                ? "1 artefact with \(field.name) TBC was not compared"
                : "\(count) artefacts with \(field.name) TBC were not compared"
        }
    }

    /// `row` (of the report queried) is not in the report of `month`.
    func markAbsent(from month: Month, _ row: Int) {
        absent[month, default: []].insert(row)
    }

    /// `note: 4 artefacts with dag TBC were not compared`, one per field, in field order;
    /// then `note: 3 artefacts not in Feb-22 were not compared`, one per report.
    var notes: [String] {
        let months = Self.notes(tbcCounts: tbcCounts)
        let reports = absent.keys.sorted().map { month in
            absent[month]!.count == 1 ? "1 artefact not in \(month.shortText) was not compared"
                : "\(absent[month]!.count) artefacts not in \(month.shortText) were not compared"
        }
        return months + reports
    }
}

/// Compiles a `where` condition into a test of one row over the register's columns:
/// each text test is decided once per distinct value (dictionary code), never per row.
struct RowFilter {
    let register: ColumnSet
    let uncompared: UncomparedMonths
    /// The history around the report queried, when one is loaded.
    var reports: ReportContext?

    func compile(_ condition: Condition<Field>) -> (Int) -> Bool {
        switch condition {
        case .constant(let value):
            return { _ in value }
        case .not(let inner):
            let test = compile(inner)
            return { !test($0) }
        case .all(let terms):
            return Self.joined(terms.map(compile)[...], empty: true) { a, b in { a($0) && b($0) } }
        case .any(let terms):
            return Self.joined(terms.map(compile)[...], empty: false) { a, b in { a($0) || b($0) } }
        case .test(let field, let test):
            return compile(test, on: field)
        case .compare(let a, let op, let b):
            return compare(a, op, b)
        case .compareValues(let a, let op, let b):
            return compareValues(a, op, b)
        case .inReport(let report, let inner):
            return inReport(report.index, inner)
        case .change(let change):
            return self.change(change)
        }
    }

    /// Tests joined pairwise into a balanced tree of closures, evaluated left to right:
    /// calling captured closures directly, where looping over an array of them retains
    /// each one per row, and only as deep as the logarithm of their number.
    private static func joined(_ tests: ArraySlice<(Int) -> Bool>, empty: Bool,
                               _ join: @escaping (@escaping (Int) -> Bool, @escaping (Int) -> Bool) -> (Int) -> Bool) -> (Int) -> Bool {
        if tests.count <= 1 { return tests.first ?? { _ in empty } }
        let middle = tests.startIndex + tests.count / 2
        return join(joined(tests[..<middle], empty: empty, join), joined(tests[middle...], empty: empty, join))
    }

    private func compile(_ test: Test, on field: Field) -> (Int) -> Bool {
        switch (test, register.column(field)) {
        case (.kind(let test), .kind(let kinds)):
            let table = Kind.allCases.map { test.matches($0) }
            return { table[Int(kinds[$0].rawValue)] }
        case (.text(let test), .text(let column)):
            let table = column.dictionary.values.map { test.matches($0) }
            let codes = column.codes
            return { table[Int(codes[$0])] }
        case (.text(.isEmpty), .list(let column)):
            let offsets = column.offsets
            return { offsets[$0] == offsets[$0 + 1] }
        case (.text(let test), .list(let column)):
            let offsets = column.offsets
            let table = column.dictionary.values.map { test.matches($0) }
            let codes = column.codes
            return { row in
                var i = Int(offsets[row])
                let end = Int(offsets[row + 1])
                while i < end {
                    if table[Int(codes[i])] { return true }
                    i += 1
                }
                return false
            }
        case (.month(let test), .month(let months)):
            let uncompared = self.uncompared
            return { row in
                guard let result = test.matches(months[row]) else {
                    uncompared.mark(field, row)
                    return false
                }
                return result
            }
        case (.kind, _), (.text, _), (.month, _), (.integer, _):
            preconditionFailure("the checker tests \(field.name) by its type")
        }
    }

    /// Field against field, same type (the checker made sure).
    private func compare(_ a: Field, _ op: ComparisonOperator, _ b: Field) -> (Int) -> Bool {
        switch (register.column(a), register.column(b)) {
        case (.month(let x), .month(let y)):
            let uncompared = self.uncompared
            return { row in
                let p = x[row], q = y[row]
                if op == .equal { return p == q }
                if p.isTBC || q.isTBC {
                    if p.isTBC { uncompared.mark(a, row) }
                    if q.isTBC { uncompared.mark(b, row) }
                    return false
                }
                return QueryEngine.compare(p, op, q)
            }
        case (.kind(let x), .kind(let y)):
            return { row in QueryEngine.compare(x[row], op, y[row]) }
        case (.text, .text), (.text, .list), (.list, .text), (.list, .list):
            let register = self.register
            return { row in QueryEngine.compare(texts: register.textValues(a, row), op, register.textValues(b, row)) }
        case (.kind, _), (.month, _), (.text, _), (.list, _):
            preconditionFailure("the checker compares fields of one type")
        }
    }
}

extension RowFilter {
    /// Computed value against computed value (`dag - review > 1`). A row left uncompared
    /// by a TBC month, or by a value that has none, counts under each of the month
    /// fields read that is TBC there.
    private func compareValues(_ a: ValueExpression, _ op: ComparisonOperator, _ b: ValueExpression) -> (Int) -> Bool {
        let left = register.computer(a, reports: reports), right = register.computer(b, reports: reports)
        let monthColumns = a.fieldsOfQueriedReport.union(b.fieldsOfQueriedReport).fields.compactMap { field -> (Field, [Month])? in
            if case .month(let months) = register.column(field) { return (field, months) }
            return nil
        }
        let uncompared = self.uncompared, reports = self.reports
        let others = Set((a.reportsRead + b.reportsRead).map(\.index)).sorted()
        return { row in
            if let result = compareComputed(left(row), op, right(row)) { return result }
            var absent = false
            for report in others where reports?.row(inReport: report, sameAs: row) == nil {
                uncompared.markAbsent(from: reports!.month(report), row)
                absent = true
            }
            if !absent { for (field, months) in monthColumns where months[row].isTBC { uncompared.mark(field, row) } }
            return false
        }
    }
}

extension ColumnSet {
    /// A text cell as a one-element array, or a list's elements.
    func textValues(_ field: Field, _ row: Int) -> [String] {
        switch column(field) {
        case .text(let column): [column[row]]
        case .list(let column): column[row]
        case .kind, .month: []
        }
    }
}
