import ColumnStore
import QueryLanguage
import RegisterModel

/// Conditions across the reports of a history, for a row of the report queried: the
/// same artefact's row in another report (its identity along the pairings), tested
/// there; changes between the two. An artefact not in the other report is not compared
/// (false, and counted in a note), except by `new` and `removed`, which ask just that.
extension RowFilter {
    private var history: ReportContext {
        guard let reports else { preconditionFailure("a history condition needs a loaded history") }
        return reports
    }

    /// A filter over report `report`'s rows, its uncompared TBC months counted apart.
    private func filter(over report: Int) -> RowFilter {
        if report == history.queried { return self }
        let other = history.register(report)
        return RowFilter(register: other, uncompared: UncomparedMonths(rowCount: other.rowCount), reports: nil)
    }

    func inReport(_ report: Int, _ condition: Condition<Field>) -> (Int) -> Bool {
        let test = filter(over: report).compile(condition)
        let history = self.history, uncompared = self.uncompared
        return { row in
            guard let other = history.row(inReport: report, sameAs: row) else {
                uncompared.markAbsent(from: history.label(report), row)
                return false
            }
            return test(other)
        }
    }

    func change(_ change: ChangeTest) -> (Int) -> Bool {
        let history = self.history, uncompared = self.uncompared, report = change.report
        switch change.kind {
        case .new, .removed:
            return { row in history.row(inReport: report, sameAs: row) == nil }
        case .changed(let from, let to):
            let field = change.field!
            let comparer = ChangeComparer(register, history.register(report), field)
            let old = from.map { filter(over: report).compile($0) }, new = to.map { compile($0) }
            return { row in
                guard let other = history.row(inReport: report, sameAs: row) else {
                    uncompared.markAbsent(from: history.label(report), row)
                    return false
                }
                return comparer.differs(row, other) && (old?(other) ?? true) && (new?(row) ?? true)
            }
        case .slipped, .advanced:
            let field = change.field!
            let later = if case .slipped = change.kind { true } else { false }
            guard case .month(let now) = register.column(field), case .month(let then) = history.register(report).column(field) else {
                preconditionFailure("\(field.name) is not a month column")
            }
            return { row in
                guard let other = history.row(inReport: report, sameAs: row) else {
                    uncompared.markAbsent(from: history.label(report), row)
                    return false
                }
                let p = now[row], q = then[other]
                if p.isTBC || q.isTBC {
                    uncompared.mark(field, row)
                    return false
                }
                return later ? p > q : p < q
            }
        case .was(let condition):
            // In some report from `report` to the one queried, both included.
            let tests = (report ... history.queried).map { ($0, filter(over: $0).compile(condition)) }
            return { row in
                tests.contains { index, test in history.row(inReport: index, sameAs: row).map(test) ?? false }
            }
        }
    }
}

/// Whether a field's value differs between a row of one report and a row of another, as a
/// change compares it: text by its equality key, a list as the set of its elements' keys,
/// a month exactly (TBC a value of its own), a kind as itself.
///
/// Text and list elements are compared as numbers: the key of each value in either
/// report's dictionary is worked out once, and equal keys get the same number, so a
/// comparison is two look-ups and no key is made per row.
struct ChangeComparer {
    /// (row of the later report, row of the earlier report) -> they differ.
    let differs: (Int, Int) -> Bool

    init(_ later: ColumnSet, _ earlier: ColumnSet, _ field: Field) {
        switch (later.column(field), earlier.column(field)) {
        case (.text(let now), .text(let then)):
            var numbers = ValueCodes(capacity: now.dictionary.count + then.dictionary.count, bytesEach: 24)
            let nowKeys = Self.keyNumbers(now.dictionary, &numbers), thenKeys = Self.keyNumbers(then.dictionary, &numbers)
            differs = { nowKeys[Int(now.codes[$0])] != thenKeys[Int(then.codes[$1])] }
        case (.list(let now), .list(let then)):
            var numbers = ValueCodes(capacity: now.dictionary.count + then.dictionary.count)
            let nowKeys = Self.keyNumbers(now.dictionary, &numbers), thenKeys = Self.keyNumbers(then.dictionary, &numbers)
            differs = { row, other in
                let a = now.codes(row: row), b = then.codes(row: other)
                if a.count <= 1, b.count <= 1 {
                    return a.first.map { nowKeys[Int($0)] } != b.first.map { thenKeys[Int($0)] }
                }
                return Set(a.map { nowKeys[Int($0)] }) != Set(b.map { thenKeys[Int($0)] })
            }
        default:
            let now = later.cellReader(field), then = earlier.cellReader(field)
            differs = { now($0) != then($1) }
        }
    }

    /// Each dictionary code's key as a number, numbering keys not seen before.
    private static func keyNumbers(_ dictionary: TextDictionary, _ numbers: inout ValueCodes) -> [UInt32] {
        var key: [UInt8] = []
        return (0 ..< UInt32(dictionary.count)).map { code in
            key.removeAll(keepingCapacity: true)
            dictionary.withBytes(code) { appendEqualityKey($0, to: &key) }
            return key.withUnsafeBufferPointer { numbers.code($0) }
        }
    }
}
