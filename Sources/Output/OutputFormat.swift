/// The output formats of `--format` and `.format`: the one list that the help, the
/// messages and completion name formats from, so that a format added here shows everywhere.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, tsv, json, jsonl, markdown, html, bar, timeline, trend, sql

    /// The format `name` names, in any case (`-f CSV`, `.format Json`).
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    /// Every format's name, in the order help and messages list them.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// What the format prints, in a few words for `.help formats`.
    public var summary: String {
        switch self {
        case .table: "aligned columns (default)"
        case .csv: "comma-separated: one header row, then rows"
        case .tsv: "tab-separated: one header row, then rows"
        case .json: "an array of objects; a run of several, an array of those"
        case .jsonl: "one object per line"
        case .markdown: "a pipe table for reports"
        case .html: "an HTML table (a fragment: caption, headings, every value escaped)"
        case .bar: "a chart: one bar per group, as long as its count"
        case .timeline: "a chart: each artefact's sg, review and dag months"
        case .trend: "a chart: each artefact's forecast month report by report (from @all)"
        case .sql: "CREATE TABLE register and its rows, for --dialect sqlite|duckdb|postgres"
        }
    }
}
