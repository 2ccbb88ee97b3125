import FuzzChecks
import Output
import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel

// libFuzzer target: a byte string through the whole statement pipeline — splitter,
// lexer, parser, checker, evaluator on the embedded register, every output format and
// the diagnostic renderer. Build and run with `make fuzz`. Besides "no crash, no hang,
// no leak" it checks what must hold for every input:
//
// - rendered diagnostics and the terminal formats (table, markdown, bar, timeline,
//   trend) hold no control character but the line break;
// - diagnostics lie within the input; the CSV, TSV and JSON Lines have one record per
//   row and one field per column;
// - a statement that checks has a canonical text (`explain`, `.save`) that parses and
//   checks again, to the same canonical text;
// - run over a register read with only the fields its plan reads, those it only shows
//   read for the rows shown (as a batch run reads one), a statement gives the same CSV as
//   over the whole register.

/// What every input shares, made once (static, so initialised on first use).
enum Shared {
    /// Parameters, so that `$month`, `$kind`, `$n`… in the seeds resolve.
    static let parameters = ["month": "May-22", "cutoff": "May-22", "from": "Feb-22", "to": "Apr-22", "kind": "IF",
                             "status": "blocked", "n": "3", "text": "Interface", "field": "dag"]
    static let register = Register.embedded
    static let registerBytes = Array(RegisterWriter.csv(Register.embedded).utf8)
    static let renderer = DiagnosticRenderer(useColor: false)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func statementFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceFile(name: "<fuzz>", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    for statement in StatementSplitter.split(source) where statement.kind == .query {
        run(source, statement.range)
    }
    return 0
}

func run(_ source: SourceFile, _ range: SourceRange) {
    let compiled = Compiler.compile(source, range: range, parameters: Shared.parameters).linted(with: Shared.register)
    renderAll(compiled.diagnostics, source)
    guard let plan = compiled.plan else { return }
    checkCanonicalText(plan.canonicalText, of: source.text(of: range))
    let result: QueryResult
    do {
        result = try Evaluator(register: Shared.register).run(plan)
    } catch {
        fatalError("cancelled without being asked to")
    }
    for format in OutputFormat.allCases {
        let text = Formatter.render(result.table, as: format, options: OutputOptions()).text
        if [.table, .markdown, .bar, .timeline, .trend].contains(format) { requireSafe(text, "\(format) output") }
    }
    // A narrow terminal without UTF-8: columns shortened, `...` for `…`.
    let narrow = OutputOptions(width: 40, useColor: false, unicode: false)
    for format in [OutputFormat.table, .bar, .timeline, .trend] {
        requireSafe(Formatter.render(result.table, as: format, options: narrow).text, "\(format) output, 40 columns")
    }
    checkDataFormats(result.table, "the statement")
    checkProjectedRegister(plan, gives: Formatter.render(result.table, as: .csv, options: OutputOptions()).text, source.text(of: range))
}

/// The plan over a register holding only `plan.fieldsRead` — the fields it only shows
/// located, read for the rows shown — answers as over the whole one.
func checkProjectedRegister(_ plan: Plan, gives whole: String, _ text: String) {
    let shown = plan.fieldsOnlyShown
    guard case .success(let projected) = RegisterReader.readPart(bytes: Shared.registerBytes, file: "<projected>",
                                                                 fields: plan.fieldsRead.subtracting(shown), located: shown) else {
        fatalError("the embedded register did not read back")
    }
    guard let result = try? Evaluator(register: projected).run(plan) else { fatalError("cancelled without being asked to") }
    let csv = Formatter.render(result.table, as: .csv, options: OutputOptions()).text
    precondition(csv == whole, "reading only \(plan.fieldsRead.fields.map(\.name)) changed the answer to: \(text)")
}

func renderAll(_ diagnostics: [Diagnostic], _ source: SourceFile) {
    for diagnostic in diagnostics {
        let range = diagnostic.range
        precondition(0 <= range.start && range.start <= range.end && range.end <= source.bytes.count,
                     "a diagnostic at \(range) in \(source.bytes.count) bytes: \(diagnostic.message)")
        let text = Shared.renderer.render(diagnostic, in: source)
        requireSafe(text, "diagnostic")
        // A window around the caret and a message cut in its middle, whatever the input.
        precondition(text.utf8.count <= 8192, "an overlong diagnostic: \(text.utf8.count) bytes")
    }
}

/// The canonical text of a checked statement checks again, to itself.
func checkCanonicalText(_ canonical: String, of original: String) {
    let again = SourceFile(name: "<canonical>", text: canonical)
    let compiled = Compiler.compile(again, parameters: Shared.parameters).linted(with: Shared.register)
    guard let plan = compiled.plan else {
        fatalError("canonical text does not compile: \(canonical) (from \(original)): \(compiled.diagnostics.map(\.message))")
    }
    precondition(plan.canonicalText == canonical, "canonical text is not stable: \(canonical) → \(plan.canonicalText)")
}

