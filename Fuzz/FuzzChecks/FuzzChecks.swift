import Output
import QueryEngine
import ColumnStore
import RegisterCSV
import RegisterModel

// Checks the fuzz targets share: what must hold of any text shown and any result table.

/// No C0 control but the line break, no DEL, no C1 control.
public func requireSafe(_ text: String, _ what: String) {
    for scalar in text.unicodeScalars where scalar != "\n" {
        if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F) {
            fatalError("\(what) holds the raw control character U+\(String(scalar.value, radix: 16)): \(text.debugDescription)")
        }
    }
}

/// The data formats' structure: the CSV reads back as one record per row, each with one
/// field per column (a lone empty cell is written `""`); the TSV is one line per row,
/// one tab between cells; JSON Lines one line per row.
public func checkDataFormats(_ table: ResultTable, _ what: String) {
    let csv = Formatter.render(table, as: .csv, options: OutputOptions()).text
    switch CSVScanner.records(in: Array(csv.utf8)) {
    case .failure(let problems):
        fatalError("\(what): the csv does not read back: \(problems.all.map(\.message)): \(csv.debugDescription)")
    case .success(let records):
        precondition(records.count == table.rowCount + 1, "\(what): \(records.count) csv records for \(table.rowCount) rows")
        for record in records {
            precondition(record.fields.count == table.columns.count, "\(what): a csv record of \(record.fields.count) fields, not \(table.columns.count)")
        }
    }
    let tsv = Formatter.render(table, as: .tsv, options: OutputOptions()).text
    let lines = tsv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    precondition(lines.count == table.rowCount + 1, "\(what): \(lines.count) tsv lines for \(table.rowCount) rows")
    for line in lines {
        precondition(line.utf8.filter { $0 == 0x09 }.count == table.columns.count - 1, "\(what): a tsv line with the wrong number of tabs")
    }
    let jsonl = Formatter.render(table, as: .jsonl, options: OutputOptions()).text
    precondition(jsonl.utf8.filter { $0 == 0x0A }.count == table.rowCount, "\(what): jsonl lines are not one per row")
}
