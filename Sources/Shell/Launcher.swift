import Output
import QueryLanguage
import ColumnStore
import History
import RegisterCSV
import RegisterModel
import SQLCompiler

/// What the command line asked for.
public struct BatchOptions: Sendable {
    public var registerPath: String?
    /// The reports loaded together, the latest the register (`--history`, `-r MONTH=FILE`).
    public var history: HistorySource?
    public var format: OutputFormat
    /// `--dialect`: the engine whose SQL `-f sql` writes.
    public var sqlDialect: SQLDialect = .sqlite
    public var parameters: [String: String]
    public var texts: [String]
    public var files: [String]
    public var checkOnly: Bool
    public var failOnRows: Bool

    public init(registerPath: String?, format: OutputFormat, parameters: [String: String], texts: [String],
                files: [String], checkOnly: Bool, failOnRows: Bool) {
        self.registerPath = registerPath
        self.format = format
        self.parameters = parameters
        self.texts = texts
        self.files = files
        self.checkOnly = checkOnly
        self.failOnRows = failOnRows
    }
}

extension BatchOptions {
    /// Reads the register `choice` names: one register, or a history.
    public mutating func choose(_ choice: RegisterChoice) {
        switch choice {
        case .register(let path): (registerPath, history) = (path, nil)
        case .history(let source): (registerPath, history) = (nil, source)
        }
    }
}

/// Loads the register, then runs the REPL or the batch statements, and gives the exit
/// status: 0 success, 1 a statement failed, 2 usage, file or register error, 3 rows
/// returned under `--fail-on-rows`. It never ends the process itself: the driver exits
/// with the status it returns.
public enum Launcher {
    public static func run(_ options: BatchOptions) -> Int32 {
        let registerFromInput = options.registerPath == "-"
        if registerFromInput && options.texts.isEmpty && options.files.isEmpty {
            Terminal.writeError("error: -r - reads the register from standard input, so the statements must come from -e TEXT or a FILE\n")
            return 2
        }
        let interactive = options.texts.isEmpty && options.files.isEmpty && Terminal.isTerminal(0) && !options.checkOnly
        var inputs: [BatchInput] = []
        if !interactive {
            if options.texts.isEmpty && options.files.isEmpty {
                switch FileBytes.read(path: "/dev/stdin") {
                case .success(let bytes): inputs.append(.source(SourceFile(name: "<stdin>", bytes: bytes)))
                case .failure(let failure):
                    Terminal.writeError("error: cannot read standard input: \(failure.reason)\n")
                    return 2
                }
            }
            inputs += options.texts.map { .source(SourceFile(name: "<query>", text: $0)) }
            inputs += options.files.map { .file(path: $0, contents: Session.readQueryFile($0)) }
        }
        let session: Session
        if let historySource = options.history {
            // A batch run reads in each report the columns its statements read, and those
            // pairing compares; the REPL reads every column.
            var fields = FieldSet.all
            if !interactive, let months = historySource.months {
                let columns = BatchInput.columns(readBy: inputs, parameters: options.parameters, reports: months,
                                                 throughFailures: options.checkOnly)
                fields = columns.built.union(columns.located)
            }
            guard let history = Session.reported(historySource.load(fields)) else { return 2 }
            session = Session(history: history, from: historySource, parameters: options.parameters, format: options.format)
        } else {
            guard let opened = openRegister(options, inputs: inputs, interactive: interactive) else { return 2 }
            session = opened
        }
        session.sqlDialect = options.sqlDialect
        session.checkOnly = options.checkOnly
        session.gathersJSON = !interactive

        var outcome = Session.Outcome.success
        if interactive {
            outcome = Repl(session: session).run()
        } else {
            for input in inputs {
                switch input {
                case .source(let source): outcome = outcome.worse(session.run(source))
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

    /// The session over the one register the command line names: a batch run reads only
    /// the columns its statements use from a register file; the REPL reads them all, and
    /// the embedded register is whole anyway. Nil, the reason reported, when it cannot be read.
    static func openRegister(_ options: BatchOptions, inputs: [BatchInput], interactive: Bool) -> Session? {
        let source: any RegisterSource
        if options.registerPath == "-" {
            switch FileBytes.read(path: "/dev/stdin") {
            case .success(let bytes): source = RegisterBytes(name: "<stdin>", bytes: bytes)
            case .failure(let failure):
                Terminal.writeError("error: cannot read the register from standard input: \(failure.reason)\n")
                return nil
            }
        } else {
            source = registerSource(path: options.registerPath)
        }
        let columns = interactive || !source.readsInPart ? .all
            : BatchInput.columns(readBy: inputs, parameters: options.parameters, throughFailures: options.checkOnly)
        guard let loaded = Session.reported(source.load(columns)) else { return nil }
        return Session(source: source, loaded: loaded, parameters: options.parameters, format: options.format)
    }
}
