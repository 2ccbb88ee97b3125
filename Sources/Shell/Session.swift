#if canImport(Glibc)
import Glibc
#endif
import Output
import QueryEngine
import QueryLanguage
import Register

/// The state one run of regq carries between statements — the register, parameters,
/// output format and destination — and the running of statements and meta-commands.
/// Batch mode and the REPL share it; only they read the terminal or exit.
public final class Session {
    public var register: Register
    /// How messages name the register: a path, or `<embedded>`.
    public var registerName: String
    public var parameters: [String: String]
    public var format: OutputFormat
    /// `--check`: parse and check every statement, run none.
    public var checkOnly = false
    public var timer = false
    /// Polled while a query runs; true abandons it (Ctrl-C in the REPL).
    public var isCancelled: () -> Bool = { false }
    /// Whether any query so far returned at least one row (`--fail-on-rows`).
    public private(set) var anyRows = false
    /// The text of the last query that ran, for `.save`.
    public private(set) var lastQueryText: String?
    /// Where `.save`, `.queries` and `.run` keep saved queries.
    public var queriesFolder = "Queries"

    var output: ResultDestination = .standardOutput
    var readDepth = 0

    public enum Outcome: Equatable, Sendable {
        case success
        /// The run stops; the process exits with this status (1 statement, 2 file/register).
        case failed(exitStatus: Int32)
        /// `.quit` or `.exit`.
        case quit
    }

    public init(register: Register, registerName: String, parameters: [String: String] = [:], format: OutputFormat = .table) {
        self.register = register
        self.registerName = registerName
        self.parameters = parameters
        self.format = format
    }

    // MARK: - Running

    /// Runs every statement of `source` in turn, stopping at the first that fails.
    public func run(_ source: SourceFile) -> Outcome {
        for statement in StatementSplitter.split(source) {
            let outcome = run(statement, in: source)
            if outcome != .success { return outcome }
        }
        return .success
    }

    public func run(_ statement: Statement, in source: SourceFile) -> Outcome {
        switch statement.kind {
        case .metaCommand: return runMetaCommand(source.text(of: statement.range), source: source, at: statement.range)
        case .query: return runQuery(source, range: statement.range)
        }
    }

    func runQuery(_ source: SourceFile, range: SourceRange) -> Outcome {
        let (query, syntaxDiagnostics) = Parser.parse(source, range: range)
        report(syntaxDiagnostics, in: source)
        guard let query, !syntaxDiagnostics.hasErrors else { return .failed(exitStatus: 1) }
        let (plan, checkDiagnostics) = Checker.check(query, source: source, register: register, parameters: parameters)
        report(checkDiagnostics, in: source)
        guard let plan else { return .failed(exitStatus: 1) }
        lastQueryText = source.text(of: range)
        if checkOnly { return .success }

        let started = Self.now()
        let result: QueryResult
        do {
            result = try Evaluator(register: register, isCancelled: isCancelled).run(plan)
        } catch {
            Terminal.writeError("interrupted\n")
            return .failed(exitStatus: 1)
        }
        for note in result.notes { Terminal.writeError("note: \(note)\n") }
        if plan.isExplain {
            emit(plan.canonicalText + "\n" + Self.traceLine(result.trace) + "\n")
        } else {
            emit(Formatter.render(result.table, as: format, options: output.options))
            if result.table.dataRowCount > 0 { anyRows = true }
        }
        if timer {
            let elapsed = Double(Self.now() - started) / 1_000_000
            Terminal.writeError("time: \(Self.milliseconds(elapsed)) ms\n")
        }
        return .success
    }

    /// `89 → kind in (IF) 40 → status = blocked 33 → dag < May-22 6`
    static func traceLine(_ trace: [ExplainStep]) -> String {
        trace.map { $0.label.isEmpty ? String($0.count) : "\($0.label) \($0.count)" }.joined(separator: " → ")
    }

    /// At most this many diagnostics are shown for one statement; the rest are counted.
    static let diagnosticCap = 20

    func report(_ diagnostics: [Diagnostic], in source: SourceFile) {
        let renderer = DiagnosticRenderer(useColor: Terminal.allowsColor(2))
        for diagnostic in diagnostics.prefix(Self.diagnosticCap) { Terminal.writeError(renderer.render(diagnostic, in: source)) }
        if diagnostics.count > Self.diagnosticCap {
            Terminal.writeError("note: \(diagnostics.count - Self.diagnosticCap) more diagnostics not shown\n")
        }
    }

    /// Results go to standard output, or to the `.output` file.
    func emit(_ text: String) {
        output.write(text)
    }

    /// Writes out anything still held for an `.output` file.
    public func finish() -> Outcome {
        output.close(reportingTo: Terminal.writeError) ? .success : .failed(exitStatus: 2)
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

/// Where results are written: the terminal (or pipe), or a file given to `.output`, which
/// is written whole, atomically, when the output is switched back or the session ends.
enum ResultDestination {
    case standardOutput
    case file(path: String, text: String)

    var options: OutputOptions {
        switch self {
        case .standardOutput:
            OutputOptions(width: Terminal.width(1), useColor: Terminal.allowsColor(1), unicode: Terminal.isUTF8)
        case .file:
            OutputOptions(width: nil, useColor: false, unicode: true)
        }
    }

    mutating func write(_ text: String) {
        switch self {
        case .standardOutput: Terminal.write(text, to: 1)
        case .file(let path, let held): self = .file(path: path, text: held + text)
        }
    }

    /// Writes a held file out; false (with the reason reported) when it could not be written.
    mutating func close(reportingTo report: (String) -> Void) -> Bool {
        defer { self = .standardOutput }
        guard case .file(let path, let text) = self else { return true }
        if case .failure(let failure) = FileBytes.writeAtomically(Array(text.utf8), to: path) {
            report("error: cannot write \(path): \(failure.reason)\n")
            return false
        }
        return true
    }
}
