import FuzzChecks
import Output
import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel

// libFuzzer target: a byte string as a register file. Besides "no crash, no hang, no
// leak" it checks that
//
// - a refused file gives at most `RegisterReader.problemCap` listed problems;
// - an accepted file writes back (`RegisterWriter`, the CSV of `select *`) to a file
//   that reads as the same register;
// - queries over it render in every format, the terminal formats (table, markdown, bar,
//   timeline, trend) with no raw control character from the data.

/// The queries run over every register read (static, so initialised on first use).
enum Shared {
    static let queries = [
        "select *",
        "select * group by status",
        "select ref, name, blocker where blocker contains 'a' or name like '%_%' order by name desc limit 50",
        "select * group by kind pivot dag",
        "select count(*), min(dag), max(sg), list(distinct subgroups), count(distinct blocker)",
        "select subgroups, count(*) group by subgroups having count > 1 order by count desc",
        "explain select IF where status = blocked and dag < May-22",
    ]
}

@_cdecl("LLVMFuzzerTestOneInput")
public func registerFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch RegisterReader.read(bytes: bytes, file: "<fuzz>") {
    case .failure(let error):
        precondition(!error.problems.isEmpty, "a refusal without a reason")
        precondition(error.problems.count <= RegisterReader.problemCap, "\(error.problems.count) problems listed")
        _ = error.description
    case .success(let register):
        let written = RegisterWriter.csv(register)
        guard case .success(let again) = RegisterReader.read(bytes: Array(written.utf8), file: "<written>") else {
            fatalError("the written register does not read back: \(written.debugDescription)")
        }
        precondition(artefacts(again) == artefacts(register), "the written register reads back different: \(written.debugDescription)")
        for query in Shared.queries { run(query, on: register) }
    }
    return 0
}

func artefacts(_ register: Register) -> [Artefact] {
    (0 ..< register.rowCount).map(register.artefact(at:))
}

func run(_ text: String, on register: Register) {
    let source = SourceFile(name: "<query>", text: text)
    let compiled = Compiler.compile(source).linted(with: register)
    // The queries are fixed and valid: whatever the register holds, they compile.
    guard let plan = compiled.plan else { fatalError("\(text): \(compiled.diagnostics.map(\.message))") }
    let result: QueryResult
    do {
        result = try Evaluator(register: register).run(plan)
    } catch {
        fatalError("cancelled without being asked to")
    }
    for format in OutputFormat.allCases {
        let rendered = Formatter.render(result.table, as: format, options: OutputOptions()).text
        if [.table, .markdown, .bar, .timeline, .trend].contains(format) { requireSafe(rendered, "\(format) output of \(text)") }
    }
    let narrow = OutputOptions(width: 40, useColor: false, unicode: false)
    for format in [OutputFormat.table, .bar, .timeline, .trend] {
        requireSafe(Formatter.render(result.table, as: format, options: narrow).text, "\(format) output of \(text), 40 columns")
    }
    checkDataFormats(result.table, "\(text)")
    if text == "select *" {
        let csv = Formatter.render(result.table, as: .csv, options: OutputOptions()).text
        guard case .success(let again) = RegisterReader.read(bytes: Array(csv.utf8), file: "<csv>") else {
            fatalError("the csv of select * is not a register file: \(csv.debugDescription)")
        }
        precondition(artefacts(again) == artefacts(register), "the csv of select * reads back different")
    }
}
