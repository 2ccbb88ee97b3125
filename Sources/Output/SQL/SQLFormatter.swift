import QueryEngine
import SQLCompiler

/// `-f sql`: a result as a table of SQL, `CREATE TABLE register (…)` in the canonical
/// schema of the dialect, then its rows as `INSERT`s in one transaction, so that
/// `regq -f sql --dialect sqlite -e 'select *' | sqlite3 reg.db` puts the register in a
/// database. A first column, `row_order`, keeps the result's order (register order for
/// `select *`), which a table in SQL does not.
enum SQLFormatter {
    /// Rows per `INSERT`: large enough to load fast, small enough for every engine's
    /// statement limits.
    static let rowsPerInsert = 500

    static func render(_ table: ResultTable, dialect: SQLDialect, stoppingWhen stop: () -> Bool = { false }) -> String {
        let name = dialect.identifier("register")
        var out = "CREATE TABLE \(name) (\n  \(dialect.identifier("row_order")) \(dialect.columnType(.integer)) NOT NULL"
        for column in table.columns {
            out += ",\n  \(dialect.identifier(column.name)) \(dialect.columnType(column.type))"
        }
        out += "\n);\n"
        guard table.rowCount > 0 else { return out }
        out += "BEGIN;\n"
        for start in stride(from: 0, to: table.rowCount, by: rowsPerInsert) {
            out += "INSERT INTO \(name) VALUES\n"
            if start > 0, stop() { break }
            for row in start ..< min(table.rowCount, start + rowsPerInsert) {
                out += row == start ? "  (" : ",\n  ("
                out += String(row + 1)
                for (index, column) in table.columns.enumerated() {
                    out += ", " + dialect.literal(table.value(row: row, column: index), type: column.type)
                }
                out += ")"
            }
            out += ";\n"
        }
        out += "COMMIT;\n"
        return out
    }
}
