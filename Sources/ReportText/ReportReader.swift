import ColumnStore
import RegisterCSV
import RegisterModel

/// A report's text read: the register its detail tables hold, and the figures its
/// summary tables publish in `Data/summary.csv`'s form.
public struct ImportedReport: Sendable {
    public let register: Register
    /// `table,row,column,published,query`, a record per figure placed.
    public let summaryCSV: String
    /// Each `FILE:LINE: …`: the summary rows left out, and why.
    public let summaryNotes: [String]
}

/// Reads the text of the programme's monthly status report (as extracted from its
/// slides) into a register: docs/REPORTS.md says how. The file is read whole or refused
/// whole, every problem on its line, as a register file is.
public enum ReportReader {
    public static func read(bytes: [UInt8], file: String, known: KnownValues) -> Result<ImportedReport, RegisterError> {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(refusal(file, [ReportProblem(line: nil, message: "bytes that are not UTF-8 (save the text as UTF-8)")]))
        }
        let lines = ReportLine.lines(of: text)
        // An extraction that never ends a line with a space gives no sign of a wrap.
        var details = DetailTableReader(known: known, wrapsMarked: lines.contains { $0.endsWithSpace && !$0.isBlank })
        var summaries = SummaryTableReader(file: file)
        var problems: [ReportProblem] = []
        var sawDetail = false, sawBusinessSummary = false
        let titles = lines.indices.filter { ReportTable.isTitle(lines[$0]) }
        for (position, start) in titles.enumerated() {
            let title = lines[start]
            let page = lines[(start + 1) ..< (position + 1 < titles.count ? titles[position + 1] : lines.count)]
            switch ReportTable(title: title.trimmed) {
            case .detail(let kind):
                sawDetail = true
                details.read(page: page, kind: kind, titleGroup: ReportTable.workingGroup(ofTitle: title))
            case .businessSummary:
                sawBusinessSummary = true
                summaries.readBusiness(page: page, title: title)
            case .technicalSummary:
                summaries.readTechnical(page: page, title: title)
            case nil:
                problems.append(ReportProblem(line: title.number, message: "a page title regq does not know: '\(title.trimmed)' (expected a table's title such as 'MHHS BPRWG- Interface Specifications- Current Status')"))
            }
        }
        guard sawDetail || !problems.isEmpty else {
            return .failure(refusal(file, [ReportProblem(line: nil, message: "not a status report: no page titled as a detail table of the report (such as 'MHHS BPRWG- Interface Specifications- Current Status')")]))
        }
        problems += details.problems
        problems.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        guard problems.isEmpty else { return .failure(refusal(file, problems)) }

        var bytes = Array((Field.header + "\n").utf8)
        for row in details.rows { CSVEncoding.appendRecord(row.record, to: &bytes) }
        let register: Register
        switch RegisterReader.read(bytes: bytes, file: file) {
        case .success(let read): register = read
        case .failure(let error): return .failure(error)
        }
        let (summaryCSV, queryNotes) = summaryFile(summaries.figures, rows: details.rows, file: file)
        let missing = sawBusinessSummary ? [] : ["\(file): no business design summary page (titled 'MHHS BPRWG- Business Design Artefact Status Report'); no figures of it written"]
        return .success(ImportedReport(register: register, summaryCSV: summaryCSV, summaryNotes: missing + summaries.notes + queryNotes))
    }

    /// The figures as `Data/summary.csv`'s records, each with its query; a figure whose
    /// row or month cannot be tied to the register is left out, with a note.
    static func summaryFile(_ figures: [PublishedFigure], rows: [ImportedRow], file: String) -> (String, [String]) {
        let queries = SummaryQueries(rows: rows)
        var out = Array("table,row,column,published,query\n".utf8)
        var notes: [String] = []
        for figure in figures {
            guard let query = queries.query(for: figure) else {
                notes.append("\(file):\(figure.line): '\(figure.row)', \(figure.column): no query for this figure (the row names no kind of the register); left out")
                continue
            }
            CSVEncoding.appendRecord([figure.table, figure.row, figure.column, String(figure.published), query], to: &out)
        }
        return (String(decoding: out, as: UTF8.self), notes)
    }

    static func refusal(_ file: String, _ problems: [ReportProblem]) -> RegisterError {
        let listed = problems.prefix(RegisterReader.problemCap).map { RegisterProblem(line: $0.line, message: $0.message) }
        return RegisterError(file: file, problems: Array(listed), totalCount: problems.count)
    }
}
