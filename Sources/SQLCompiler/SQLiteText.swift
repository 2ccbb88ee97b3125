import RegisterModel

/// SQLite has neither Unicode lowercasing nor regular-expression replacement, so regq's
/// text rules are written beside the data: `regq_text (value, lowered, key)` holds each
/// text value of the table (text cells and list elements), lowercased and as its equality
/// key, both computed by regq itself when `-f sql` writes the table. A query looks a value
/// up there: `(SELECT key FROM regq_text WHERE value = r."status")`.
public enum SQLiteText {
    /// The table's name.
    public static let table = "regq_text"

    /// The table, before its rows.
    public static let creation = """
        -- \(table): each text value of "register", lowercased and as the key regq compares text by
        CREATE TABLE \(table) (
          value TEXT PRIMARY KEY,
          lowered TEXT NOT NULL,
          key TEXT NOT NULL
        ) WITHOUT ROWID;

        """

    /// The value of `column` (`lowered` or `key`) for `text`, a value of the table. (Inside
    /// the subquery, `value` and `key` are the text table's; `text` names its columns with
    /// their table.)
    static func lookup(_ text: String, column: String) -> String {
        "(SELECT \(column) FROM \(table) WHERE value = \(text))"
    }

    /// The values of the table's row for `value`, as literals: the value, lowercased as
    /// regq lowercases text for its order, and its equality key.
    public static func values(_ value: String) -> String {
        [value, value.lowercased(), equalityKey(value)].map(SQLDialect.sqlite.string).joined(separator: ", ")
    }
}
