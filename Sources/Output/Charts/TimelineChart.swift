import QueryEngine
import ColumnStore
import RegisterModel

/// `-f timeline`: a Gantt view of the forecasts, one line per artefact and one column per
/// month, from the earliest to the latest month (TBC aside) that the result's `sg`,
/// `review` and `dag` columns hold.
///
///                          2022
///     ref name             J F M A M
///     MHHSP-IF-001 Meter…  · · s─r─D
///     MHHSP-IF-005 Meter…  · s─r─D ·
///     DUOS/LLF Management  · · · · ·  TBC
///     s = sg   r = review   D = dag   * = two or more in one month
///
/// - The label is the artefact's references and name (whichever the result has; else its
///   other columns), shortened with `…` to leave room for the months.
/// - Each month is a `·`; `s`, `r` and `D` mark the sg, review and dag months, `*` a month
///   holding two or three of them (the stages not marked elsewhere on the line); `─`
///   joins the first mark to the last, so a line reads as the artefact's span.
/// - A forecast that is TBC cannot be placed: the line ends `TBC` when all are, else with
///   the marks of those that are (`D TBC`).
/// - The header gives each month's initial, and the year above the first month and
///   every January. A month takes two columns (mark and gap); when that leaves too little
///   for the labels (under `minimumLabelWidth`), one column. When even that does not fit,
///   the chart is wider than the terminal rather than unreadable.
/// - Only the stages the result selected are drawn, and the legend names only those.
///
/// It needs at least one of the month columns `sg`, `review`, `dag` and a row result: a
/// grouped result, or one without those columns, is shown as a table, with a note saying
/// why.
enum TimelineChart {
    /// Labels are not shortened below this while the months can be drawn narrower.
    static let minimumLabelWidth = 16
    static let initials: [Character] = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]

    static func render(_ table: ResultTable, options: OutputOptions) -> Rendering {
        ChartText.drawn(TimelineLayout.of(table), table, options, draw)
    }

    /// The chart of `layout` at the options' width.
    static func draw(_ layout: TimelineLayout, options: OutputOptions) -> Rendering {
        let ellipsis = options.unicode ? "…" : "..."
        let dot: Character = options.unicode ? "·" : "."
        let line: Character = options.unicode ? "─" : "-"
        let labels = layout.lines.map { TerminalText.data($0.label) }
        let labelHeader = TerminalText.data(layout.labelHeader)
        let monthCount = layout.monthCount

        // Widths: the months first, then the labels in what is left.
        let width = options.width ?? 80
        let tailWidth = layout.lines.map(\.tail.count).max() ?? 0
        let naturalLabel = max(labels.map(DisplayWidth.of).max() ?? 0, DisplayWidth.of(labelHeader))
        func room(step: Int) -> Int {
            let grid = monthCount == 0 ? 0 : 2 + (monthCount - 1) * step + 1
            return width - grid - (tailWidth > 0 ? 2 + tailWidth : 0)
        }
        let step = room(step: 2) >= min(naturalLabel, minimumLabelWidth) ? 2 : 1
        let labelWidth = max(min(naturalLabel, minimumLabelWidth), min(naturalLabel, room(step: step)))
        let gridWidth = monthCount == 0 ? 0 : (monthCount - 1) * step + 1

        func padded(_ label: String) -> String {
            let shown = DisplayWidth.truncate(label, to: labelWidth, ellipsis: ellipsis)
            return DisplayWidth.pad(shown, textWidth: DisplayWidth.of(shown), to: labelWidth, right: false)
        }

        var out = ""
        if monthCount > 0 {
            out += ChartText.trimmed(String(repeating: " ", count: labelWidth + 2) + ChartText.yearLine((0 ..< monthCount).map { ($0 * step, layout.month($0)) })) + "\n"
        }
        var initialsLine = Array(repeating: Character(" "), count: gridWidth)
        for index in 0 ..< monthCount { initialsLine[index * step] = initials[layout.month(index).monthNumber - 1] }
        out += ChartText.trimmed(padded(labelHeader) + "  " + String(initialsLine)) + "\n"

        for (artefact, label) in zip(layout.lines, labels) {
            var cells = Array(repeating: Character(" "), count: gridWidth)
            for month in 0 ..< monthCount { cells[month * step] = dot }
            let marks = layout.marks(of: artefact)
            if let low = marks.first?.offset, let high = marks.last?.offset, low < high {
                for position in low * step ... high * step { cells[position] = line }
            }
            for (offset, marksThere) in marks { cells[offset * step] = marksThere.count == 1 ? marksThere[0] : "*" }
            var text = padded(label) + "  " + String(cells)
            if !artefact.tail.isEmpty { text += "  " + artefact.tail }
            out += ChartText.trimmed(text) + "\n"
        }
        if labels.isEmpty { out += "(0 rows)\n" }
        out += legend(layout.stages, width: width)
        return Rendering(text: out)
    }

    /// The legend: each stage drawn, and `*` where two can meet.
    static func legend(_ stages: [TimelineLayout.Stage], width: Int) -> String {
        var entries = stages.map { "\($0.mark) = \($0.name)" }
        if stages.count > 1 { entries.append("* = two or more in one month") }
        return ChartText.legend(entries, width: width)
    }
}
