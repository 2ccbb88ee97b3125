#if canImport(Glibc)
import Glibc
#endif
import Output
import QueryEngine
import QueryLanguage
import ColumnStore
import History
import RegisterCSV
import RegisterModel
import SQLCompiler

/// The state one run of regq carries between statements — the register, parameters,
/// output format and destination — and the running of statements and meta-commands.
/// Batch mode and the REPL share it; only they read the terminal, and only the driver
/// ends the process, with the status the outcomes give.
public final class Session {
    /// Where the register comes from, so that it can be read again whole.
    public internal(set) var source: any RegisterSource
    /// What queries run over: the whole register, or the part of it a batch run loaded.
    public internal(set) var loaded: any RegisterColumns
    /// The reports loaded together (`--history`, `-r MONTH=FILE`, `.load DIR`), or nil
    /// for one register. With a history, `source` and `loaded` are its latest report.
    public internal(set) var history: ReportHistory?
    /// Where the history comes from, so that it can be read again whole (a batch run may
    /// load only the columns its statements read).
    var historySource: HistorySource?
    /// How messages name the register: a path, or `<embedded>`.
    public var registerName: String { source.name }
    public var parameters: [String: String]
    public var format: OutputFormat
    /// The engine whose SQL `-f sql` writes (`--dialect`).
    public var sqlDialect: SQLDialect = .sqlite
    /// How a table is laid out on a terminal (`.mode`).
    public var tableMode: TableMode = .auto
    /// `--check`: parse and check every statement, run none.
    public var checkOnly = false
    public var timer = false
    /// Polled while a query runs and while its result is rendered and written; true
    /// abandons it (Ctrl-C in the REPL).
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Whether any query so far returned at least one row (`--fail-on-rows`).
    public private(set) var anyRows = false
    /// The text of the last query that ran, for `.save`.
    public private(set) var lastQueryText: String?
    /// Where `.run`, `.queries` and completion find saved queries, and `.save` writes them.
    public var queryPath = SavedQueryPath.fromEnvironment()

    /// A batch run gathers several `-f json` results into one document (`JSONDocument`);
    /// the REPL shows each result as it comes.
    public var gathersJSON = false
    var jsonDocument = JSONDocument()
    var output: ResultDestination = .standardOutput
    var readDepth = 0
    /// Every register file read in this session (by device and inode, so that another
    /// spelling or a link is recognised): `.output` never writes over one.
    var registersRead: Set<FileIdentity> = []

    public enum Outcome: Equatable, Sendable {
        case success
        /// The run stops; the process exits with this status (1 statement, 2 file/register).
        case failed(exitStatus: Int32)
        /// `.quit` or `.exit`.
        case quit
        /// Standard output could not be written: the run ends at once, nothing more runs,
        /// and the driver ends it with the status the failure gives.
        case outputFailed(WriteFailure)
    }

    public init(source: any RegisterSource, loaded: any RegisterColumns, parameters: [String: String] = [:],
                format: OutputFormat = .table) {
        self.source = source
        self.loaded = loaded
        self.parameters = parameters
        self.format = format
        Terminal.ignoreWriteSignals()
        noteRegisterRead(registerName)
    }

    /// Remembers `path` as a register read, so that no output is written over it.
    func noteRegisterRead(_ path: String) {
        if let identity = FileIdentity(path: path) { registersRead.insert(identity) }
    }

    // MARK: - Running

    /// Runs every statement of `source` in turn, stopping at the first that fails. Under
    /// `--check` a failure does not stop it: every error of every statement is reported,
    /// and the outcome is the worst of them.
    public func run(_ source: SourceFile) -> Outcome {
        var outcome = Outcome.success
        for statement in StatementSplitter.split(source) {
            outcome = outcome.worse(run(statement, in: source))
            if !outcome.goesOn(checking: checkOnly) { return outcome }
        }
        return outcome
    }

