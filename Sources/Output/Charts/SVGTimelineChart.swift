import RegisterModel

/// A timeline in SVG, from the same `TimelineLayout` as the terminal's: one line per
/// artefact, one column per month, sg a circle, review a square, dag a diamond (each its
/// own colour too); stages in one month stand side by side, so none hides another.
enum SVGTimelineChart {
    static let rowHeight = 20
    static let monthWidth = 22
    static let shapes: [Character: (SVGDrawing.Shape, String)] = [
        "s": (.circle, SVGDrawing.palette[0]), "r": (.square, SVGDrawing.palette[1]), "D": (.diamond, SVGDrawing.palette[2]),
    ]

    static func render(_ layout: TimelineLayout, id: String, title: String) -> String {
        var drawing = SVGDrawing()
        let labelCharacters = min(44, ([layout.labelHeader] + layout.lines.map(\.label)).map(\.count).max() ?? 0)
        let left = labelCharacters * SVGDrawing.charWidth + 12
        let tailWidth = layout.lines.contains { !$0.tail.isEmpty } ? 60 : 0
        let top = 40
        let width = left + max(1, layout.monthCount) * monthWidth + tailWidth + 8
        let height = top + layout.lines.count * rowHeight + 40
        func x(_ offset: Int) -> Int { left + offset * monthWidth + monthWidth / 2 }

        drawing.text(layout.labelHeader, x: 0, y: top - 6, maxCharacters: 44, className: "heading")
        for index in 0 ..< layout.monthCount {
            let month = layout.month(index)
            drawing.text(String(Month.abbreviations[month.monthNumber - 1].prefix(1)), x: x(index), y: top - 6, anchor: "middle")
            if index == 0 || month.monthNumber == 1 {
                drawing.text(ChartText.yearText(month.year), x: x(index) - monthWidth / 2, y: top - 22)
            }
            drawing.line(x(index), top, x(index), top + layout.lines.count * rowHeight, className: "grid")
        }
        for (row, line) in layout.lines.enumerated() {
            let y = top + row * rowHeight + rowHeight / 2
            drawing.text(line.label, x: 0, y: y + 4, maxCharacters: 44)
            let marks = layout.marks(of: line)
            if let first = marks.first?.offset, let last = marks.last?.offset, first < last {
                drawing.line(x(first), y, x(last), y, className: "span")
            }
            for (offset, here) in marks {
                for (index, mark) in here.enumerated() {
                    let (shape, colour) = shapes[mark] ?? (.circle, SVGDrawing.palette[7])
                    let shift = (2 * index - (here.count - 1)) * 4
                    let stage = layout.stages.first { $0.mark == mark }?.name ?? String(mark)
                    drawing.mark(shape, x: x(offset) + shift, y: y, colour: colour,
                                 label: line.label + ": " + stage + " " + layout.month(offset).shortText)
                }
            }
            if !line.tail.isEmpty {
                drawing.text(line.tail, x: left + max(1, layout.monthCount) * monthWidth + 6, y: y + 4)
            }
        }
        var legendX = 0
        for stage in layout.stages {
            let (shape, colour) = shapes[stage.mark] ?? (.circle, SVGDrawing.palette[7])
            drawing.mark(shape, x: legendX + 6, y: height - 14, colour: colour, label: stage.name)
            drawing.text(stage.name, x: legendX + 16, y: height - 10)
            legendX += 90
        }
        return drawing.svg(id: id, width: width, height: height, title: title, description: description(layout), leastScale: 80)
    }

    /// The chart in a sentence: how many artefacts, over which months, how many TBC.
    static func description(_ layout: TimelineLayout) -> String {
        let stages = layout.stages.map(\.name).joined(separator: ", ")
        let span = layout.monthCount == 0 ? "no month known"
            : "from \(layout.month(0).shortText) to \(layout.month(layout.monthCount - 1).shortText)"
        let tbc = layout.lines.filter { !$0.tail.isEmpty }.count
        return "A timeline of \(layout.lines.count) artefacts' \(stages) forecasts, \(span); \(tbc) with a forecast still TBC."
    }
}
