import QueryEngine
import Register

/// RFC 4180 CSV through the register writer's own encoding, so that the CSV of
/// `select *` is a register file, byte for byte: lists `;`-joined, months `May-22` /
/// `TBC`, kinds as codes, null empty, LF line ends.
enum CSVFormatter {
    static func render(_ table: ResultTable) -> String {
        var out = ""
        CSVEncoding.appendRecord(table.columns.map(\.name), to: &out)
        let singleColumn = table.columns.count == 1
        for row in 0 ..< table.rowCount {
            let cells = table.columns.indices.map {
                CellText.text(table.value(row: row, column: $0), listSeparator: ";")
            }
            if singleColumn && cells[0].isEmpty {
                // A blank line would be skipped by most CSV readers, losing the row.
                out += "\"\"\n"
            } else {
                CSVEncoding.appendRecord(cells, to: &out)
            }
        }
        return out
    }
}
