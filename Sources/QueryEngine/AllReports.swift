import ColumnStore
import History
import RegisterModel

extension ReportHistory {
    /// Every report's rows, one report after another, with the field `report` holding
    /// each row's report month: what `@all` queries run on. (The fields the reports hold:
    /// all, or those a batch run's statements read.)
    func allReports() -> any RegisterColumns {
        let held = reports[0].register.built.fields.fields.filter { $0 != .report }
        var builder = RegisterBuilder(fields: FieldSet(held + [.report]))
        builder.reserve(rows: reports.reduce(0) { $0 + $1.register.rowCount })
        let textual = held.filter { $0.type == .text || $0.type == .list }
        let textTargets = textual.map { (ColumnSet.CellColumn($0), RegisterBuilder.CellTarget($0)) }
        let months = held.filter { $0.type == .month }.map { ($0, RegisterBuilder.MonthTarget($0)) }
        let reportTarget = RegisterBuilder.MonthTarget(.report)
        var cell: [UInt8] = []
        for report in reports {
            let columns = report.register.built
            guard case .kind(let kinds) = columns.column(.kind) else { continue }
            let monthColumns = months.map { field, target -> ([Month], RegisterBuilder.MonthTarget) in
                guard case .month(let values) = columns.column(field) else { return ([], target) }
                return (values, target)
            }
            for row in 0 ..< columns.rowCount {
                builder.appendKind(kinds[row])
                for (column, target) in textTargets {
                    cell.removeAll(keepingCapacity: true)
                    columns.appendCellText(at: column, row: row, to: &cell)
                    cell.withUnsafeBufferPointer { builder.appendText($0, to: target) }
                }
                for (values, target) in monthColumns { builder.appendMonth(values[row], to: target) }
                builder.appendMonth(report.month, to: reportTarget)
            }
        }
        let all = builder.finish()
        return all.fields.isSuperset(of: .all) ? Register(all) : PartialRegister(built: all, located: nil)
    }
}

extension ColumnSet {
    /// These columns with `report` holding `month` on every row.
    func withReport(_ month: Month) -> ColumnSet {
        merging(ColumnSet([.report: .month([Month](repeating: month, count: rowCount))]))
    }
}
