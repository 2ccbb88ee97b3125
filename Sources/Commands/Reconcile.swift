import Output
import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
import Shell

/// What `regq reconcile` was asked for.
public struct ReconcileOptions: Sendable {
    /// The summary file; nil = the embedded copy of Data/summary.csv.
    public var summaryPath: String?
    /// Another register; nil = the embedded one.
    public var registerPath: String?
    /// The sheet of a workbook register (`--sheet`); nil reads every register sheet.
    public var sheet: String?
    public var format: OutputFormat
    /// Exit 1 when any figure differs.
    public var strict: Bool

    public init(summaryPath: String?, registerPath: String?, sheet: String? = nil, format: OutputFormat, strict: Bool) {
        self.summaryPath = summaryPath
        self.registerPath = registerPath
        self.sheet = sheet
        self.format = format
        self.strict = strict
    }
}

/// `regq reconcile`: every figure the report's summary tables publish beside the figure
/// its query computes from the register, and the difference (computed − published).
///
/// The report's own summary and detail tables disagree in places, and showing where is
/// the point, so a difference is not a failure: the exit status is 0, or 1 with
/// `--strict` when any figure differs. A summary file that cannot be used — unreadable,
/// malformed, a query that does not parse or check, or does not give one count — is
/// refused whole: every problem is reported (`FILE:LINE:COL` for queries), nothing is
/// printed on standard output, and the exit status is 2.
public enum Reconcile {
    /// How diagnostics name the embedded summary.
    public static let embeddedName = "<embedded summary.csv>"

    public static let columns = [
        ResultTable.Column(name: "table", type: .text), ResultTable.Column(name: "row", type: .text),
        ResultTable.Column(name: "column", type: .text), ResultTable.Column(name: "published", type: .integer),
        ResultTable.Column(name: "computed", type: .integer), ResultTable.Column(name: "difference", type: .integer),
    ]

    public static func run(_ options: ReconcileOptions) -> Int32 {
        guard let source = RegisterChoice.register(path: options.registerPath, sheet: options.sheet).workspaceSource(),
              let register = source.loadReporting()?.wholeRegister else { return 2 }
        let read = options.summaryPath.map { SummaryFile.read(path: $0) }
            ?? SummaryFile.read(SourceFile(name: embeddedName, text: embeddedSummaryCSV))
        let summary: SummaryFile
        switch read {
        case .success(let file): summary = file
        case .failure(let problems):
            Terminal.writeError(problems.lines.map { $0 + "\n" }.joined() + "summary refused: nothing was reconciled\n")
            return 2
        }

        let outcome = reconcile(summary, register: register)
        DiagnosticReport.write(outcome.diagnostics, in: summary.source)
        for problem in outcome.problems { Terminal.writeError(problem + "\n") }
        guard let table = outcome.table else {
            Terminal.writeError("summary refused: nothing was reconciled\n")
            return 2
        }
        let destination = ResultDestination.standardOutput
        let rendering = Formatter.render(table, as: options.format, options: destination.options)
        for note in rendering.notes { Terminal.writeError("note: \(note)\n") }
        if let failure = Terminal.write(rendering.text, to: 1) {
            return failure.exitStatusAfterReporting()
        }
        let figures = table.rowCount
        let noun = figures == 1 ? "figure" : "figures", verb = outcome.differing == 1 ? "differs" : "differ"
        Terminal.writeError("note: \(outcome.differing) of \(figures) published \(noun) \(verb) from the register\n")
        return options.strict && outcome.differing > 0 ? 1 : 0
    }

    /// What reconciling gives: the table (nil when the summary was refused), the
    /// diagnostics to print (each placed in the summary file), other problems as lines,
    /// and how many figures differ.
    public struct Outcome {
        public var table: ResultTable?
        public var diagnostics: [Diagnostic]
        public var problems: [String]
        public var differing: Int
    }

    /// Runs every figure's query; pure apart from the register it reads.
    public static func reconcile(_ summary: SummaryFile, register: Register) -> Outcome {
        var outcome = Outcome(table: nil, diagnostics: [], problems: [], differing: 0)
        var rows: [[Value]] = []
        var failed = false
        for figure in summary.figures {
            let text = summary.queryText(figure)
            func inFile(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
                diagnostics.map { diagnostic in
                    var placed = diagnostic
                    placed.range = SourceRange(start: text.toFile(diagnostic.range.start), end: text.toFile(diagnostic.range.end))
                    return placed
                }
            }
            let compiled = Compiler.compile(text.source, range: text.range).linted(with: register)
            outcome.diagnostics += inFile(compiled.diagnostics)
            guard let plan = compiled.plan else {
                failed = true
                continue
            }
            let location = "\(summary.source.name):\(figure.line)"
            guard !plan.isExplain else {
                outcome.problems.append("\(location): expected a query giving one count, found explain")
                failed = true
                continue
            }
            guard let result = try? Evaluator(register: register).run(plan) else {
                outcome.problems.append("\(location): the query was interrupted")
                failed = true
                continue
            }
            let table = result.table
            guard table.rowCount == 1, table.columns.count == 1, case .integer(let computed) = table.value(row: 0, column: 0) else {
                let shape = "\(table.rowCount) row\(table.rowCount == 1 ? "" : "s") of \(table.columns.count) column\(table.columns.count == 1 ? "" : "s")"
                outcome.problems.append("\(location): expected a query giving one count, like select count(*) from BP where status = blocked; found \(shape)")
                failed = true
                continue
            }
            if computed != figure.published { outcome.differing += 1 }
            rows.append([.text(figure.table), .text(figure.row), .text(figure.column),
                         .integer(figure.published), .integer(computed), .integer(computed - figure.published)])
        }
        if !failed { outcome.table = ResultTable(columns: columns, rows: rows) }
        return outcome
    }
}
