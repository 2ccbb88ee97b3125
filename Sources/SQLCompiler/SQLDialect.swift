import QueryLanguage
import RegisterModel

/// The SQL engines regq writes for, each described once: how a column of each type is
/// declared, how a literal is written, and how each of the few functions the relational
/// form needs is spelled. Everything else regq writes is SQL all three engines share.
/// The canonical schema that follows is documented in docs/SQL.md.
public enum SQLDialect: String, CaseIterable, Sendable {
    case sqlite, duckdb, postgres

    /// The dialect `name` names, in any case.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    public static var names: [String] { allCases.map(\.rawValue) }

    /// The engine's name, as its makers write it.
    public var title: String {
        switch self {
        case .sqlite: "SQLite"
        case .duckdb: "DuckDB"
        case .postgres: "PostgreSQL"
        }
    }

    /// The longest identifier the engine keeps, in bytes; nil when it keeps any.
    public var identifierLimit: Int? { self == .postgres ? 63 : nil }

    /// Why a table with these column names cannot be made, or nil: PostgreSQL would cut a
    /// long name, and the table would not have regq's columns.
    public func columnNameProblem(_ names: some Sequence<String>) -> String? {
        guard let limit = identifierLimit, let long = names.first(where: { $0.utf8.count > limit }) else { return nil }
        return "\(title) cuts column names to \(limit) bytes, and the column '\(long)' has \(long.utf8.count): its name cannot be kept"
    }

    // MARK: - Schema and literals

    /// The column type for values of `type`: lists as arrays (JSON arrays in SQLite, which
    /// has none), months as dates on their first day (`YYYY-MM` text in SQLite, which sorts
    /// as the calendar does), TBC as NULL.
    public func columnType(_ type: ValueType) -> String {
        switch (self, type) {
        case (.sqlite, .kind), (.sqlite, .text), (.sqlite, .list), (.sqlite, .month): "TEXT"
        case (.sqlite, .integer): "INTEGER"
        case (.duckdb, .kind), (.duckdb, .text): "VARCHAR"
        case (.duckdb, .list): "VARCHAR[]"
        case (.duckdb, .month): "DATE"
        case (.duckdb, .integer): "BIGINT"
        case (.postgres, .kind), (.postgres, .text): "text"
        case (.postgres, .list): "text[]"
        case (.postgres, .month): "date"
        case (.postgres, .integer): "bigint"
        }
    }

    /// A quoted identifier: `"min_dag"`, a `"` inside doubled.
    public func identifier(_ name: String) -> String {
        "\"" + name.replacing("\"", with: "\"\"") + "\""
    }

    /// A string literal: `'it''s'`. The three engines read backslashes in a standard
    /// string literal as themselves.
    public func string(_ text: String) -> String {
        "'" + text.replacing("'", with: "''") + "'"
    }

    /// The literal of a month: `DATE '2022-05-01'`, or `'2022-05'` in SQLite; TBC is NULL.
    public func month(_ month: Month) -> String {
        guard let iso = month.isoText else { return "NULL" }
        return self == .sqlite ? string(iso) : "DATE " + string(iso + "-01")
    }

    // MARK: - Functions of the relational form

    /// `a IS NOT DISTINCT FROM b`: equal, NULL (TBC) equal to NULL.
    func sameValue(_ a: String, _ b: String) -> String {
        self == .sqlite ? "\(a) IS \(b)" : "\(a) IS NOT DISTINCT FROM \(b)"
    }

    /// Whether the list is empty.
    func listIsEmpty(_ list: String) -> String {
        switch self {
        case .sqlite: "json_array_length(\(list)) = 0"
        case .duckdb: "len(\(list)) = 0"
        case .postgres: "cardinality(\(list)) = 0"
        }
    }

    /// A table of the list's elements, one row each, as a FROM item named `alias` that
    /// may refer to the FROM items before it: its column `value`, and its position in the
    /// list (`elementPosition`).
    func elements(of list: String, as alias: String) -> String {
        switch self {
        case .sqlite: "json_each(\(list)) AS \(alias)"
        case .duckdb, .postgres: "unnest(\(list)) WITH ORDINALITY AS \(alias)(value, position)"
        }
    }

    /// The position of an element of `elements(of:as:)`, in list order.
    func elementPosition(_ alias: String) -> String {
        self == .sqlite ? "\(alias).key" : "\(alias).position"
    }

    /// A FROM item joining each row to each element of its list, and to one NULL when the
    /// list is empty, so that no row drops out (`group by subgroups`).
    func elementsOrNone(of list: String, as alias: String) -> String {
        switch self {
        case .sqlite: "LEFT JOIN json_each(\(list)) AS \(alias) ON true"
        case .duckdb, .postgres: "LEFT JOIN LATERAL unnest(\(list)) AS \(alias)(value) ON true"
        }
    }

