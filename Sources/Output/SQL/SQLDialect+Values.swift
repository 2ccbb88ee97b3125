import QueryEngine
import QueryLanguage
import SQLCompiler

extension SQLDialect {
    /// The literal of a list: `['a', 'b']` in DuckDB, `ARRAY['a','b']::text[]` in
    /// PostgreSQL, a JSON array as text in SQLite (`'["a","b"]'`).
    func list(_ values: [String]) -> String {
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
    func literal(_ value: Value, type: ValueType) -> String {
        switch value {
        case .null: "NULL"
        case .kind(let kind): string(kind.code)
        case .text(let text): string(text)
        case .list(let values): list(values)
        case .month(let month): self.month(month)
        case .integer(let number): String(number)
        case .change: string(CellText.text(value, listSeparator: ";"))
        }
    }
}
