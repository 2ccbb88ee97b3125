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
    /// A span longer than this (twenty years) is no chart for a terminal: shown as a table.
    static let maximumMonths = 240

    /// A stage drawn on the chart: its column and its mark.
    struct Stage {
        var column: Int
        var mark: Character
        var name: String
    }

    static let stageMarks: [(name: String, mark: Character)] = [("sg", "s"), ("review", "r"), ("dag", "D")]
    static let initials: [Character] = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]

    static func render(_ table: ResultTable, options: OutputOptions) -> Rendering {
        guard !table.isGrouped else {
            return ChartText.fallback("-f timeline draws artefacts, one per line, not groups (select ref, name, sg, review, dag …)", table, options)
        }
        let stages = stageMarks.compactMap { stage in
            table.columns.firstIndex { $0.name.lowercased() == stage.name && $0.type == .month }
                .map { Stage(column: $0, mark: stage.mark, name: stage.name) }
        }
        guard !stages.isEmpty else {
            return ChartText.fallback("-f timeline needs the forecast months sg, review or dag in the result (select ref, name, sg, review, dag …)", table, options)
        }
        let ellipsis = options.unicode ? "…" : "..."
        let dot: Character = options.unicode ? "·" : "."
        let line: Character = options.unicode ? "─" : "-"

        // What each line holds.
        let labelColumns = labelColumns(of: table)
        var labels: [String] = []
        var months: [[Month]] = []
        for row in 0 ..< table.rowCount {
            let parts = labelColumns.map { TerminalText.data(CellText.text(table.value(row: row, column: $0), listSeparator: ", ")) }
            let label = parts.filter { !$0.isEmpty }.joined(separator: " ")
            labels.append(label.isEmpty ? "row \(row + 1)" : label)
            months.append(stages.map { stage in
                if case .month(let month) = table.value(row: row, column: stage.column) { return month }
                return .tbc
            })
        }
        let known = months.joined().filter { !$0.isTBC }.map { Int($0.ordinal) }
        let first = known.min() ?? 0
        let monthCount = known.isEmpty ? 0 : known.max()! - first + 1
        guard monthCount <= maximumMonths else {
            return ChartText.fallback("-f timeline draws at most \(maximumMonths) months and this result spans \(monthCount) (narrow it with where)", table, options)
        }
        let tails = months.map { tail($0, stages) }

        // Widths: the months first, then the labels in what is left.
        let width = options.width ?? 80
        let tailWidth = tails.map(\.count).max() ?? 0
        let naturalLabel = max(labels.map(DisplayWidth.of).max() ?? 0, DisplayWidth.of(labelHeader(table, labelColumns)))
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
            out += ChartText.trimmed(String(repeating: " ", count: labelWidth + 2) + ChartText.yearLine((0 ..< monthCount).map { ($0 * step, Month(ordinal: Int32(first + $0))) })) + "\n"
        }
        var initialsLine = Array(repeating: Character(" "), count: gridWidth)
        for index in 0 ..< monthCount { initialsLine[index * step] = initials[monthOfYear(first + index)] }
        out += ChartText.trimmed(padded(labelHeader(table, labelColumns)) + "  " + String(initialsLine)) + "\n"

        for (index, label) in labels.enumerated() {
            var cells = Array(repeating: Character(" "), count: gridWidth)
            for month in 0 ..< monthCount { cells[month * step] = dot }
            let placed = months[index].filter { !$0.isTBC }.map { (Int($0.ordinal) - first) * step }
            if let low = placed.min(), let high = placed.max(), low < high {
                for position in low ... high { cells[position] = line }
            }
            var marksAt: [Int: [Character]] = [:]
            for (stage, month) in zip(stages, months[index]) where !month.isTBC {
                marksAt[(Int(month.ordinal) - first) * step, default: []].append(stage.mark)
            }
            for (position, marks) in marksAt { cells[position] = marks.count == 1 ? marks[0] : "*" }
            var text = padded(label) + "  " + String(cells)
            if !tails[index].isEmpty { text += "  " + tails[index] }
            out += ChartText.trimmed(text) + "\n"
        }
        if labels.isEmpty { out += "(0 rows)\n" }
        out += legend(stages, width: width)
        return Rendering(text: out)
    }

    /// The label: `ref` and `name` when the result has them, else its other non-month columns.
    static func labelColumns(of table: ResultTable) -> [Int] {
        let named = ["ref", "name"].compactMap { name in table.columns.firstIndex { $0.name.lowercased() == name && $0.type != .month } }
        if !named.isEmpty { return named }
        return table.columns.indices.filter { table.columns[$0].type != .month }
    }

    static func labelHeader(_ table: ResultTable, _ columns: [Int]) -> String {
        columns.map { TerminalText.data(table.columns[$0].name) }.joined(separator: " ")
    }

    /// `TBC` when every drawn stage is TBC, else the marks of those that are (`D TBC`).
    static func tail(_ months: [Month], _ stages: [Stage]) -> String {
        let tbc = zip(stages, months).filter { $0.1.isTBC }.map(\.0.mark)
        if tbc.isEmpty { return "" }
        return tbc.count == stages.count ? "TBC" : String(tbc) + " TBC"
    }

    /// The legend: each stage drawn, and `*` where two can meet.
    static func legend(_ stages: [Stage], width: Int) -> String {
        var entries = stages.map { "\($0.mark) = \($0.name)" }
        if stages.count > 1 { entries.append("* = two or more in one month") }
        return ChartText.legend(entries, width: width)
    }

    /// 0 for January … 11 for December, for any ordinal.
    static func monthOfYear(_ ordinal: Int) -> Int { (ordinal % 12 + 12) % 12 }
}
