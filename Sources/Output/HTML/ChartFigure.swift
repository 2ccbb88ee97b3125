import QueryEngine

/// A result drawn as a chart on a page: the SVG (from the chart's layout, the one the
/// terminal draws from), and under it the data as a table in a `<details>`. A result the
/// chart cannot draw is shown as the table, with the reason, as the terminal does.
public enum ChartFigure {
    public enum Kind: String, CaseIterable, Sendable {
        case bar, timeline, trend
    }

    /// The figure's HTML and the notes the chart made (what it left out), each escaped.
    public static func render(_ table: ResultTable, as kind: Kind, id: String, title: String) -> (html: String, notes: [String]) {
        let drawn: Result<(svg: String, notes: [String]), ChartUnfit>
        switch kind {
        case .bar:
            drawn = BarLayout.of(table).map { (SVGBarChart.render($0, id: id, title: title), $0.notes) }
        case .timeline:
            drawn = TimelineLayout.of(table).map { (SVGTimelineChart.render($0, id: id, title: title), []) }
        case .trend:
            drawn = TrendPoints.columns(of: table).flatMap { columns in
                let read = TrendPoints(table, columns: columns, stoppingWhen: { false })
                guard !read.points.isEmpty else {
                    return .failure(ChartUnfit("-f trend has nothing to draw: no row has a report month and a forecast"))
                }
                return TrendLayout.of(read, in: table)
            }.map { (SVGTrendChart.render($0, id: id, title: title), $0.notes) }
        }
        let data = HTMLTable.render(table, caption: title + ": the data")
        switch drawn {
        case .success(let chart):
            let notes = chart.notes.map { "<p class=\"note\">" + HTMLEscaping.text("note: " + $0) + "</p>\n" }.joined()
            return ("<figure>\n<div class=\"scroll\">" + chart.svg + "</div>\n" + notes
                    + "<details><summary>The data</summary>\n" + data + "</details>\n</figure>\n", chart.notes)
        case .failure(let unfit):
            let reason = unfit.reason + "; shown as a table"
            return ("<p class=\"note\">" + HTMLEscaping.text("note: " + reason) + "</p>\n" + data, [reason])
        }
    }
}