    /// Runs one statement; what it wrote to an `.output` file is in place once it returns.
    public func run(_ statement: Statement, in source: SourceFile) -> Outcome {
        let outcome: Outcome
        switch statement.kind {
        case .metaCommand: outcome = runMetaCommand(source: source, at: statement.range)
        case .query: outcome = runQuery(source, range: statement.range)
        }
        if case .outputFailed = outcome { return outcome }
        if !output.publish(protecting: registersRead, reportingTo: Terminal.writeError) { return .failed(exitStatus: 2) }
        return outcome
    }

    func runQuery(_ source: SourceFile, range: SourceRange) -> Outcome {
        let months = history?.reports.map(\.month) ?? []
        var compiled = Compiler.compile(source, range: range, values: loaded.built, parameters: parameters, reports: months)
        if let checked = compiled.plan, !Self.canRun(checked, on: loaded) {
            guard let whole = wholeRegister() else { return .failed(exitStatus: 2) }
            compiled = Compiler.compile(source, range: range, values: whole, parameters: parameters, reports: months)
        }
        report(compiled.diagnostics, in: source)
        guard let plan = compiled.plan else { return .failed(exitStatus: 1) }
        lastQueryText = source.text(of: range)
        if checkOnly { return .success }

        let started = Self.now()
        let result: QueryResult
        do {
            let evaluator = history.map { Evaluator(history: $0, for: plan, isCancelled: isCancelled) }
                ?? Evaluator(register: loaded, isCancelled: isCancelled)
            result = try evaluator.run(plan)
        } catch {
            Terminal.writeError("interrupted\n")
            return .failed(exitStatus: 1)
        }
        for note in result.notes { Terminal.writeError("note: \(note)\n") }
        let shown: Outcome
        if plan.isExplain {
            shown = emitResult(ExplainFormatter.render(canonical: plan.canonicalText, trace: result.trace, as: format))
        } else {
            if format == .sql, let problem = sqlDialect.columnNameProblem(result.table.columns.map(\.name)) {
                report([.error(problem, at: range)], in: source)
                return .failed(exitStatus: 1)
            }
            shown = show(result.table)
            if result.table.dataRowCount > 0 { anyRows = true }
        }
        guard shown == .success else { return shown }
        if timer {
            let elapsed = Double(Self.now() - started) / 1_000_000
            Terminal.writeError("time: \(Self.milliseconds(elapsed)) ms\n")
        }
        return .success
    }

    /// A result in the session's format, sent where results go; `.failed` when Ctrl-C
    /// stopped its rendering.
    func show(_ table: ResultTable) -> Outcome {
        var options = outputOptions
        options.shouldStop = isCancelled
        let rendering = Formatter.render(table, as: format, options: options)
        if isCancelled() {
            Terminal.writeError("interrupted\n")
            return .failed(exitStatus: 1)
        }
        for note in rendering.notes { Terminal.writeError("note: \(note)\n") }
        return emitResult(rendering.text)
    }

    /// Whether the loaded register holds what the plan reads: the fields it only shows
    /// may be located (read for the rows shown), the others must be built.
    static func canRun(_ plan: Plan, on register: any RegisterColumns) -> Bool {
        let shown = plan.fieldsOnlyShown
        return register.built.fields.isSuperset(of: plan.fieldsRead.subtracting(shown))
            && register.availableFields.isSuperset(of: shown)
    }

    /// The whole register: the one loaded, or, when a batch run loaded only the columns
    /// its statements were judged to read (`BatchInput.columns`), the source read again
    /// whole. Nil (the reason reported) when that read failed.
    func wholeRegister() -> Register? {
        if let whole = loaded as? Register { return whole }
        if history != nil {
            // Every report again, whole, paired again; its notes were shown the first time.
            guard let source = historySource, let reloaded = Self.reported(source.load(), showingNotes: false) else { return nil }
            adopt(reloaded, from: source)
            return loaded as? Register
        }
        // Its notes were shown when the register was first loaded.
        guard let whole = Self.reported(source.load(), showingNotes: false) else { return nil }
        loaded = whole
        return whole
    }

