import QueryEngine
import RegisterModel

/// What a milestone trend chart shows, worked out once from the points a result holds:
/// the reports across, the forecast lines up, each artefact's mark, where each mark falls,
/// and what was left out. The terminal (`TrendChart`) and SVG (`SVGChart`) draw from it.
/// Text is as the register holds it; each renderer escapes it.
struct TrendLayout {
    /// One place on the chart: a forecast line (`tbcLine` for TBC) in a report's column.
    struct Place: Hashable {
        var line: Int32
        var column: Int
    }

    struct Artefact {
        var mark: Character
        var label: String
        /// Whether its mark shows somewhere on its own (else it is always under `*`).
        var shownAlone: Bool
    }

    static let marks: [Character] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz123456789")
    /// The TBC line's key: TBC's own ordinal, above every month.
    static let tbcLine = Month.tbc.ordinal

    var forecastName: String
    var reportName: String
    /// The reports drawn, in calendar order.
    var reports: [Month]
    /// The artefacts drawn, in the order the result first names them.
    var artefacts: [Artefact]
    /// The artefacts (indices into `artefacts`) at each place, in mark order.
    var placed: [Place: [Int]]
    /// The forecast lines: every month from `low` to `high`, and TBC when `hasTBC`.
    var low: Int32
    var high: Int32
    var hasTBC: Bool
    /// Notes for standard error: rows not drawn, reports and month columns left out.
    var notes: [String]

    /// The layout of `read`'s points, drawing only the latest `keepingLatest` reports (a
    /// note names those left out, `width` being what they did not fit), or why it cannot be drawn.
    static func of(_ read: TrendPoints, in table: ResultTable, keepingLatest limit: Int? = nil, width: Int? = nil)
        -> Result<TrendLayout, ChartUnfit> {
        let forecastName = table.columns[read.columns.forecast].name
        var notes: [String] = []
        if !read.columns.otherMonths.isEmpty {
            notes.append("-f trend draws one forecast, '\(TerminalText.escaped(forecastName))'; left out: "
                + read.columns.otherMonths.map { "'" + TerminalText.escaped(table.columns[$0].name) + "'" }.joined(separator: ", ")
                + " (a chart of each: select report, name, \(TerminalText.escaped(table.columns[read.columns.otherMonths[0]].name)) …)")
        }
        if read.undrawn > 0 {
            let name = TerminalText.escaped(forecastName)
            notes.append(read.undrawn == 1 ? "1 row without a report month or a \(name) month is not drawn"
                : "\(read.undrawn) rows without a report month or a \(name) month are not drawn")
        }
        let allReports = Set(read.points.map(\.report)).sorted()
        let reports = Array(allReports.suffix(max(1, limit ?? allReports.count)))
        if reports.count < allReports.count {
            notes.append(leftOut(allReports.dropLast(reports.count), shown: reports.count, width: width ?? 0))
        }
        let points = read.points.filter { $0.report >= (reports.first ?? .tbc) }

        // The artefacts drawn, each with its mark.
        var index: [Int: Int] = [:]
        var artefacts: [Artefact] = []
        for point in points where index[point.artefact] == nil {
            guard artefacts.count < marks.count else {
                let count = Set(points.map(\.artefact)).count
                return .failure(ChartUnfit("-f trend draws at most \(marks.count) artefacts, one mark each, and this result has \(count) (narrow it with where)"))
            }
            index[point.artefact] = artefacts.count
            artefacts.append(Artefact(mark: marks[artefacts.count], label: read.artefacts[point.artefact], shownAlone: false))
        }

        // The forecast lines: the months from the earliest forecast or report to the latest.
        let months = points.map(\.forecast).filter { !$0.isTBC } + reports
        let low = months.map(\.ordinal).min() ?? 0, high = months.map(\.ordinal).max() ?? 0
        let lineCount = Int(high) - Int(low) + 1
        guard lineCount <= TimelineLayout.maximumMonths else {
            return .failure(ChartUnfit("-f trend draws at most \(TimelineLayout.maximumMonths) forecast months and this result spans \(lineCount) (narrow it with where)"))
        }
        var sets: [Place: Set<Int>] = [:]
        let columnOf = Dictionary(uniqueKeysWithValues: reports.enumerated().map { ($0.element, $0.offset) })
        for point in points {
            sets[Place(line: point.forecast.ordinal, column: columnOf[point.report]!), default: []].insert(index[point.artefact]!)
        }
        let placed = sets.mapValues { $0.sorted() }
        for (_, here) in placed where here.count == 1 { artefacts[here[0]].shownAlone = true }
        return .success(TrendLayout(forecastName: forecastName, reportName: table.columns[read.columns.report].name,
                                    reports: reports, artefacts: artefacts, placed: placed, low: low, high: high,
                                    hasTBC: placed.keys.contains { $0.line == tbcLine }, notes: notes))
    }

    /// The forecast months, the latest first (TBC aside).
    var lines: [Int32] { Array(stride(from: high, through: low, by: -1)) }

    /// The artefacts that share a place with another somewhere, in mark order.
    var sharing: [Int] { Set(placed.values.filter { $0.count > 1 }.joined()).sorted() }

    /// Whether the diagonal (a report's own month, where no mark stands) shows anywhere.
    var showsDiagonal: Bool {
        reports.enumerated().contains { placed[Place(line: $0.element.ordinal, column: $0.offset)] == nil }
    }

    /// The legend's entries after the artefacts': what `*` stands for, naming the marks it
    /// hides, so that an artefact always under `*` is still found.
    var sharedEntry: String? {
        let sharing = self.sharing
        guard !sharing.isEmpty else { return nil }
        return "* = two or more artefacts: " + sharing.map { String(artefacts[$0].mark) }.joined(separator: ", ")
    }

    /// An artefact's legend entry; one whose mark never shows alone says where it is.
    func entry(_ artefact: Artefact, label: String) -> String {
        "\(artefact.mark) = \(label)" + (artefact.shownAlone ? "" : " (only under *)")
    }

    /// The note naming the reports left out for want of width.
    static func leftOut(_ reports: ArraySlice<Month>, shown: Int, width: Int) -> String {
        let which = reports.count == 1 ? "the earliest, \(reports.first!.shortText)"
            : "the earliest \(reports.count), \(reports.first!.shortText) to \(reports.last!.shortText)"
        let drawn = shown == 1 ? "only the latest report, all that fits" : "the latest \(shown) reports, all that fit"
        return "-f trend draws \(drawn) in \(width) columns; left out \(which)"
    }
}
