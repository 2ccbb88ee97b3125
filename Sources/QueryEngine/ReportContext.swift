import ColumnStore
import History
import RegisterModel

/// The history around the report a query runs on: the other reports' columns, and for a
/// row of the report queried, the row of the same artefact in another report.
public struct ReportContext: Sendable {
    let history: ReportHistory
    /// The report the query runs on, by index.
    let queried: Int

    public init(history: ReportHistory, queried: Int) {
        self.history = history
        self.queried = queried
    }

    /// The columns of report `report`.
    func register(_ report: Int) -> ColumnSet { history.reports[report].register.built }

    /// The row of report `report` that is the artefact of `row` of the report queried;
    /// nil when the artefact is not in it.
    func row(inReport report: Int, sameAs row: Int) -> Int? {
        report == queried ? row : history.identities.row(inReport: report, sameAs: row, ofReport: queried)
    }

    /// For each row of the report queried, its artefact's row in report `report`, or -1:
    /// every row looked up at once, for what reads another report row after row.
    func rowMap(toReport report: Int) -> [Int32] {
        report == queried ? (0 ..< Int32(history.reports[queried].register.rowCount)).map { $0 }
            : history.identities.rows(inReport: report, sameAsRowsOf: queried)
    }

    /// The month of report `report`.
    func month(_ report: Int) -> Month { history.reports[report].month }
}
