import History
import Output
import RegisterCSV
import RegisterModel

/// A session over a history: queries run on its latest report, and the history is kept
/// for the commands (and, later, the queries) that look across reports.
extension Session {
    /// A session over `history`, its latest report the register queries run on; `source`
    /// reads it again whole when it was loaded in part.
    public convenience init(history: ReportHistory, from source: HistorySource? = nil, parameters: [String: String] = [:],
                            format: OutputFormat = .table) {
        self.init(source: RegisterFile(path: history.latest.file), loaded: history.latest.register,
                  parameters: parameters, format: format)
        adopt(history, from: source)
    }

    /// Makes `history` the session's: its latest report is the register, and no output is
    /// written over any of its files.
    func adopt(_ history: ReportHistory, from source: HistorySource?) {
        self.history = history
        historySource = source
        self.source = RegisterFile(path: history.latest.file)
        loaded = history.latest.register
        for report in history.reports { noteRegisterRead(report.file) }
    }

    /// Switches to the history `source` gives (`.load DIR`); false, the reason reported,
    /// when it was refused.
    func switchHistory(to source: HistorySource) -> Bool {
        guard let history = Self.reported(source.load()) else { return false }
        adopt(history, from: source)
        return true
    }

    /// The history a load gave, its notes shown (each report's, then the pairings') unless
    /// told not to; nil, every problem reported, when it was refused.
    static func reported(_ load: Result<LoadedHistory, HistoryError>, showingNotes: Bool = true) -> ReportHistory? {
        switch load {
        case .success(let loaded):
            if showingNotes { show(loaded.notes) }
            return loaded.history
        case .failure(let error):
            Terminal.writeError(error.description + "\n")
            return nil
        }
    }

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
