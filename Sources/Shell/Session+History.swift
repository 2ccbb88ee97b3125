import History
import Output
import RegisterCSV
import RegisterModel

/// What the session says about a history.
extension Session {
    /// `loaded history DIR: 3 reports, Jan-22 to Mar-22; the latest has 89 artefacts`.
    static func loadedMessage(_ history: ReportHistory, from name: String) -> String {
        let count = history.reports.count
        let span = count == 1 ? "\(history.first.month)" : "\(history.first.month) to \(history.latest.month)"
        return "loaded history \(name): \(count) \(count == 1 ? "report" : "reports"), \(span);"
            + " the latest has \(history.latest.register.rowCount) artefacts\n"
    }

    /// What a command that looks across reports says when there is no history.
    static let noHistoryMessage = "no history is loaded: start regq with --history DIR or -r MONTH=FILE … (one a report),"
        + " or .load DIR (a folder of reports named by month: 2022-03.csv or Mar-22.csv)"
}
