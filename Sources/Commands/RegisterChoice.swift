#if canImport(Glibc)
import Glibc
#endif
import History
import RegisterCSV
import RegisterFiles
import RegisterModel
import Shell

/// What the command line's `-r` and `--history` name: one register (a file, `-` for
/// standard input, or by default the embedded one), or a history: a folder of reports
/// (`--history DIR`) or reports named one by one (`-r Feb-22=feb.csv -r Mar-22=mar.csv`).
/// `--sheet` chooses one sheet of a workbook register, or of each workbook report.
public enum RegisterChoice: Equatable, Sendable {
    case register(path: String?, sheet: String? = nil)
    case history(HistorySource)

    /// The choice `-r` values (in order) and `--history` make, or a message saying why
    /// they make none.
    public static func from(registers: [String], historyFolder: String?, sheet: String? = nil) -> Result<RegisterChoice, UsageMessage> {
        var reports: [ReportFile] = [], files: [String] = []
        for text in registers {
            switch reportFile(text) {
            case nil:
                if let historyFolder {
                    return .failure(UsageMessage("--history \(historyFolder) and -r \(text) both name the register:"
                        + " give one of them, or add a report to the history with -r MONTH=FILE"))
                }
                files.append(text)
            case .success(let report): reports.append(report)
            case .failure(let message): return .failure(message)
            }
        }
        if let historyFolder {
            // `-r MONTH=FILE` beside a folder adds or replaces one report (a draft month).
            return .success(.history(HistorySource(folder: historyFolder, reports: reports, sheet: sheet)))
        }
        if !reports.isEmpty, let file = files.first {
            return .failure(UsageMessage("-r \(file) names a register and -r MONTH=FILE a history's report: give one or the other"))
        }
        if files.count > 1 {
            return .failure(UsageMessage("-r names one register (\(files.joined(separator: ", ")) given);"
                                         + " a history's reports are -r MONTH=FILE, one a report, or --history DIR"))
        }
        return .success(reports.isEmpty ? .register(path: files.first, sheet: sheet)
                                        : .history(HistorySource(folder: nil, reports: reports, sheet: sheet)))
    }

    /// `Feb-22=feb.csv` as a report, a message for `Febb-22=feb.csv`, or nil for a
    /// register's path (one with no `=`, or a file that exists whatever its name).
    static func reportFile(_ text: String) -> Result<ReportFile, UsageMessage>? {
        guard let equals = text.firstIndex(of: "="), access(text, F_OK) != 0 else { return nil }
        let monthText = text[..<equals], path = String(text[text.index(after: equals)...])
        guard let month = Month(parsing: monthText), !month.isTBC else {
            return .failure(UsageMessage("-r \(text): '\(monthText)' is not a month (a report is -r MONTH=FILE, such as -r Feb-22=feb.csv)"))
        }
        guard !path.isEmpty else { return .failure(UsageMessage("-r \(text): no file for the report of \(month) (-r \(month)=FILE)")) }
        return .success(ReportFile(month: month, path: path))
    }
}

extension RegisterChoice {
    /// The source the choice names; `-r -` reads standard input now, once. Nil, the
    /// reason reported, when standard input cannot be read.
    public func workspaceSource() -> WorkspaceSource? {
        switch self {
        case .register(let path, let sheet) where path == "-":
            switch FileBytes.read(path: "/dev/stdin") {
            case .success(let bytes): return .register(registerSource(bytes: bytes, name: "<stdin>", sheet: sheet))
            case .failure(let failure):
                Terminal.writeError("error: cannot read the register from standard input: \(failure.reason)\n")
                return nil
            }
        case .register(let path, let sheet): return .register(registerSource(path: path, sheet: sheet))
        case .history(let source): return .history(source)
        }
    }
}

/// Why a command line means nothing, for the usage error the driver reports.
public struct UsageMessage: Error, Equatable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }
}
