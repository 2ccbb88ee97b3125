import QueryEngine

/// What the formatters know about where the output goes. The shell fills it in from the
/// terminal (or leaves the defaults when writing to a pipe or a file).
public struct OutputOptions: Sendable {
    /// Terminal width in columns; nil = unlimited (not a terminal). `table` fits it; the
    /// charts scale to it, taking 80 columns when it is nil.
    public var width: Int?
    /// ANSI colour (a bold header) is allowed.
    public var useColor: Bool
    /// The terminal is UTF-8, so `─` and `…` may be written; otherwise `-` and `...`.
    public var unicode: Bool

    public init(width: Int? = nil, useColor: Bool = false, unicode: Bool = true) {
        self.width = width
        self.useColor = useColor
        self.unicode = unicode
    }
}

/// The one entry point from the shell to the formatters: a pure function from a result
/// to the text that prints it, so that every format can be tested without a terminal.
public enum Formatter {
    /// The whole rendering of one result, ending in a newline (empty string only when
    /// nothing at all should print: `jsonl` of an empty result).
    ///
    /// `bar` and `timeline` are charts (`BarChart`, `TimelineChart`); a result they cannot
    /// draw is shown as a table after a one-line note saying why.
    public static func render(_ table: ResultTable, as format: OutputFormat, options: OutputOptions) -> String {
        switch format {
        case .table: TableFormatter.render(table, options: options)
        case .bar: BarChart.render(table, options: options)
        case .timeline: TimelineChart.render(table, options: options)
        case .csv: CSVFormatter.render(table)
        case .tsv: TSVFormatter.render(table)
        case .json: JSONFormatter.render(table)
        case .jsonl: JSONFormatter.renderLines(table)
        case .markdown: MarkdownFormatter.render(table)
        }
    }
}
