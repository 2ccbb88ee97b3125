import QueryEngine
import RegisterModel

/// A GitHub pipe table for pasting into reports: padded so that the raw text lines up
/// too, integer columns right-aligned (`--:`), no row count; a pivot's total row is the
/// last row with its first cell in bold.
///
/// Inside a cell `|` becomes `\|` and `\` becomes `\\` (so that a backslash in the data
/// cannot escape the next pipe), and control characters are escaped as in `table`, so a
/// line break in the data never breaks the table.
enum MarkdownFormatter {
    static func render(_ table: ResultTable, stoppingWhen stop: () -> Bool = { false }) -> String {
        let columns = table.columns
        let headers = columns.map { escaped($0.name) }
        var rows: [[String]] = []
        rows.reserveCapacity(table.rowCount)
        for row in 0 ..< table.rowCount {
            if RenderStop.before(row, stop) { break }
            let isTotal = table.isTotalRow(row)
            var cells = columns.indices.map { escaped(CellText.shown(table, row: row, column: $0, listSeparator: ", ")) }
            if isTotal, let first = cells.first, !first.isEmpty {
                cells[0] = "**" + first + "**"
            }
            rows.append(cells)
        }

        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        let rightAligned = columns.map { $0.type == .integer }

        func line(_ cells: [String]) -> String {
            var out = "|"
            for (index, cell) in cells.enumerated() {
                out += " " + DisplayWidth.pad(cell, textWidth: DisplayWidth.of(cell), to: widths[index], right: rightAligned[index]) + " |"
            }
            return out + "\n"
        }
        var out = line(headers)
        out += "|"
        for (index, width) in widths.enumerated() {
            out += rightAligned[index] ? String(repeating: "-", count: width + 1) + ":|" : String(repeating: "-", count: width + 2) + "|"
        }
        out += "\n"
        for row in rows { out += line(row) }
        return out
    }

    /// A cell's text made safe for a pipe table.
    static func escaped(_ text: String) -> String {
        TerminalText.escaped(text, backslashing: ["|", "\\"])
    }
}