    /// Switches to the register `source` gives (`.load`); false, the reason reported,
    /// when it was refused.
    func switchRegister(to source: any RegisterSource) -> Bool {
        guard let register = Self.reported(source.load()) else { return false }
        self.source = source
        loaded = register
        history = nil
        noteRegisterRead(source.name)
        return true
    }

    /// What the reader assumed in loading a register, on stderr, each as `note: …`.
    public static func show(_ registerNotes: [String]) {
        for note in registerNotes { Terminal.writeError("note: \(note)\n") }
    }

    /// The register a load gave, its notes shown when `showingNotes`; nil, its problems
    /// reported, when it was refused. Every load the shell makes is reported here.
    static func reported<Loaded>(_ load: Result<LoadedRegister<Loaded>, RegisterError>, showingNotes: Bool = true) -> Loaded? {
        switch load {
        case .success(let loaded):
            if showingNotes { show(loaded.notes) }
            return loaded.register
        case .failure(let error):
            Terminal.writeError(error.description + "\n")
            return nil
        }
    }

    /// At most this many diagnostics are shown for one statement; the rest are counted.
    static let diagnosticCap = 20

    func report(_ diagnostics: [Diagnostic], in source: SourceFile) {
        let renderer = DiagnosticRenderer(useColor: Terminal.allowsColor(2))
        for diagnostic in diagnostics.prefix(Self.diagnosticCap) { Terminal.writeError(renderer.render(diagnostic, in: source)) }
        if diagnostics.count > Self.diagnosticCap {
            Terminal.writeError("note: " + Self.unshownSummary(diagnostics.dropFirst(Self.diagnosticCap)) + "\n")
        }
    }

    /// `… and 3 more errors, 1 more warning`: what the cap left out, by severity, so that
    /// no warning is dropped without a word.
    static func unshownSummary(_ unshown: some Collection<Diagnostic>) -> String {
        let parts = [Diagnostic.Severity.error, .warning, .note].compactMap { severity -> String? in
            let count = unshown.lazy.filter { $0.severity == severity }.count
            guard count > 0 else { return nil }
            return "\(count) more \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        return "… and " + parts.joined(separator: ", ") + " not shown"
    }

    /// What the formatters know of where results go, with the table mode chosen.
    var outputOptions: OutputOptions {
        var options = output.options
        options.mode = tableMode
        options.sqlDialect = sqlDialect
        return options
    }

    /// Results go to standard output, or to the `.output` file; `.outputFailed` when
    /// standard output could not be written, `.failed` when Ctrl-C stopped the output
    /// (the rest of the result is dropped).
    func emit(_ text: String) -> Outcome {
        switch output.write(text, stoppingWhen: isCancelled) {
        case .finished:
            return .success
        case .stopped:
            Terminal.writeError("interrupted\n")
            return .failed(exitStatus: 1)
        case .failed(let failure):
            return .outputFailed(failure)
        }
    }

    /// Writes out anything still held: the end of a JSON document, an `.output` file.
    public func finish() -> Outcome {
        let ended = endJSONDocument()
        guard ended == .success else { return ended }
        return closeOutput() ? .success : .failed(exitStatus: 2)
    }

    /// Writes out the `.output` file, if any, and sends results back to standard output;
    /// false (with the reason reported) when the file could not be written. A JSON
    /// document begun there is ended first.
    func closeOutput() -> Bool {
        if case .outputFailed = endJSONDocument() { return false }
        return output.close(protecting: registersRead, reportingTo: Terminal.writeError)
    }

    /// Sends results to `path` from now on, once it is known that the file may be
    /// written: not a register read, in a folder that exists. False (with the reason
    /// reported) when it may not.
    func openOutput(_ path: String) -> Bool {
        if let reason = ResultDestination.reasonNotToWrite(path, protecting: registersRead) {
            Terminal.writeError("error: cannot write \(path): \(reason)\n")
            return false
        }
        output = .file(OutputFile(path: path))
        return true
    }

    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func milliseconds(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
