import QueryEngine
import RegisterModel

/// The terminal table: a header, a rule, aligned columns two spaces apart (integers to
/// the right, the rest to the left), a pivot's total row below a second rule, and a row
/// count.
///
/// On a terminal of known width every line fits it. `OutputOptions.mode` says how:
/// `table` shortens text columns no further than `TableLayout.keptColumns`, says a
/// column with one value in every row below the table (`status: Blocked (all rows)`),
/// and leaves out, and names, the columns that still do not fit, least telling first;
/// `vertical` shows each row as `field: value` lines; `auto` (the default) gives the
/// table when every column fits it readably, once those with one value are said below
/// it, else the vertical rows. Without a width (a file or a pipe) the table is
/// shown whole, unless vertical rows were asked for.
enum TableFormatter {
    static func render(_ table: ResultTable, options: OutputOptions) -> String {
        let cells = TableCells(table, stoppingWhen: options.shouldStop)
        guard let width = options.width else {
            if options.mode == .vertical { return VerticalFormatter.render(cells, width: nil, unicode: options.unicode, stoppingWhen: options.shouldStop) }
            return render(cells, layout: .natural(cells), width: nil, options: options)
        }
        switch options.mode {
        case .vertical:
            return VerticalFormatter.render(cells, width: width, unicode: options.unicode, stoppingWhen: options.shouldStop)
        case .table:
            return render(cells, layout: .fitting(cells, into: width, leaving: .anyColumns) ?? .natural(cells), width: width, options: options)
        case .auto:
            guard let layout = TableLayout.fitting(cells, into: width, leaving: .constantColumns) else {
                return VerticalFormatter.render(cells, width: width, unicode: options.unicode, stoppingWhen: options.shouldStop)
            }
            return render(cells, layout: layout, width: width, options: options)
        }
    }

    static func render(_ cells: TableCells, layout: TableLayout, width: Int?, options: OutputOptions) -> String {
        let widths = layout.widths
        let ellipsis = options.unicode ? "…" : "..."
        let rightAligned = layout.shown.map { cells.rightAligned[$0] }
        func line(_ row: [String]) -> String {
            var out = ""
            for (position, column) in layout.shown.enumerated() {
                if position > 0 { out += "  " }
                let shown = DisplayWidth.truncate(row[column], to: widths[position], ellipsis: ellipsis)
                let isLast = position == layout.shown.count - 1
                if isLast && !rightAligned[position] {
                    out += shown
                } else {
                    out += DisplayWidth.pad(shown, textWidth: DisplayWidth.of(shown), to: widths[position], right: rightAligned[position])
                }
            }
            return out
        }
        let ruleCharacter = options.unicode ? "─" : "-"
        let rule = widths.map { String(repeating: ruleCharacter, count: $0) }.joined(separator: "  ")

        var out = ""
        let header = line(cells.headers)
        out += options.useColor ? "\u{1B}[1m" + header + "\u{1B}[0m\n" : header + "\n"
        out += rule + "\n"
        for (index, row) in cells.rows.enumerated() {
            if RenderStop.before(index, options.shouldStop) { break }
            if cells.hasTotalRow && index == cells.rows.count - 1 { out += rule + "\n" }
            out += line(row) + "\n"
        }
        if layout.omitted.isEmpty {
            out += cells.countLine + "\n"
        } else {
            let names = layout.omitted.map { cells.headers[$0] }.joined(separator: ", ")
            let count = String(cells.countLine.dropFirst().dropLast())
            let footer = "(" + count + "; not shown: " + names + ")"
            out += TextWrap.hanging(footer, indent: 1, width: width) + "\n"
        }
        for column in layout.constant {
            let value = cells.rows.first?[column] ?? ""
            out += TextWrap.hanging(cells.headers[column] + ": " + (value.isEmpty ? Value.emptyText : value) + " (all rows)",
                                    indent: 2, width: width) + "\n"
        }
        return out
    }

    /// A chart's labels are never shortened below this many columns.
    static let minimumShortenedWidth = 8

    /// Column widths that fit `limit` columns in all, two-space gaps included: the widest
    /// shrinkable column gives way first, repeatedly, none below `minimumShortenedWidth`.
    /// When even that is not enough the result stays wider than the terminal. (The bar
    /// chart's labels; a table fits with `TableLayout`.)
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
