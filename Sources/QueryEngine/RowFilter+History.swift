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
        let history = self.history, uncompared = self.uncompared, otherRow = history.rowMap(toReport: report)
        return { row in
            let other = Int(otherRow[row])
            guard other >= 0 else {
                uncompared.markAbsent(from: history.month(report), row)
                return false
            }
            return test(other)
        }
    }

    func change(_ change: ChangeTest) -> (Int) -> Bool {
        let history = self.history, uncompared = self.uncompared, report = change.report.index
        switch change.kind {
        case .new, .removed:
            let otherRow = history.rowMap(toReport: report)
            return { row in otherRow[row] < 0 }
        case .changed(let from, let to):
            let field = change.field!
            let comparer = ChangeComparer(register, history.register(report), field)
            let old = from.map { filter(over: report).compile($0) }, new = to.map { compile($0) }
            let otherRow = history.rowMap(toReport: report)
            return { row in
                let other = Int(otherRow[row])
                guard other >= 0 else {
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
            let otherRow = history.rowMap(toReport: report)
            return { row in
                let other = Int(otherRow[row])
                guard other >= 0 else {
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
            let tests = (report ... through.index).map { ($0, filter(over: $0).compile(condition)) }
            return { row in
                tests.contains { index, test in history.row(inReport: index, sameAs: row).map(test) ?? false }
            }
        }
    }
}
