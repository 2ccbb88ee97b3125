/// What the SVG charts share: the `<svg>` element with its title and description, text
/// (escaped, shortened with its whole text as a tooltip), and the marks, told apart by
/// shape as well as colour so that a chart reads in grey print.
struct SVGDrawing {
    static let fontSize = 12
    static let charWidth = 7
    /// Colours that read on a light and a dark page, and apart in grey.
    static let palette = ["#1f77b4", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666"]
    enum Shape: CaseIterable {
        case circle, square, diamond, triangle, cross, downTriangle
    }

    private(set) var body = ""

    mutating func add(_ element: String) { body += element + "\n" }

    /// The whole `<svg>`: `role="img"`, a `<title>` and a `<desc>` (escaped), then the body.
    /// It fills the width of the page up to a quarter larger than drawn, and shrinks on a
    /// narrow screen to `leastScale` of that, the page scrolling sideways below it; printed,
    /// it is drawn at its own size, shrunk only to fit the page.
    func svg(id: String, width: Int, height: Int, title: String, description: String, leastScale: Int = 60) -> String {
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
            + " width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-size=\"\(Self.fontSize)\""
            + " style=\"width: 100%; max-width: \(width * 5 / 4)px; min-width: \(width * leastScale / 100)px\">\n"
            + "<title id=\"\(id)-title\">" + HTMLEscaping.text(title) + "</title>\n"
            + "<desc id=\"\(id)-desc\">" + HTMLEscaping.text(description) + "</desc>\n"
            + body + "</svg>\n"
    }

    /// Text at (x, y), shortened to `maxCharacters` with `…`, its whole text then a tooltip.
    mutating func text(_ text: String, x: Int, y: Int, anchor: String = "start", maxCharacters: Int = .max, className: String? = nil) {
        let shortened = text.count > maxCharacters ? String(text.prefix(max(1, maxCharacters - 1))) + "…" : text
        let tooltip = shortened == text ? "" : "<title>" + HTMLEscaping.text(text) + "</title>"
        let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
        add("<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\"\(classAttribute)>\(tooltip)" + HTMLEscaping.text(shortened) + "</text>")
    }

    mutating func line(_ x1: Int, _ y1: Int, _ x2: Int, _ y2: Int, className: String = "axis") {
        add("<line class=\"\(className)\" x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\"/>")
    }

    /// A mark of `shape` centred on (x, y), `radius` across half its width, in `colour`;
    /// `label` (escaped) is its tooltip.
    mutating func mark(_ shape: Shape, x: Int, y: Int, radius: Int = 5, colour: String, label: String) {
        let r = radius
        let title = "<title>" + HTMLEscaping.text(label) + "</title>"
        let paint = "class=\"mark\" fill=\"\(colour)\" stroke=\"\(colour)\""
        switch shape {
        case .circle:
            add("<circle \(paint) cx=\"\(x)\" cy=\"\(y)\" r=\"\(r)\">\(title)</circle>")
        case .square:
            add("<rect \(paint) x=\"\(x - r)\" y=\"\(y - r)\" width=\"\(2 * r)\" height=\"\(2 * r)\">\(title)</rect>")
        case .diamond:
            add("<polygon \(paint) points=\"\(x),\(y - r - 1) \(x + r + 1),\(y) \(x),\(y + r + 1) \(x - r - 1),\(y)\">\(title)</polygon>")
        case .triangle:
            add("<polygon \(paint) points=\"\(x),\(y - r - 1) \(x + r + 1),\(y + r) \(x - r - 1),\(y + r)\">\(title)</polygon>")
        case .downTriangle:
            add("<polygon \(paint) points=\"\(x),\(y + r + 1) \(x + r + 1),\(y - r) \(x - r - 1),\(y - r)\">\(title)</polygon>")
        case .cross:
            add("<path \(paint) stroke-width=\"3\" fill=\"none\" d=\"M\(x - r),\(y - r)L\(x + r),\(y + r)M\(x - r),\(y + r)L\(x + r),\(y - r)\">\(title)</path>")
        }
    }

    /// The `index`th mark's shape and colour: shapes and colours both cycle, so neighbours differ in both.
    static func style(_ index: Int) -> (shape: Shape, colour: String) {
        (Shape.allCases[index % Shape.allCases.count], palette[index % palette.count])
    }
}
