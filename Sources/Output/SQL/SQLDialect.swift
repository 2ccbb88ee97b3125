import QueryEngine
import QueryLanguage
import RegisterModel

/// The SQL engines regq writes for, each described once: how a column of each type is
/// declared, and how a value is written as a literal. The canonical schema that follows
/// from it is documented in docs/SQL.md.
public enum SQLDialect: String, CaseIterable, Sendable {
    case sqlite, duckdb, postgres

    /// The dialect `name` names, in any case.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    public static var names: [String] { allCases.map(\.rawValue) }

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

    /// The literal of a list: `['a', 'b']` in DuckDB, `ARRAY['a','b']::text[]` in
    /// PostgreSQL, a JSON array as text in SQLite (`'["a","b"]'`).
    public func list(_ values: [String]) -> String {
        switch self {
        case .sqlite:
            var json = "["
            for (index, value) in values.enumerated() {
                if index > 0 { json += "," }
                JSONFormatter.appendString(value, to: &json)
            }
            return string(json + "]")
        case .duckdb:
            return values.isEmpty ? "[]::VARCHAR[]" : "[" + values.map(string).joined(separator: ", ") + "]"
        case .postgres:
            return "ARRAY[" + values.map(string).joined(separator: ", ") + "]::text[]"
        }
    }

    /// A result cell as a literal of its column's type; no value is NULL.
    public func literal(_ value: Value, type: ValueType) -> String {
        switch value {
        case .null: "NULL"
        case .kind(let kind): string(kind.code)
        case .text(let text): string(text)
        case .list(let values): list(values)
        case .month(let month): self.month(month)
        case .integer(let number): String(number)
        }
    }
}