    /// Whether regq's text rules need the `regq_text` table beside the data (`SQLiteText`):
    /// `-f sql` writes it, and queries look text up in it.
    public var needsTextTable: Bool { self == .sqlite }

    /// Text lowercased, as regq lowercases it. SQLite folds only ASCII itself, so its text
    /// is looked up in the `regq_text` table (`SQLiteText`).
    func lowered(_ text: String) -> String {
        self == .sqlite ? SQLiteText.lookup(text, column: "lowered") : "lower(\(text))"
    }

    /// Text turned into its equality key: lowercased, each run of characters that are
    /// not letters or digits one `-`, none at either end.
    func equalityKey(_ text: String) -> String {
        switch self {
        case .sqlite: SQLiteText.lookup(text, column: "key")
        case .duckdb: "trim(regexp_replace(lower(\(text)), '[^\\p{L}\\p{N}]+', '-', 'g'), '-')"
        case .postgres: "trim(both '-' from regexp_replace(lower(\(text)), '[^[:alpha:][:digit:]]+', '-', 'g'))"
        }
    }

    /// Text compared byte by byte (code point order), as regq orders text: PostgreSQL
    /// would otherwise use the database's collation.
    func binary(_ text: String) -> String {
        self == .postgres ? "(\(text) COLLATE \"C\")" : text
    }

    /// `text LIKE pattern` with no escape character: `\` is a character like any other.
    func like(_ text: String, _ pattern: String) -> String {
        self == .postgres ? "\(text) LIKE \(pattern) ESCAPE ''" : "\(text) LIKE \(pattern)"
    }

    /// How many elements the list holds.
    func listSize(_ list: String) -> String {
        switch self {
        case .sqlite: "json_array_length(\(list))"
        case .duckdb: "CAST(len(\(list)) AS BIGINT)"
        case .postgres: "CAST(cardinality(\(list)) AS bigint)"
        }
    }

    /// A month as a number of months, year × 12 + month − 1 (NULL for TBC).
    func monthNumber(_ month: String) -> String {
        switch self {
        case .sqlite: "(CAST(substr(\(month), 1, 4) AS INTEGER) * 12 + CAST(substr(\(month), 6, 2) AS INTEGER) - 1)"
        case .duckdb: "(CAST(year(\(month)) AS BIGINT) * 12 + month(\(month)) - 1)"
        case .postgres: "(CAST(extract(year FROM \(month)) AS bigint) * 12 + CAST(extract(month FROM \(month)) AS bigint) - 1)"
        }
    }

    /// The month a number of months names, in the canonical type of a month.
    func numberedMonth(_ number: String) -> String {
        switch self {
        case .sqlite: "CASE WHEN \(number) IS NOT NULL THEN printf('%04d-%02d', \(number) / 12, \(number) % 12 + 1) END"
        case .duckdb: "make_date(CAST(\(number) // 12 AS BIGINT), CAST(\(number) % 12 + 1 AS BIGINT), 1)"
        case .postgres: "make_date(CAST(\(number) / 12 AS integer), CAST(\(number) % 12 + 1 AS integer), 1)"
        }
    }

    /// A month as `YYYY-MM` text.
    func monthISOText(_ month: String) -> String {
        switch self {
        case .sqlite: month
        case .duckdb: "strftime(\(month), '%Y-%m')"
        case .postgres: "to_char(\(month), 'YYYY-MM')"
        }
    }

    /// The character with code 1, which sorts before every character of a register's text.
    var lowestCharacter: String { self == .sqlite ? "char(1)" : "chr(1)" }

    /// The position of `needle` in `text`, from 1.
    func position(of needle: String, in text: String) -> String {
        self == .postgres ? "strpos(\(text), \(needle))" : "instr(\(text), \(needle))"
    }

    /// `text` from position `start` (from 1) to its end.
    func substring(_ text: String, from start: String) -> String {
        "substr(\(text), \(start))"
    }

    /// The values of a group as a list, in the order of `orderBy`; the empty list when
    /// there are none. (SQLite aggregates in the order rows come; the caller feeds them in
    /// order.)
    func listAggregate(_ value: String, orderBy: [String]) -> String {
        let order = orderBy.joined(separator: ", ")
        switch self {
        case .sqlite: return "json_group_array(\(value))"
        case .duckdb: return "COALESCE(list(\(value) ORDER BY \(order)), []::VARCHAR[])"
        case .postgres: return "COALESCE(array_agg(\(value) ORDER BY \(order)), '{}'::text[])"
        }
    }

    /// The empty list's literal.
    var emptyList: String {
        switch self {
        case .sqlite: "'[]'"
        case .duckdb: "[]::VARCHAR[]"
        case .postgres: "'{}'::text[]"
        }
    }

    /// A NULL of a result column's type, for the key cells of a pivot's total row.
    func null(_ type: ValueType) -> String {
        self == .sqlite ? "NULL" : "CAST(NULL AS \(columnType(type)))"
    }
}
