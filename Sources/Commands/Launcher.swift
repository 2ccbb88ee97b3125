import Output
import REPL
import Shell
import QueryLanguage
import ColumnStore
import History
import RegisterCSV
import RegisterModel
import SQLCompiler

/// What the command line asked for.
public struct BatchOptions: Sendable {
    /// The register or the history the statements run over (`-r`, `--history`).
    public var registers: RegisterChoice
    public var format: OutputFormat
    /// `--dialect`: the engine whose SQL `-f sql` writes.
    public var sqlDialect: SQLDialect = .sqlite
    public var parameters: [String: String]
    public var texts: [String]
    public var files: [String]
    public var checkOnly: Bool
    public var failOnRows: Bool
    /// `--strict`: every warning is an error.
    public var strict = false

    public init(registers: RegisterChoice = .register(path: nil), format: OutputFormat, parameters: [String: String],
                texts: [String], files: [String], checkOnly: Bool, failOnRows: Bool) {
        self.registers = registers
        self.format = format
        self.parameters = parameters
        self.texts = texts
        self.files = files
        self.checkOnly = checkOnly
        self.failOnRows = failOnRows
    }
}

/// Loads the register, then runs the REPL or the batch statements, and gives the exit
/// status: 0 success, 1 a statement failed, 2 usage, file or register error, 3 rows
/// returned under `--fail-on-rows`. It never ends the process itself: the driver exits
/// with the status it returns.
///
/// A batch run takes one path: its statements are read and compiled once (against the
/// schema and the reports' months), the register is loaded with the columns their plans
/// read, and the session lints, runs and writes each from that compilation.
public enum Launcher {
    public static func run(_ options: BatchOptions) -> Int32 {
        let noStatements = options.texts.isEmpty && options.files.isEmpty
        if case .register("-", _) = options.registers, noStatements {
            Terminal.writeError("error: -r - reads the register from standard input, so the statements must come from -e TEXT or a FILE\n")
            return 2
        }
        let interactive = noStatements && Terminal.isTerminal(0) && !options.checkOnly
        var inputs: [StatementInput] = []
        if !interactive {
            guard let gathered = StatementInput.gather(texts: options.texts, files: options.files) else { return 2 }
            inputs = gathered
        }
        guard let source = options.registers.workspaceSource() else { return 2 }
        let batch = BatchInput.prepare(inputs, parameters: options.parameters, reports: source.reportMonths ?? [])
        let session: Session
        if !interactive, !options.checkOnly, case .register(let file as RegisterFile) = source,
           let compilations = BatchInput.streamable(batch) {
            // Grouped statements only, over a register file: answered as it streams past,
            // in memory that does not grow with the file.
            guard let streamed = StreamedAnswers.read(path: file.path, compilations: compilations, isCancelled: { false }) else { return 2 }
            Session.show(streamed.notes)
            session = Session(workspace: .streamed(source), parameters: options.parameters, format: options.format)
            session.answers = streamed.answers
        } else {
            // A batch run reads only the columns its statements read (in a history, those
            // pairing compares too); the REPL reads every column.
            let columns = interactive || !source.readsInPart ? ColumnSelection.all
                : BatchInput.columns(readBy: batch, throughFailures: options.checkOnly)
            guard let workspace = source.loadReporting(columns) else { return 2 }
            session = Session(workspace: workspace, parameters: options.parameters, format: options.format)
        }
        session.sqlDialect = options.sqlDialect
        session.checkOnly = options.checkOnly
        session.strict = options.strict
        session.failsOnRows = options.failOnRows
        session.gathersJSON = !interactive

        var outcome = Session.Outcome.success
        if interactive {
            outcome = Repl(session: session).run()
        } else {
            for input in batch {
                switch input {
                case .source(let prepared): outcome = outcome.worse(session.run(prepared))
                case .file(let path, let contents): outcome = outcome.worse(session.runFile(path, contents: contents))
                }
                if !outcome.goesOn(checking: options.checkOnly) { break }
            }
        }
        // Once standard output is lost nothing more is written; an `.output` file keeps the
        // results of the statements finished before.
        if case .outputFailed(let failure) = outcome { return failure.exitStatusAfterReporting() }
        let finished = session.finish()
        switch (outcome, finished) {
        case (.failed(let status), _): return status
        case (_, .failed(let status)): return status
        default: return options.failOnRows && session.anyRows ? 3 : 0
        }
    }
}
