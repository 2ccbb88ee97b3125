import QueryEngine
import ColumnStore
import RegisterCSV
import RegisterModel

/// RFC 4180 CSV through the register writer's own encoding, so that the CSV of
/// `select *` is a register file, byte for byte: lists `;`-joined, months `May-22` /
/// `TBC`, kinds as codes, null empty, LF line ends; a pivot's total row labelled
/// `(total)` (`CellText.totalRowLabel`).
enum CSVFormatter {
    static func render(_ table: ResultTable, stoppingWhen stop: () -> Bool = { false }) -> String {
        var out: [UInt8] = []
        CSVEncoding.appendRecord(table.columns.map(\.name), to: &out)
        let width = table.columns.count
        var cell: [UInt8] = []
        let registerCellText = table.registerCellText
        for row in 0 ..< table.rowCount {
            if RenderStop.before(row, stop) { break }
            for column in 0 ..< width {
                if column > 0 { out.append(0x2C) }
                cell.removeAll(keepingCapacity: true)
                if let registerCellText {
                    registerCellText(row, column, &cell)
                } else {
                    cell += CellText.data(table, row: row, column: column).utf8
                }
                if width == 1 && cell.isEmpty {
                    // A blank line would be skipped by most CSV readers, losing the row.
                    out += [0x22, 0x22]
                } else {
                    CSVEncoding.appendField(cell, to: &out)
                }
            }
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
