import RegisterModel

/// A milestone trend chart in SVG, from the same `TrendLayout` as the terminal's: the
/// reports across, the forecast months up, each artefact a line of marks of its own shape
/// and colour; the diagonal of the reports' own months dashed. Artefacts that share a
/// place stand side by side, so none hides another.
enum SVGTrendChart {
    static let rowHeight = 20
    static let columnWidth = 80
    static let left = 64
    static let legendWidth = 320

    static func render(_ layout: TrendLayout, id: String, title: String) -> String {
        var drawing = SVGDrawing()
        let top = 20
        let tbcRows = layout.hasTBC ? 2 : 0
        let lines = layout.lines
        let rows = tbcRows + lines.count
        let plotBottom = top + rows * rowHeight
        let width = max(left + layout.reports.count * columnWidth + 16, 320)
        let legendTop = plotBottom + 44
        // The legend in as many columns of `legendWidth` as the chart is wide.
        let legendColumns = max(1, min(3, width / legendWidth))
        let legendRows = (layout.artefacts.count + legendColumns - 1) / legendColumns
        let height = legendTop + legendRows * rowHeight + 8
        func y(_ line: Int32) -> Int {
            if line == TrendLayout.tbcLine { return top + rowHeight / 2 }
            return top + (tbcRows + Int(layout.high - line)) * rowHeight + rowHeight / 2
        }
        func x(_ column: Int) -> Int { left + column * columnWidth + columnWidth / 2 }

        drawing.text(layout.forecastName, x: 0, y: 12, className: "heading")
        if layout.hasTBC { drawing.text("TBC", x: left - 8, y: y(TrendLayout.tbcLine) + 4, anchor: "end") }
        for line in lines {
            drawing.text(Month(ordinal: line).shortText, x: left - 8, y: y(line) + 4, anchor: "end")
            drawing.line(left, y(line), left + layout.reports.count * columnWidth, y(line), className: "grid")
        }
        drawing.line(left, top, left, plotBottom)
        drawing.line(left, plotBottom, left + layout.reports.count * columnWidth, plotBottom)
        for (column, report) in layout.reports.enumerated() {
            drawing.text(report.shortText, x: x(column), y: plotBottom + 16, anchor: "middle")
        }
        drawing.text(layout.reportName, x: left - 8, y: plotBottom + 16, anchor: "end", className: "heading")
        // The diagonal: each report's own month, where a forecast meets it.
        let diagonal = layout.reports.enumerated().map { "\(x($0.offset)),\(y($0.element.ordinal))" }
        drawing.add("<polyline class=\"diagonal\" points=\"\(diagonal.joined(separator: " "))\"/>")

        // Each artefact's marks, report by report, joined by its line.
        var spots: [Int: [(x: Int, y: Int)]] = [:]
        for (place, artefacts) in layout.placed.sorted(by: { ($0.key.column, $0.key.line) < ($1.key.column, $1.key.line) }) {
            for (index, artefact) in artefacts.enumerated() {
                let shift = (2 * index - (artefacts.count - 1)) * 6
                spots[artefact, default: []].append((x(place.column) + shift, y(place.line)))
            }
        }
        for (index, artefact) in layout.artefacts.enumerated() {
            let (shape, colour) = SVGDrawing.style(index)
            let points = spots[index] ?? []
            if points.count > 1 {
                drawing.add("<polyline class=\"trend\" stroke=\"\(colour)\" points=\""
                    + points.map { "\($0.x),\($0.y)" }.joined(separator: " ") + "\"/>")
            }
            for point in points {
                drawing.mark(shape, x: point.x, y: point.y, radius: 4, colour: colour, label: "\(artefact.mark) " + artefact.label)
            }
            let legendX = index / legendRows * legendWidth, legendY = legendTop + index % legendRows * rowHeight
            drawing.mark(shape, x: legendX + 8, y: legendY - 4, radius: 4, colour: colour, label: artefact.label)
            drawing.text("\(artefact.mark) = " + artefact.label, x: legendX + 20, y: legendY,
                         maxCharacters: (legendColumns == 1 ? width : legendWidth) / SVGDrawing.charWidth - 4)
        }
        return drawing.svg(id: id, width: width, height: height, title: title, description: description(layout))
    }

    /// The chart in a sentence: how many artefacts over which reports, and how many
    /// forecast later in the last report drawn than in the first.
    static func description(_ layout: TrendLayout) -> String {
        guard let first = layout.reports.first, let last = layout.reports.last else { return "A trend chart of no reports." }
        var firstLine: [Int: Int32] = [:], lastLine: [Int: Int32] = [:]
        for (place, artefacts) in layout.placed {
            for artefact in artefacts {
                if place.column == 0 { firstLine[artefact] = place.line }
                if place.column == layout.reports.count - 1 { lastLine[artefact] = place.line }
            }
        }
        let later = firstLine.filter { artefact, line in lastLine[artefact].map { $0 > line } ?? false }.count
        return "A milestone trend chart of \(layout.forecastName) for \(layout.artefacts.count) artefacts over \(layout.reports.count) reports,"
            + " \(first.shortText) to \(last.shortText); \(later) forecast later in \(last.shortText) than in \(first.shortText)."
    }
}
