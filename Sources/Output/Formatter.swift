import QueryEngine

/// The output formats of `--format` and `.format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, tsv, json, jsonl, markdown, bar, timeline
}

/// What the formatters know about where the output goes. The shell fills it in from the
/// terminal (or leaves the defaults when writing to a pipe or a file).
public struct OutputOptions: Sendable {
    /// Terminal width in columns; nil = unlimited (not a terminal). Only `table` uses it.
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
    /// `bar` and `timeline` are not built yet and render as `table` for now.
    public static func render(_ table: ResultTable, as format: OutputFormat, options: OutputOptions) -> String {
        switch format {
        case .table, .bar, .timeline: TableFormatter.render(table, options: options)
        case .csv: CSVFormatter.render(table)
        case .tsv: TSVFormatter.render(table)
        case .json: JSONFormatter.render(table)
        case .jsonl: JSONFormatter.renderLines(table)
        case .markdown: MarkdownFormatter.render(table)
        }
    }
}
