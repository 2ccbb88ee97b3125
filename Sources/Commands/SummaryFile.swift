import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel

/// `Data/summary.csv`: the figures the report's summary tables publish, one a record,
/// each with the query that computes it from the register:
///
///     table,row,column,published,query
///     Key Blocking Issues,Interface Approach,No. of Artefacts Blocked,7,select count(*) where blocker = 'Interface Approach'
///
/// The header may come in any column order; `published` is a whole number. The file is
/// read whole or refused whole, every problem reported as `FILE:LINE: …`, as the register
/// is. Each query keeps where it stands in the file, so that a diagnostic about it points
/// at the file's own line and column.
public struct SummaryFile: Sendable {
    public static let columns = ["table", "row", "column", "published", "query"]

    /// One published figure.
    public struct Figure: Sendable {
        public var table: String
        public var row: String
        public var column: String
        public var published: Int
        public var query: String
        /// The record's line in the file.
        public var line: Int
        /// Where the query's text stands in the file (inside the quotes of a quoted field).
        var queryRange: SourceRange
        /// The query is the bytes of `queryRange` (it holds no `""`).
        var isVerbatim: Bool
    }

    public let source: SourceFile
    public let figures: [Figure]

    /// Reads the file at `path`; the problems, as printable lines, when it cannot be used.
    public static func read(path: String) -> Result<SummaryFile, SummaryProblems> {
        switch FileBytes.read(path: path) {
        case .success(let bytes): read(SourceFile(name: path, bytes: bytes))
        case .failure(let failure): .failure(SummaryProblems(lines: ["\(path): cannot read the summary: \(failure.reason)"]))
        }
    }

    public static func read(_ source: SourceFile) -> Result<SummaryFile, SummaryProblems> {
        var problems: [String] = []
        func problem(_ line: Int, _ message: String) { problems.append("\(source.name):\(line): \(message)") }

        let records: [CSVScanner.LocatedRecord]
        switch CSVScanner.locatedRecords(in: source.bytes) {
        case .success(let scanned): records = scanned
        case .failure(let failure):
            for found in failure.all { problem(found.line, found.message) }
            return .failure(SummaryProblems(lines: problems))
        }
        guard let header = records.first else {
            return .failure(SummaryProblems(lines: ["\(source.name):1: the summary is empty (expected the header \(columns.joined(separator: ",")))"]))
        }
        var index: [String: Int] = [:]
        for (position, field) in header.fields.enumerated() {
            let name = field.value.trimmingASCIISpaces().lowercased()
            if !columns.contains(name) {
                problem(header.line, "unknown column '\(field.value)' (expected \(columns.joined(separator: ",")))")
            } else if index[name] != nil {
                problem(header.line, "column '\(name)' appears twice")
            } else {
                index[name] = position
            }
        }
        for name in columns where index[name] == nil { problem(header.line, "missing column '\(name)'") }
        guard problems.isEmpty else { return .failure(SummaryProblems(lines: problems)) }

        var figures: [Figure] = []
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                problem(record.line, "expected \(header.fields.count) fields, found \(record.fields.count)")
                continue
            }
            func field(_ name: String) -> CSVScanner.LocatedField { record.fields[index[name]!] }
            let publishedText = field("published").value.trimmingASCIISpaces()
            guard let published = Int(publishedText), published >= 0 else {
                problem(record.line, "column 'published': '\(publishedText)' is not a count (expected a whole number)")
                continue
            }
            let query = field("query")
            guard !query.value.trimmingASCIISpaces().isEmpty else {
                problem(record.line, "column 'query' is empty")
                continue
            }
            figures.append(Figure(table: field("table").value, row: field("row").value, column: field("column").value,
                                  published: published, query: query.value, line: record.line,
                                  queryRange: SourceRange(start: query.range.lowerBound, end: query.range.upperBound),
                                  isVerbatim: query.isVerbatim))
        }
        guard problems.isEmpty else { return .failure(SummaryProblems(lines: problems)) }
        return .success(SummaryFile(source: source, figures: figures))
    }

    /// A figure's query as the parser reads it, and the way back from its offsets to the
    /// file's, so that every diagnostic is shown on the file's own line, caret under the
    /// token. A query field without `""` is parsed in place, in the file itself; one with
    /// `""` is parsed from a copy of the file with that field decoded (and padded to its
    /// length, so that other lines keep their places), its offsets mapped back past each
    /// doubled quote.
    struct QueryText {
        var source: SourceFile
        var range: SourceRange
        var toFile: @Sendable (Int) -> Int
    }

    func queryText(_ figure: Figure) -> QueryText {
        if figure.isVerbatim { return QueryText(source: source, range: figure.queryRange, toFile: { $0 }) }
        let raw = figure.queryRange
        let decoded = Array(figure.query.utf8)
        var bytes = Array(source.bytes[..<raw.start])
        bytes += decoded
        bytes += Array(repeating: 0x20, count: max(0, raw.end - raw.start - decoded.count))
        bytes += source.bytes[raw.end...]
        let copy = SourceFile(name: source.name, bytes: bytes)
        let toFile: @Sendable (Int) -> Int = { offset in
            guard offset > raw.start else { return offset }
            let inside = min(offset - raw.start, decoded.count)
            let quotes = decoded[..<inside].reduce(0) { $0 + ($1 == 0x22 ? 1 : 0) }
            return offset <= raw.start + decoded.count ? raw.start + inside + quotes : offset - raw.start - decoded.count + raw.end
        }
        return QueryText(source: copy, range: SourceRange(start: raw.start, end: raw.start + decoded.count), toFile: toFile)
    }
}

/// Why a summary file cannot be used: one `FILE:LINE: message` a line.
public struct SummaryProblems: Error, Sendable {
    public var lines: [String]
}

extension String {
    func trimmingASCIISpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
