import QueryEngine
import RegisterModel

/// A result as the terminal layouts show it: every header and cell already turned into
/// escaped text, with the width each column would take unshortened. `table` and
/// `vertical` both start here, so that they show the same text for the same cell.
struct TableCells {
    let headers: [String]
    let rows: [[String]]
    /// Each column's widest header or cell, in display columns.
    let naturalWidths: [Int]
    /// Integers, shown to the right in a table.
    let rightAligned: [Bool]
    /// Text and list columns, which may be shortened with `…`; the rest never are.
    let shortenable: [Bool]
    /// The last row is a pivot's total row.
    let hasTotalRow: Bool
    /// A diff's columns that may hold a change: a blank cell there is unchanged, and
    /// vertical rows leave it out.
    let blankIsUnchanged: [Bool]
    /// Rows counted in the footer (the total row is not one).
    let dataRowCount: Int

    /// The cells of `table`; only those of the rows before `stop` said true, if it did.
    init(_ table: ResultTable, stoppingWhen stop: () -> Bool = { false }) {
        let columns = table.columns
        headers = columns.map { TerminalText.data($0.name) }
        var rows: [[String]] = []
        rows.reserveCapacity(table.rowCount)
        for row in 0 ..< table.rowCount {
            if RenderStop.before(row, stop) { break }
            rows.append(columns.indices.map { TerminalText.data(CellText.shown(table, row: row, column: $0, listSeparator: ", ")) })
        }
        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            // A cell's display width is never more than its UTF-8 length.
            for (index, cell) in row.enumerated() where cell.utf8.count > widths[index] {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        self.rows = rows
        naturalWidths = widths
        rightAligned = columns.map { $0.type == .integer }
        shortenable = columns.map { $0.type == .text || $0.type == .list }
        hasTotalRow = table.hasTotalRow
        blankIsUnchanged = columns.indices.map(table.isBlankWhereNone)
        dataRowCount = table.dataRowCount
    }

    /// The columns that hold one value in every row of data, when there are at least two
    /// (a pivot's columns never: each cell is a count of its own).
    var constantColumns: [Int] {
        guard dataRowCount >= 2, !hasTotalRow, rows.count >= 2 else { return [] }
        return headers.indices.filter { column in
            let first = rows[0][column]
            return rows.allSatisfy { $0[column] == first }
        }
    }

    /// `(1 row)`, `(12 rows)`.
    var countLine: String {
        dataRowCount == 1 ? "(1 row)" : "(\(dataRowCount) rows)"
    }
}
