import QueryEngine
import QueryLanguage
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
        let identities = table.artefactIdentities
        if identities != nil { out += ",\n  \(dialect.identifier("artefact")) \(dialect.columnType(.integer)) NOT NULL" }
        let types = table.columns.indices.map { SQLFormatter.type(of: $0, in: table) }
        for (column, type) in zip(table.columns, types) {
            out += ",\n  \(dialect.identifier(column.name)) \(dialect.columnType(type))"
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
                if let identities { out += ", " + String(identities[row]) }
                for (index, type) in types.enumerated() {
                    let value = table.value(row: row, column: index)
                    out += ", " + (type == table.columns[index].type ? dialect.literal(value, type: type) : text(value, dialect: dialect))
                }
                out += ")"
            }
            out += ";\n"
        }
        out += "COMMIT;\n"
        return out
    }

    /// A column's type in SQL: a diff's columns after the first hold changes as well as
    /// values, so they are text, each cell as csv writes it (`Apr-22->Jun-22`).
    static func type(of column: Int, in table: ResultTable) -> ValueType {
        table.isDiff && column > 0 ? .text : table.columns[column].type
    }

    private static func text(_ value: Value, dialect: SQLDialect) -> String {
        if case .null = value { return "NULL" }
        return dialect.string(CellText.text(value, listSeparator: ";"))
    }
}
