import QueryEngine
import RegisterModel

/// The terminal table: a header, a rule, aligned columns two spaces apart (integers to
/// the right, the rest to the left), a pivot's total row below a second rule, and a row
/// count. On a terminal of known width the widest text columns are shortened with `…`
/// until every line fits.
enum TableFormatter {
    /// Text and list columns are never shortened below this many columns.
    static let minimumShortenedWidth = 8

    static func render(_ table: ResultTable, options: OutputOptions) -> String {
        let columns = table.columns
        let headers = columns.map { TerminalText.data($0.name) }
        var rows: [[String]] = []
        rows.reserveCapacity(table.rowCount)
        for row in 0 ..< table.rowCount {
            rows.append(columns.indices.map {
                TerminalText.data(CellText.text(table.value(row: row, column: $0), listSeparator: ", "))
            })
        }

        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        if let limit = options.width {
            let shrinkable = columns.map { $0.type == .text || $0.type == .list }
            widths = fitted(widths, shrinkable: shrinkable, into: limit)
        }

        let ellipsis = options.unicode ? "…" : "..."
        let rightAligned = columns.map { $0.type == .integer }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (index, cell) in cells.enumerated() {
                if index > 0 { out += "  " }
                let shown = DisplayWidth.truncate(cell, to: widths[index], ellipsis: ellipsis)
                let isLast = index == cells.count - 1
                if isLast && !rightAligned[index] {
                    out += shown
                } else {
                    out += DisplayWidth.pad(shown, textWidth: DisplayWidth.of(shown), to: widths[index], right: rightAligned[index])
                }
            }
            return out
        }
        let ruleCharacter = options.unicode ? "─" : "-"
        let rule = widths.map { String(repeating: ruleCharacter, count: $0) }.joined(separator: "  ")

        var out = ""
        let header = line(headers)
        out += options.useColor ? "\u{1B}[1m" + header + "\u{1B}[0m\n" : header + "\n"
        out += rule + "\n"
        for (index, row) in rows.enumerated() {
            if table.hasTotalRow && index == rows.count - 1 { out += rule + "\n" }
            out += line(row) + "\n"
        }
        let count = table.dataRowCount
        out += count == 1 ? "(1 row)\n" : "(\(count) rows)\n"
        return out
    }

    /// Column widths that fit `limit` columns in all, two-space gaps included: the widest
    /// shrinkable column gives way first, repeatedly, none below `minimumShortenedWidth`.
    /// When even that is not enough the table stays wider than the terminal.
    static func fitted(_ natural: [Int], shrinkable: [Bool], into limit: Int) -> [Int] {
        var widths = natural
        var excess = widths.reduce(0, +) + 2 * max(0, widths.count - 1) - limit
        while excess > 0 {
            let candidates = widths.indices.filter { shrinkable[$0] && widths[$0] > minimumShortenedWidth }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 > $1) }) else { break }
            let runnerUp = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let floor = max(minimumShortenedWidth, runnerUp)
            let cut = max(1, min(excess, widths[widest] - floor))
            widths[widest] -= cut
            excess -= cut
        }
        return widths
    }
}
