import Output

/// The sqlite3 shell's dot-commands an analyst types from habit, each with what does the
/// same in regq: a pointer, not just "unknown command".
enum SQLiteShellHabits {
    /// What regq does instead of `.NAME` (a command regq does not have); nil when it is no
    /// habit of the sqlite3 shell.
    static func pointer(forCommand name: String) -> String? {
        switch name {
        case "schema", "tables", "indexes", "indices", "databases":
            "regq has one table, the register: .fields lists its fields, their types and values"
        case "headers", "header":
            "regq always writes a header row (tables, csv, tsv); there is nothing to turn on"
        case "open", "import":
            ".load FILE reads another register (.load DIR a history of reports)"
        case "once":
            ".output FILE sends results to FILE (.output alone back to the terminal)"
        case "dump":
            ".format csv then select * writes the register as a register file"
        case "width", "separator", "nullvalue":
            "regq lays tables out to fit the terminal; .mode vertical shows rows as field: value lines"
        default:
            nil
        }
    }

    /// What regq does instead of `.mode NAME` where NAME is no table mode: a format
    /// (`.mode csv`) or the sqlite3 shell's line mode.
    static func pointer(forMode name: String) -> String? {
        let lower = name.lowercased()
        if lower == "line" || lower == "lines" { return "did you mean .mode vertical? (each row as field: value lines)" }
        if let format = OutputFormat(name: lower) {
            return "'\(format.rawValue)' is a format: .format \(format.rawValue) (.mode lays out tables: table, vertical, auto)"
        }
        if lower == "box" || lower == "column" { return "did you mean .mode table?" }
        return nil
    }
}
