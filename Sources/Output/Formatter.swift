import QueryEngine
import SQLCompiler

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
    /// How `table` lays rows out (`.mode`).
    public var mode: TableMode
    /// Asked every so many rows (Ctrl-C): true abandons the rendering part way, and the
    /// caller drops the text.
    public var shouldStop: @Sendable () -> Bool = { false }
    /// The engine whose SQL `-f sql` writes.
    public var sqlDialect: SQLDialect

    public init(width: Int? = nil, useColor: Bool = false, unicode: Bool = true, mode: TableMode = .auto,
                sqlDialect: SQLDialect = .sqlite) {
        self.width = width
        self.useColor = useColor
        self.unicode = unicode
        self.mode = mode
        self.sqlDialect = sqlDialect
    }
}

/// What a format makes of one result: the text that prints it, and notes about how it
/// was shown, kept apart so that a note goes to standard error like every other note
/// while the results stay whole for whatever reads them.
public struct Rendering: Equatable, Sendable {
    /// The whole rendering, ending in a newline (empty only when nothing at all should
    /// print: `jsonl` of an empty result).
    public var text: String
    /// One line each, without `note: ` in front (a chart drawn as a table says why).
    public var notes: [String]

    public init(text: String, notes: [String] = []) {
        self.text = text
        self.notes = notes
    }
}

/// The one entry point from the shell to the formatters: a pure function from a result
/// to its rendering, so that every format can be tested without a terminal.
public enum Formatter {
    /// The rendering of one result.
    ///
    /// `bar`, `timeline` and `trend` are charts (`BarChart`, `TimelineChart`, `TrendChart`);
    /// a result they cannot draw is shown as a table, with a note saying why.
    public static func render(_ table: ResultTable, as format: OutputFormat, options: OutputOptions) -> Rendering {
        switch format {
        case .table: Rendering(text: TableFormatter.render(table, options: options))
        case .bar: BarChart.render(table, options: options)
        case .timeline: TimelineChart.render(table, options: options)
        case .trend: TrendChart.render(table, options: options)
        case .csv: Rendering(text: CSVFormatter.render(table, stoppingWhen: options.shouldStop))
        case .tsv: Rendering(text: TSVFormatter.render(table, stoppingWhen: options.shouldStop))
        case .json: Rendering(text: JSONFormatter.render(table, stoppingWhen: options.shouldStop))
        case .jsonl: Rendering(text: JSONFormatter.renderLines(table, stoppingWhen: options.shouldStop))
        case .markdown: Rendering(text: MarkdownFormatter.render(table, stoppingWhen: options.shouldStop))
        case .html: Rendering(text: HTMLTable.render(table, caption: HTMLTable.rowCount(table), stoppingWhen: options.shouldStop))
        case .sql: Rendering(text: SQLFormatter.render(table, dialect: options.sqlDialect, stoppingWhen: options.shouldStop))
        }
    }
}
