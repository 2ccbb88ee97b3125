import Output
import QueryEngine
import Shell

/// A pack's parts laid out as the page's body: each block's statements run by the
/// session (the one path every statement takes), each result shown under its statement
/// as a table or a chart, with the notes the run made. The first statement that fails
/// stops it: its diagnostics are reported in the pack's own lines and columns.
public enum PackLayout {
    public static func body(_ parts: [PackPart], session: Session) -> Result<String, Session.Stopped> {
        var body = ""
        var charts = 0
        for part in parts {
            switch part {
            case .html(let html):
                body += html
            case .block(let block):
                switch session.result(of: block.range, in: block.source) {
                case .failure(let stopped): return .failure(stopped)
                case .success(let result): body += shown(result, of: block, chartNumber: &charts)
                }
            }
        }
        return .success(body)
    }

    /// One result: its statement in a small code line, the run's notes, then its table or chart.
    static func shown(_ result: QueryResult, of block: PackBlock, chartNumber: inout Int) -> String {
        var html = "<div class=\"result\">\n<p class=\"statement\"><code>" + HTMLEscaping.text(block.source.text(of: block.range)) + "</code></p>\n"
        html += result.notes.map { "<p class=\"note\">" + HTMLEscaping.text("note: " + $0) + "</p>\n" }.joined()
        switch block.presentation {
        case .table:
            html += HTMLTable.render(result.table, caption: block.caption + " — " + HTMLTable.rowCount(result.table))
        case .chart(let kind):
            chartNumber += 1
            html += ChartFigure.render(result.table, as: kind, id: "chart-\(chartNumber)", title: block.caption).html
        }
        return html + "</div>\n"
    }
}
