/// A bar chart in SVG, from the same `BarLayout` as the terminal's: one bar per group,
/// its label on the left and its count at the bar's end; a pivot's total below.
enum SVGBarChart {
    static let rowHeight = 22
    static let barArea = 280

    static func render(_ layout: BarLayout, id: String, title: String) -> String {
        var drawing = SVGDrawing()
        let labels = layout.groups.map { $0.labels.joined(separator: " · ") }
        let labelCharacters = min(40, ([layout.headers.joined(separator: " · ")] + labels).map(\.count).max() ?? 0)
        let labelWidth = labelCharacters * SVGDrawing.charWidth + 12
        let countWidth = (String(layout.largest).count + 1) * SVGDrawing.charWidth + 8
        let width = labelWidth + barArea + countWidth
        drawing.text(layout.headers.joined(separator: " · "), x: 0, y: 16, maxCharacters: 40, className: "heading")
        drawing.text(layout.countHeader, x: labelWidth, y: 16, className: "heading")
        let largest = max(1, layout.largest)
        for (index, group) in layout.groups.enumerated() {
            let top = 26 + index * rowHeight
            drawing.text(labels[index], x: 0, y: top + 15, maxCharacters: 40)
            let length = group.count == 0 ? 0 : max(2, group.count * barArea / largest)
            drawing.add("<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(top + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\"><title>"
                + HTMLEscaping.text(labels[index] + ": \(group.count)") + "</title></rect>")
            drawing.text(String(group.count), x: labelWidth + length + 6, y: top + 15)
        }
        var height = 26 + layout.groups.count * rowHeight + 8
        if let total = layout.total {
            drawing.text("total \(total)", x: labelWidth, y: height + 8, className: "heading")
            height += 20
        }
        return drawing.svg(id: id, width: width, height: height, title: title, description: description(layout), leastScale: 75)
    }

    /// The chart in a sentence: how many groups, the largest and the sum.
    static func description(_ layout: BarLayout) -> String {
        guard let top = layout.groups.max(by: { $0.count < $1.count }) else { return "A bar chart of no groups." }
        let sum = layout.total ?? layout.groups.map(\.count).reduce(0, +)
        return "A bar chart of \(layout.countHeader) by \(layout.headers.joined(separator: ", ")): \(layout.groups.count) groups,"
            + " \(sum) in all; the largest is \(top.labels.joined(separator: ", ")) with \(top.count)."
    }
}
