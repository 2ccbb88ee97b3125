import QueryEngine

/// Tab-separated values, one record a line, for `cut`, `awk` and spreadsheets: cells as
/// in CSV (lists `;`-joined, months `May-22` / `TBC`, a pivot's total row labelled
/// `(total)`), never quoted; instead a tab, CR,
/// LF or backslash inside a cell is written `\t`, `\r`, `\n`, `\\`, so that every record
/// is exactly one line and every tab is a separator.
enum TSVFormatter {
    static func render(_ table: ResultTable, stoppingWhen stop: () -> Bool = { false }) -> String {
        var out = ""
        appendRecord(table.columns.map(\.name), to: &out)
        for row in 0 ..< table.rowCount {
            if RenderStop.before(row, stop) { break }
            appendRecord(table.columns.indices.map { CellText.data(table, row: row, column: $0) }, to: &out)
        }
        return out
    }

    static func appendRecord(_ cells: [String], to out: inout String) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { out += "\t" }
            appendField(cell, to: &out)
        }
        out += "\n"
    }

    static func appendField(_ cell: String, to out: inout String) {
        guard cell.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) else {
            out += cell
            return
        }
        for scalar in cell.unicodeScalars {
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
