import QueryEngine
import QueryLanguage
import SQLCompiler

/// `-f sql`: a result as a table of SQL, `CREATE TABLE register (…)` in the canonical
/// schema of the dialect, then its rows as `INSERT`s in one transaction, so that
/// `regq -f sql --dialect sqlite -e 'select *' | sqlite3 reg.db` puts the register in a
/// database. A first column, `row_order`, keeps the result's order (register order for
/// `select *`), which a table in SQL does not. For SQLite, the table of its text values
/// that regq's text rules need (`SQLiteText`) follows.
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
        if dialect.needsTextTable { out += SQLiteText.creation }
        guard table.rowCount > 0 else { return out }
        out += "BEGIN;\n"
        out += inserts(into: name, count: table.rowCount, stoppingWhen: stop) { row in
            var values = String(row + 1)
            if let identities { values += ", " + String(identities[row]) }
            for (index, type) in types.enumerated() {
                let value = table.value(row: row, column: index)
                values += ", " + (type == table.columns[index].type ? dialect.literal(value, type: type) : text(value, dialect: dialect))
            }
            return values
        }
        if dialect.needsTextTable {
            let texts = textValues(of: table, types: types)
            out += inserts(into: SQLiteText.table, count: texts.count, stoppingWhen: stop) { SQLiteText.values(texts[$0]) }
        }
        out += "COMMIT;\n"
        return out
    }

    /// `INSERT`s of `count` rows, `rowsPerInsert` a statement, each row's values from
    /// `values`.
    private static func inserts(into table: String, count: Int, stoppingWhen stop: () -> Bool, values: (Int) -> String) -> String {
        var out = ""
        for start in stride(from: 0, to: count, by: rowsPerInsert) {
            if start > 0, stop() { break }
            out += "INSERT INTO \(table) VALUES\n"
            for row in start ..< min(count, start + rowsPerInsert) {
                out += (row == start ? "  (" : ",\n  (") + values(row) + ")"
            }
            out += ";\n"
        }
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

    /// Every text the table holds in its text and list columns (a list's elements one by
    /// one), each once, in byte order: the values of the text table.
    private static func textValues(of table: ResultTable, types: [ValueType]) -> [String] {
        var texts = Set<[UInt8]>()
        for (index, type) in types.enumerated() where type == .text || type == .list {
            for row in 0 ..< table.rowCount {
                switch table.value(row: row, column: index) {
                case .null: break
                case .text(let text) where type == table.columns[index].type: texts.insert(Array(text.utf8))
                case .list(let elements) where type == .list: for element in elements { texts.insert(Array(element.utf8)) }
                case let value: texts.insert(Array(CellText.text(value, listSeparator: ";").utf8))
                }
            }
        }
        // By bytes: text that Swift finds equal (`é` composed or not) is two values in SQL.
        return texts.sorted { $0.lexicographicallyPrecedes($1) }.map { String(decoding: $0, as: UTF8.self) }
    }
}
