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
    /// What statements run over: one register, or a history whose latest report is the
    /// register; and where it came from.
    public private(set) var workspace: Workspace
    /// How messages name the register: a path, `<embedded>`, or the history's source.
    public var registerName: String { workspace.source.name }
    public var parameters: [String: String]
    public var format: OutputFormat
    /// The engine whose SQL `-f sql` writes (`--dialect`).
    public var sqlDialect: SQLDialect = .sqlite
    /// How a table is laid out on a terminal (`.mode`).
    public var tableMode: TableMode = .auto
    /// `--check`: parse and check every statement, run none.
    public var checkOnly = false
    /// `--strict`: every warning is an error (a gate whose `status = blokced` selects
    /// nothing fails instead of passing).
    public var strict = false
    /// `--fail-on-rows`: the run fails when a query returns rows; the session says when a
    /// query always returns one.
    public var failsOnRows = false
    public var timer = false
    /// Whether a result longer than the terminal may go through a pager (`Pager`): the
    /// REPL, with a terminal on standard output, says so; `.pager on|off` chooses.
    public var pagerAllowed = false
    /// `.pager on|off`: whether long results go through the pager where it is allowed.
    public var pagesLongResults = true
    /// The pager could not be started once: said once, not tried again until `.pager on`.
    var pagerFailed = false
    /// Polled while a query runs and while its result is rendered and written; true
    /// abandons it (Ctrl-C in the REPL).
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Whether any query so far returned at least one row (`--fail-on-rows`).
    public private(set) var anyRows = false
    /// The text of the last query that ran, for `.save`.
    public private(set) var lastQueryText: String?
    /// Where `.run`, `.queries` and completion find saved queries, and `.save` writes them.
    public var queryPath = SavedQueryPath.fromEnvironment()

    /// The answers a batch run worked out while the register streamed past, which the
    /// statements they answer show instead of running over the workspace (which then
    /// holds no rows: `Launcher`).
    public var answers: StreamedAnswers?

    /// A batch run gathers several `-f json` results into one document (`JSONDocument`);
    /// the REPL shows each result as it comes.
    public var gathersJSON = false
    var jsonDocument = JSONDocument()
    var output: ResultDestination = .standardOutput
    /// Whether the last result written where results now go was a Markdown table.
    var markdownTableWritten = false
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

    public init(workspace: Workspace, parameters: [String: String] = [:], format: OutputFormat = .table) {
        self.workspace = workspace
        self.parameters = parameters
        self.format = format
        Terminal.ignoreWriteSignals()
        for file in workspace.filesRead { noteRegisterRead(file) }
    }

    /// Why `path` may not be written, or nil: it is a register read in this session, or
    /// its folder is missing or cannot be written.
    public func reasonNotToWrite(_ path: String) -> String? {
        ResultDestination.reasonNotToWrite(path, protecting: registersRead)
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
        run(PreparedSource(splitting: source))
    }

    /// Runs the statements of a prepared source, each compiled once (again only when a
    /// `.param` or `.load` before it changed what it was compiled with).
    public func run(_ prepared: PreparedSource) -> Outcome {
        var outcome = Outcome.success
        for statement in prepared.statements {
            outcome = outcome.worse(run(statement, of: prepared))
            if !outcome.goesOn(checking: checkOnly) { return outcome }
        }
        return outcome
    }

    /// Runs one statement; what it wrote to an `.output` file is in place once it returns.
    func run(_ prepared: PreparedSource.PreparedStatement, of source: PreparedSource) -> Outcome {
        let statement = prepared.statement
        let outcome: Outcome
        switch statement.kind {
        case .metaCommand:
            outcome = runMetaCommand(source: source.source, at: statement.range)
        case .query:
            if let compilation = source.compilation(of: prepared, parameters: parameters, reports: workspace.reportMonths) {
                outcome = runQuery(compilation, in: source.source, range: statement.range)
            } else {
                outcome = runQuery(source.source, range: statement.range)
            }
        }
        if case .outputFailed = outcome { return outcome }
        if !output.publish(protecting: registersRead, reportingTo: Terminal.writeError) { return .failed(exitStatus: 2) }
        return outcome
    }

    /// Compiles the query in `range` of `source` against the workspace, then runs it.
    func runQuery(_ source: SourceFile, range: SourceRange) -> Outcome {
        let compilation = Compiler.compile(source, range: range, parameters: parameters, reports: workspace.reportMonths)
        return runQuery(compilation, in: source, range: range)
    }

    /// Runs a compiled query: the workspace is read again whole if the plan reads a column
    /// a batch run did not load, the plan is linted against the register's values, and
    /// then run and its result written.
    func runQuery(_ compilation: Compilation, in source: SourceFile, range: SourceRange) -> Outcome {
        let plan: Plan
        switch checkedPlan(compilation, in: source) {
        case .failure(let failed): return failed.outcome
        case .success(let checked): plan = checked
        }
        if failsOnRows, plan.alwaysGivesOneRow {
            Terminal.writeError("note: --fail-on-rows: this query always returns one row, so the gate always fails;"
                + " gate on a count with having (select count(*) where … having count > 0) or on the rows themselves\n")
        }
        lastQueryText = source.text(of: range)
        if checkOnly { return .success }

        let started = Self.now()
        let result: QueryResult
        do {
            result = try answers?.result(for: plan) ?? Evaluator(workspace.scope, isCancelled: isCancelled).run(plan)
        } catch {
            Terminal.writeError("interrupted\n")
            return .failed(exitStatus: 1)
        }
        if workspace.fileChangedSinceLoad {
            Terminal.writeError("\(workspace.source.name): \(RegisterFileChange.message): no answer given; run it again\n")
            return .failed(exitStatus: 2)
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

    /// The plan of a compiled query, linted against the register's values, its diagnostics
    /// reported; the workspace is read again whole first if the plan reads a column a
    /// batch run did not load. The outcome that stops the run when it has errors.
    func checkedPlan(_ compilation: Compilation, in source: SourceFile, reporting: Bool = true) -> Result<Plan, Stopped> {
        let answered = compilation.plan.flatMap { answers?.result(for: $0) } != nil
        if !answered, let plan = compilation.plan, !workspace.canRun(plan), !loadWhole() { return .failure(Stopped(outcome: .failed(exitStatus: 2))) }
        let compiled = compilation.linted(with: answered ? answers!.values : workspace.register.built)
        let diagnostics = strict ? compiled.diagnostics.map(\.asError) : compiled.diagnostics
        if reporting { report(diagnostics, in: source) }
        guard let plan = compiled.plan, !diagnostics.hasErrors else { return .failure(Stopped(outcome: .failed(exitStatus: 1))) }
        return .success(plan)
    }

    /// Why a statement did not run: the outcome the run stops with, its reason reported.
    public struct Stopped: Error {
        public let outcome: Outcome
    }

    /// The result of the query in `range` of `source`, taken the way every statement
    /// runs (compiled with the session's parameters and reports, linted, its diagnostics
    /// reported, run over the workspace), for a command that lays results out itself
    /// (`regq report`). `explain` is refused: it has no result to show. `quietly` reports
    /// nothing (a statement run again later, reported then).
    public func result(of range: SourceRange, in source: SourceFile, quietly: Bool = false) -> Result<QueryResult, Stopped> {
        let compilation = Compiler.compile(source, range: range, parameters: parameters, reports: workspace.reportMonths)
        let plan: Plan
        switch checkedPlan(compilation, in: source, reporting: !quietly) {
        case .failure(let failed): return .failure(failed)
        case .success(let checked): plan = checked
        }
        guard !plan.isExplain else {
            if !quietly { report([.error("explain shows how a query runs, not a result to lay out; leave out explain", at: range)], in: source) }
            return .failure(Stopped(outcome: .failed(exitStatus: 1)))
        }
        do {
            return .success(try Evaluator(workspace.scope, isCancelled: isCancelled).run(plan))
        } catch {
            Terminal.writeError("interrupted\n")
            return .failure(Stopped(outcome: .failed(exitStatus: 1)))
        }
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

    /// The whole register queries run on: the one loaded, or, when a batch run loaded only
    /// the columns its statements were judged to read, the workspace read again whole.
    /// Nil (the reason reported) when that read failed.
    public func wholeRegister() -> Register? {
        guard loadWhole() else { return nil }
        return workspace.wholeRegister
    }

    /// Reads the workspace again whole if a batch run loaded it in part; false, the reason
    /// reported, when that read failed. Its notes were shown when it was first loaded.
    func loadWhole() -> Bool {
        if workspace.isWhole { return true }
        guard let whole = workspace.source.loadReporting(showingNotes: false) else { return false }
        workspace = whole
        return true
    }

    /// Switches to the register or history `source` gives (`.load`); false, the reason
    /// reported, when it was refused.
    func switchWorkspace(to source: WorkspaceSource) -> Bool {
        guard let loaded = source.loadReporting() else { return false }
        workspace = loaded
        for file in loaded.filesRead { noteRegisterRead(file) }
        return true
    }

    /// What the reader assumed in loading a register, on stderr, each as `note: …`.
    public static func show(_ registerNotes: [String]) {
        for note in registerNotes { Terminal.writeError("note: \(note)\n") }
    }

    func report(_ diagnostics: [Diagnostic], in source: SourceFile) {
        DiagnosticReport.write(diagnostics, in: source)
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
        if pagerAllowed, pagesLongResults, !pagerFailed, let pager = Pager.command, case .standardOutput = output, Pager.isNeeded(for: text) {
            if Pager.show(text, through: pager) { return .success }
            pagerFailed = true
            Terminal.writeError("note: the pager '\(pager)' could not be started; results are shown as they are (.pager on tries again)\n")
        }
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

    /// Writes one statement's result: gathered into one document when a batch run's
    /// results are JSON (`gathersJSON`); a Markdown table after another with a blank line
    /// between, so that each stays a table of its own; else as it is.
    func emitResult(_ text: String) -> Outcome {
        let followsMarkdownTable = markdownTableWritten
        markdownTableWritten = format == .markdown
        if format == .markdown, followsMarkdownTable { return emit("\n" + text) }
        guard gathersJSON, format == .json else { return emit(text) }
        let now = jsonDocument.add(text)
        return now.isEmpty ? .success : emit(now)
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
        markdownTableWritten = false
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
        markdownTableWritten = false
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
