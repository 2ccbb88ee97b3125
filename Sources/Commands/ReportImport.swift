import ColumnStore
import RegisterCSV
import ReportText
import Shell

/// What `regq import` was asked for.
public struct ImportOptions: Sendable {
    /// The report's text.
    public var reportPath: String
    /// Where the register goes; nil = standard output.
    public var outputPath: String?
    /// Where the published figures go, if anywhere.
    public var summaryPath: String?
    /// The register whose values tell the report's cells apart; nil = the embedded one.
    public var likePath: String?

    public init(reportPath: String, outputPath: String?, summaryPath: String?, likePath: String?) {
        self.reportPath = reportPath
        self.outputPath = outputPath
        self.summaryPath = summaryPath
        self.likePath = likePath
    }
}

/// `regq import REPORT.txt [-o REGISTER.csv] [--summary SUMMARY.csv] [--like FILE]`: the
/// register a monthly status report's detail tables hold, as a register file, and the
/// figures its summary tables publish, in `Data/summary.csv`'s form, for `regq reconcile
/// SUMMARY.csv -r REGISTER.csv`.
///
/// A report that cannot be read for certain is refused whole (every problem on its line,
/// exit status 2) and nothing is written; each file written is written whole or not at
/// all (a temporary file renamed over it). Summary rows left out are named in notes.
public enum ReportImport {
    public static func run(_ options: ImportOptions) -> Int32 {
        let written = [options.outputPath, options.summaryPath].compactMap { $0 }
        if written.contains(options.reportPath) {
            Terminal.writeError("error: \(options.reportPath) is the report being read: give another file to write\n")
            return 2
        }
        if let output = options.outputPath, output == options.summaryPath {
            Terminal.writeError("error: -o and --summary both name \(output): give each its own file\n")
            return 2
        }
        var known = KnownValues.embedded
        if let like = options.likePath {
            guard let source = RegisterChoice.register(path: like).workspaceSource(),
                  let workspace = source.loadReporting() else { return 2 }
            known = KnownValues(workspace.register)
        }
        let imported: ImportedReport
        switch ReportTextFile(path: options.reportPath, known: known).read() {
        case .success(let read): imported = read
        case .failure(let error):
            Terminal.writeError(error.description + "\n")
            return 2
        }

        let register = RegisterWriter.csv(imported.register)
        if let output = options.outputPath {
            guard write(register, to: output) else { return 2 }
        } else if let failure = Terminal.write(register, to: 1) {
            return failure.exitStatusAfterReporting()
        }
        if let summary = options.summaryPath {
            Session.show(imported.summaryNotes)
            guard write(imported.summaryCSV, to: summary) else { return 2 }
        }
        return 0
    }

    /// Writes `text` whole over `path`, or reports why not.
    static func write(_ text: String, to path: String) -> Bool {
        if case .failure(let failure) = FileBytes.writeAtomically(Array(text.utf8), to: path) {
            Terminal.writeError("error: cannot write \(path): \(failure.reason)\n")
            return false
        }
        return true
    }
}
