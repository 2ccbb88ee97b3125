#if canImport(Glibc)
import Glibc
#endif

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
                uncompared.markAbsent(from: history.month(report), row)
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
                    uncompared.markAbsent(from: history.month(report), row)
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
                    uncompared.markAbsent(from: history.month(report), row)
                    return false
                }
                let p = now[row], q = then[other]
                if p.isTBC || q.isTBC {
                    uncompared.mark(field, row)
                    return false
                }
                return later ? p > q : p < q
            }
        case .was(let condition, let through):
            // In some report from `report` to the one the statement runs on, both included
            // (for a diff's removed artefact, the later report, where it is not).
            let tests = (report ... through).map { ($0, filter(over: $0).compile(condition)) }
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
/// Cells with the same bytes (lists: the same elements in the same order) are equal
/// without a key: keys are made only for cells that differ as written, a few of a
/// report's rows.
struct ChangeComparer {
    /// (row of the later report, row of the earlier report) -> they differ.
    let differs: (Int, Int) -> Bool

    init(_ later: ColumnSet, _ earlier: ColumnSet, _ field: Field) {
        switch (later.column(field), earlier.column(field)) {
        case (.text(let now), .text(let then)):
            differs = { row, other in
                let a = now.codes[row], b = then.codes[other]
                return !Self.sameBytes(now.dictionary, a, then.dictionary, b) && Self.key(now.dictionary, a) != Self.key(then.dictionary, b)
            }
        case (.list(let now), .list(let then)):
            differs = { row, other in
                let a = Int(now.offsets[row]) ..< Int(now.offsets[row + 1]), b = Int(then.offsets[other]) ..< Int(then.offsets[other + 1])
                if a.count == b.count,
                   zip(a, b).allSatisfy({ Self.sameBytes(now.dictionary, now.codes[$0], then.dictionary, then.codes[$1]) }) {
                    return false
                }
                return Set(a.map { Self.key(now.dictionary, now.codes[$0]) }) != Set(b.map { Self.key(then.dictionary, then.codes[$0]) })
            }
        default:
            let now = later.cellReader(field), then = earlier.cellReader(field)
            differs = { now($0) != then($1) }
        }
    }

    private static func sameBytes(_ a: TextDictionary, _ x: UInt32, _ b: TextDictionary, _ y: UInt32) -> Bool {
        a.withBytes(x) { p in
            b.withBytes(y) { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }

    /// A dictionary value's equality key, as bytes.
    private static func key(_ dictionary: TextDictionary, _ code: UInt32) -> [UInt8] {
        var key: [UInt8] = []
        dictionary.withBytes(code) { appendEqualityKey($0, to: &key) }
        return key
    }
}
