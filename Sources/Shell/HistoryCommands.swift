import History
import QueryLanguage
import RegisterCSV
import RegisterModel

/// The meta-commands that look across a history's reports, named by their entries in
/// `MetaCommand.all`.
extension Session {
    /// `.reports`: each report, and against the one before it what matched, is new, is gone.
    func listReports(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard let history = workspace.history else { return metaError(Self.noHistoryMessage, in: context) }
        return show(HistoryTables.reports(history))
    }

    /// `.matches [MONTH]`: how each row of the report of MONTH (the latest by default)
    /// was paired with the report before it.
    func showMatches(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard let history = workspace.history else { return metaError(Self.noHistoryMessage, in: context) }
        let months = history.reports.map { "\($0.month)" }.joined(separator: ", ")
        var index = history.reports.count - 1
        if let wanted = arguments.first {
            guard let month = Month(parsing: wanted), !month.isTBC else {
                return metaError("\(Diagnostic.quoted(wanted)) is not a month (the reports: \(months))", in: context, argument: 0)
            }
            guard let found = history.index(of: month) else {
                return metaError("no report of \(month) (the reports: \(months))", in: context, argument: 0)
            }
            index = found
        }
        guard index > 0 else {
            let next = history.reports.count > 1 ? "; .matches \(history.reports[1].month) shows how the next was paired with it" : ""
            return metaError("\(history.reports[index].month) is the first report: there is no report before it to pair with\(next)",
                             in: context)
        }
        Terminal.writeError("note: " + HistoryTables.matchSummary(history, into: index) + "\n")
        return show(HistoryTables.matches(history, into: index))
    }
}
