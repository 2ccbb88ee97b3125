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
///   named in the legend; `*` where two or more artefacts share a place.
/// - A report takes four columns. When the reports do not fit the width (80 columns
///   when it is unknown), the latest that fit are drawn and a note names those left out.
enum TrendChart {
    static let marks: [Character] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz123456789")
    /// Columns per report: a space, then the month's three letters, the mark under the middle one.
    static let columnWidth = 4
    /// The TBC line's key: TBC's own ordinal, above every month.
    static let tbcLine = Month.tbc.ordinal

    /// One place on the chart: a forecast line (`tbcLine` for TBC) in a report's column.
    struct Place: Hashable {
        var line: Int32
        var column: Int
    }

    static func render(_ table: ResultTable, options: OutputOptions) -> Rendering {
        let columns: TrendPoints.Columns
        switch TrendPoints.columns(of: table) {
        case .failure(let unfit): return ChartText.fallback(unfit.reason, table, options)
        case .success(let found): columns = found
        }
        let read = TrendPoints(table, columns: columns, stoppingWhen: options.shouldStop)
        let forecastName = TerminalText.data(table.columns[columns.forecast].name)
        var notes: [String] = []
        if read.undrawn > 0 {
            notes.append(read.undrawn == 1 ? "1 row without a report month or a \(forecastName) month is not drawn"
                : "\(read.undrawn) rows without a report month or a \(forecastName) month are not drawn")
        }
        guard !read.points.isEmpty else {
            return Rendering(text: table.dataRowCount == 0 ? "(0 rows)\n" : "(nothing to draw)\n", notes: notes)
        }

        // The reports that fit the width, the latest first.
        let width = options.width ?? 80
        let ellipsis = options.unicode ? "…" : "..."
        let reportName = TerminalText.data(table.columns[columns.report].name)
        let labelWidth = ([reportName, "TBC"] + read.points.flatMap { [$0.report.shortText, $0.forecast.shortText] })
            .map(DisplayWidth.of).max() ?? 0
        let allReports = Set(read.points.map(\.report)).sorted()
        let reports = Array(allReports.suffix(max(1, (width - labelWidth - 2) / columnWidth)))
        if reports.count < allReports.count {
            notes.append(leftOut(allReports.dropLast(reports.count), shown: reports.count, width: width))
        }
        let points = read.points.filter { $0.report >= reports[0] }

        // The artefacts drawn, each with its mark.
        var markOf: [Int: Character] = [:]
        var legend: [String] = []
        for point in points where markOf[point.artefact] == nil {
            guard markOf.count < marks.count else {
                let count = Set(points.map(\.artefact)).count
                return ChartText.fallback("-f trend draws at most \(marks.count) artefacts, one mark each, and this result has \(count) (narrow it with where)", table, options)
            }
            markOf[point.artefact] = marks[markOf.count]
            let name = DisplayWidth.truncate(read.artefacts[point.artefact], to: max(1, width - 4), ellipsis: ellipsis)
            legend.append("\(markOf[point.artefact]!) = \(name)")
        }

        // The forecast lines: the months from the earliest forecast or report to the latest.
        let months = points.map(\.forecast).filter { !$0.isTBC } + reports
        let low = months.map(\.ordinal).min()!, high = months.map(\.ordinal).max()!
        let lineCount = Int(high) - Int(low) + 1
        guard lineCount <= TimelineChart.maximumMonths else {
            return ChartText.fallback("-f trend draws at most \(TimelineChart.maximumMonths) forecast months and this result spans \(lineCount) (narrow it with where)", table, options)
        }
        var placed: [Place: Set<Int>] = [:]
        let columnOf = Dictionary(uniqueKeysWithValues: reports.enumerated().map { ($0.element, $0.offset) })
        for point in points {
            placed[Place(line: point.forecast.ordinal, column: columnOf[point.report]!), default: []].insert(point.artefact)
        }

        let dot: Character = options.unicode ? "·" : "."
        let axis = options.unicode ? (line: "│", corner: "└", rule: "─") : (line: "|", corner: "+", rule: "-")
        var shared = false, diagonal = false
        func padded(_ label: String) -> String {
            DisplayWidth.pad(label, textWidth: DisplayWidth.of(label), to: labelWidth, right: true)
        }
        func line(_ label: String, _ forecast: Int32) -> String {
            var cells = Array(repeating: Character(" "), count: reports.count * columnWidth)
            for (column, report) in reports.enumerated() {
                let position = column * columnWidth + 2
                if let artefacts = placed[Place(line: forecast, column: column)] {
                    cells[position] = artefacts.count == 1 ? markOf[artefacts.first!]! : "*"
                    shared = shared || artefacts.count > 1
                } else if report.ordinal == forecast {
                    cells[position] = dot
                    diagonal = true
                }
            }
            return ChartText.trimmed(padded(label) + " " + axis.line + String(cells)) + "\n"
        }

        var out = DisplayWidth.truncate(forecastName, to: width, ellipsis: ellipsis) + "\n"
        if placed.keys.contains(where: { $0.line == tbcLine }) {
            out += line("TBC", tbcLine)
            out += padded("") + " " + axis.line + "\n"
        }
        for month in stride(from: high, through: low, by: -1) {
            out += line(Month(ordinal: month).shortText, month)
        }
        out += padded("") + " " + axis.corner + String(repeating: axis.rule, count: reports.count * columnWidth - 1) + "\n"
        out += padded(reportName) + "  " + reports.map { " " + Month.abbreviations[$0.monthNumber - 1] }.joined() + "\n"
        out += ChartText.trimmed(padded("") + "  " + ChartText.yearLine(reports.enumerated().map { ($0.offset * columnWidth + 1, $0.element) })) + "\n"
        if shared { legend.append("* = two or more artefacts") }
        if diagonal { legend.append("\(dot) = the report's month") }
        out += ChartText.legend(legend, width: width)
        return Rendering(text: out, notes: notes)
    }

    /// The note naming the reports left out for want of width.
    static func leftOut(_ reports: ArraySlice<Month>, shown: Int, width: Int) -> String {
        let which = reports.count == 1 ? "the earliest, \(reports.first!.shortText)"
            : "the earliest \(reports.count), \(reports.first!.shortText) to \(reports.last!.shortText)"
        let drawn = shown == 1 ? "only the latest report, all that fits" : "the latest \(shown) reports, all that fit"
        return "-f trend draws \(drawn) in \(width) columns; left out \(which)"
    }
}
