import History
import Output
import RegisterCSV
import RegisterModel

/// What the session says about a history.
extension Session {
    /// What is loaded, in a few words: `history DIR: 3 reports, Jan-22 to Mar-22; the
    /// latest has 89 artefacts`, `reg.csv: 12 artefacts`, `the embedded register: 89
    /// artefacts`.
    public static func loadedSummary(_ workspace: Workspace) -> String {
        let name = workspace.source.name
        guard let history = workspace.history else {
            let what = name == EmbeddedRegisterSource().name ? "the embedded register" : name
            return "\(what): \(workspace.register.rowCount) artefacts"
        }
        let count = history.reports.count
        let span = count == 1 ? "\(history.first.month)" : "\(history.first.month) to \(history.latest.month)"
        return "history \(name): \(count) \(count == 1 ? "report" : "reports"), \(span);"
            + " the latest has \(history.latest.register.rowCount) artefacts"
    }

    /// What a command that looks across reports says when there is no history.
    static let noHistoryMessage = "no history is loaded: start regq with --history DIR or -r MONTH=FILE … (one a report),"
        + " or .load DIR (a folder of reports named by month: 2022-03.csv or Mar-22.csv)"
}
