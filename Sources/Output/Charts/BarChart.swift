import QueryEngine
import RegisterModel

/// `-f bar`: a grouped result as horizontal bars, one per group, so that the shape of a
/// `group by` shows at a glance in the terminal.
///
///     blocker               count
///     Change of Agent          16  ████████████████████████████████████████████▏
///     Interface Approach        7  ███████████████████▍
///     Supplier Interaction     13  ████████████████████████████████████▌
///
/// Each line is the group's key cells (aligned as in `table`; an empty key reads
/// `Value.emptyText`), its count right-aligned, then the bar. The count is the first integer
/// column; for a pivot it is the `total` column, the total row is not drawn as a bar but
/// printed last, bare (`total  40`), so that the bars compare groups with each other.
/// The longest bar fills the width left over by the labels and counts (the terminal's
/// width, 80 columns when unknown), drawn in eighths of a cell with block characters on a
/// UTF-8 terminal, in whole `#` cells otherwise; a non-zero count always gets some bar.
/// Labels are shortened with `…` (the widest first, as in `table`) so that at least a third
/// of the width (and `minimumBarWidth` columns) remains for the bars.
///
/// A result that is not grouped, or has no count column, cannot be drawn: it is shown as
/// a table, with a note saying why, so nothing is lost. Bars draw one count: a grouped
/// result with another count column (`count(*), count(distinct kind)`) is drawn for the
/// first, and a note names the columns left out (a pivot's value columns are not left
/// out: its bars are their total).
enum BarChart {
    /// The bars never get fewer columns than this, nor than a third of the width, however
    /// long the labels.
    static let minimumBarWidth = 10
    /// The width assumed when the output is not a terminal.
    static let defaultWidth = 80

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    static func render(_ table: ResultTable, options: OutputOptions) -> Rendering {
        ChartText.drawn(BarLayout.of(table), table, options, draw)
    }

    /// The chart of `layout` at the options' width.
    static func draw(_ layout: BarLayout, options: OutputOptions) -> Rendering {
        let ellipsis = options.unicode ? "…" : "..."

        // The cells, escaped as in every other format.
        let headers = layout.headers.map { TerminalText.data($0) }
        let countHeader = TerminalText.data(layout.countHeader)
        let labels = layout.groups.map { $0.labels.map { TerminalText.data($0) } }
        let counts = layout.groups.map(\.count)
        let total = layout.total

        // Widths: labels as a small table, shortened to leave room for the bars.
        var labelWidths = headers.map(DisplayWidth.of)
        for row in labels {
            for (index, cell) in row.enumerated() { labelWidths[index] = max(labelWidths[index], DisplayWidth.of(cell)) }
        }
        if total != nil, !labelWidths.isEmpty { labelWidths[0] = max(labelWidths[0], DisplayWidth.of("total")) }
        let countWidth = ([countHeader] + counts.map(String.init) + (total.map { [String($0)] } ?? []))
            .map(DisplayWidth.of).max() ?? 0
        let width = options.width ?? defaultWidth
        let labelsWidth = { (widths: [Int]) in widths.isEmpty ? 0 : widths.reduce(0, +) + 2 * (widths.count - 1) + 2 }
        let leastBar = max(minimumBarWidth, width / 3)
        if labelsWidth(labelWidths) + countWidth + 2 + leastBar > width {
            let room = width - countWidth - 2 - leastBar - 2
            labelWidths = TableFormatter.fitted(labelWidths, shrinkable: labelWidths.map { _ in true }, into: room)
        }
        let barWidth = max(minimumBarWidth, width - labelsWidth(labelWidths) - countWidth - 2)

        func labelPart(_ cells: [String]) -> String {
            var out = ""
            for (index, cell) in cells.enumerated() {
                let shown = DisplayWidth.truncate(cell, to: labelWidths[index], ellipsis: ellipsis)
                out += DisplayWidth.pad(shown, textWidth: DisplayWidth.of(shown), to: labelWidths[index], right: false) + "  "
            }
            return out
        }
        func countPart(_ text: String) -> String {
            DisplayWidth.pad(text, textWidth: DisplayWidth.of(text), to: countWidth, right: true)
        }

        var out = labelPart(headers) + countPart(countHeader) + "\n"
        let largest = layout.largest
        for (cells, value) in zip(labels, counts) {
            out += labelPart(cells) + countPart(String(value))
            let bar = self.bar(value, of: largest, width: barWidth, unicode: options.unicode)
            out += bar.isEmpty ? "\n" : "  " + bar + "\n"
        }
        if labels.isEmpty { out += "(0 rows)\n" }
        if let total {
            var cells = headers.map { _ in "" }
            if !cells.isEmpty { cells[0] = "total" }
            out += labelPart(cells) + countPart(String(total)) + "\n"
        }
        return Rendering(text: out, notes: layout.notes)
    }

    /// A bar for `value` where `largest` fills `width` columns.
    static func bar(_ value: Int, of largest: Int, width: Int, unicode: Bool) -> String {
        guard value > 0, largest > 0 else { return "" }
        let fraction = Double(value) / Double(largest)
        if unicode {
            let units = max(1, Int((fraction * Double(width * 8)).rounded()))
            return String(repeating: "█", count: units / 8) + eighths[units % 8]
        }
        return String(repeating: "#", count: max(1, Int((fraction * Double(width)).rounded())))
    }
}
