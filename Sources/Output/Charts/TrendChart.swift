import QueryEngine
import RegisterModel

/// `-f trend`: a milestone trend chart. Each report month is a column, each forecast month
/// a line (the latest at the top), and each artefact a mark of its own in every report,
/// on the line of the month that report forecast. A mark that stays on its line across
/// the reports is on track; one that climbs is slipping; the diagonal `·`, where the
/// forecast is the report's own month, is where a milestone is reached.
///
///     dag
///        TBC │  C   C
///            │
///     Aug-22 │          C
///     Jul-22 │  B   B   B
///     Jun-22 │          A
///     May-22 │      A
///     Apr-22 │  A       ·
///     Mar-22 │      ·
///     Feb-22 │  ·
///            └───────────
///     report   Feb Mar Apr
///              2022
///     A = Meter Data Interface   B = Settlement Interface   C = Consent Interface
///     · = the report's month
///
/// - The columns (`TrendPoints.columns`): `report`, the artefact (the first text column,
///   else list column) and the forecast (the first other month column); a result without
///   them is shown as a table, with a note saying why.
/// - Reports: those the result holds, in calendar order. Forecast lines: every month from
///   the earliest to the latest forecast or report, so the diagonal shows whole; a `TBC`
///   line on top when some forecast is TBC.
/// - Marks `A`–`Z`, `a`–`z`, `1`–`9` in the order the result first names each artefact,
///   named in the legend; `*` where two or more artefacts share a place, the legend
///   naming the marks it stands for (and marking `(only under *)` an artefact whose own
///   mark never shows), so that no artefact is hidden.
/// - One forecast is drawn: the first month column. Others (`sg, review, dag`) are named
///   in a note, as are the rows without a report or a forecast month.
/// - A report takes four columns. When the reports do not fit the width (80 columns
///   when it is unknown), the latest that fit are drawn and a note names those left out.
enum TrendChart {
    /// Columns per report: a space, then the month's three letters, the mark under the middle one.
    static let columnWidth = 4

    static func render(_ table: ResultTable, options: OutputOptions) -> Rendering {
        let columns: TrendPoints.Columns
        switch TrendPoints.columns(of: table) {
        case .failure(let unfit): return ChartText.fallback(unfit.reason, table, options)
        case .success(let found): columns = found
        }
        let read = TrendPoints(table, columns: columns, stoppingWhen: options.shouldStop)
        guard !read.points.isEmpty else {
            let notes = TrendLayout.of(read, in: table).map(\.notes)
            return Rendering(text: table.dataRowCount == 0 ? "(0 rows)\n" : "(nothing to draw)\n", notes: (try? notes.get()) ?? [])
        }

        // The reports that fit the width, the latest first.
        let width = options.width ?? 80
        let ellipsis = options.unicode ? "…" : "..."
        let reportName = TerminalText.data(table.columns[columns.report].name)
        let labelWidth = ([reportName, "TBC"] + read.points.flatMap { [$0.report.shortText, $0.forecast.shortText] })
            .map(DisplayWidth.of).max() ?? 0
        let layout: TrendLayout
        switch TrendLayout.of(read, in: table, keepingLatest: (width - labelWidth - 2) / columnWidth, width: width) {
        case .failure(let unfit): return ChartText.fallback(unfit.reason, table, options)
        case .success(let found): layout = found
        }
        let reports = layout.reports

        let dot: Character = options.unicode ? "·" : "."
        let axis = options.unicode ? (line: "│", corner: "└", rule: "─") : (line: "|", corner: "+", rule: "-")
        func padded(_ label: String) -> String {
            DisplayWidth.pad(label, textWidth: DisplayWidth.of(label), to: labelWidth, right: true)
        }
        func line(_ label: String, _ forecast: Int32) -> String {
            var cells = Array(repeating: Character(" "), count: reports.count * columnWidth)
            for (column, report) in reports.enumerated() {
                let position = column * columnWidth + 2
                if let artefacts = layout.placed[TrendLayout.Place(line: forecast, column: column)] {
                    cells[position] = artefacts.count == 1 ? layout.artefacts[artefacts[0]].mark : "*"
                } else if report.ordinal == forecast {
                    cells[position] = dot
                }
            }
            return ChartText.trimmed(padded(label) + " " + axis.line + String(cells)) + "\n"
        }

        var out = DisplayWidth.truncate(TerminalText.data(layout.forecastName), to: width, ellipsis: ellipsis) + "\n"
        if layout.hasTBC {
            out += line("TBC", TrendLayout.tbcLine)
            out += padded("") + " " + axis.line + "\n"
        }
        for month in layout.lines {
            out += line(Month(ordinal: month).shortText, month)
        }
        out += padded("") + " " + axis.corner + String(repeating: axis.rule, count: reports.count * columnWidth - 1) + "\n"
        out += padded(reportName) + "  " + reports.map { " " + Month.abbreviations[$0.monthNumber - 1] }.joined() + "\n"
        out += ChartText.trimmed(padded("") + "  " + ChartText.yearLine(reports.enumerated().map { ($0.offset * columnWidth + 1, $0.element) })) + "\n"
        var legend = layout.artefacts.map { artefact in
            layout.entry(artefact, label: DisplayWidth.truncate(TerminalText.data(artefact.label), to: max(1, width - 4), ellipsis: ellipsis))
        }
        if let shared = layout.sharedEntry { legend.append(shared) }
        if layout.showsDiagonal { legend.append("\(dot) = the report's month") }
        out += ChartText.legend(legend, width: width)
        return Rendering(text: out, notes: layout.notes)
    }
}
