import RegisterModel

/// The text of register files that tests write, headed by the schema's own header line:
/// the column names are written in one place, `Field.header`, and a change to the schema
/// reaches every test register at once.
public enum RegisterText {
    /// The header line of a register file, line break included.
    public static let header = Field.header + "\n"

    /// A register file: the header line, then `rows` — lines of CSV, each ending in a
    /// line break.
    public static func csv(_ rows: String) -> String {
        header + rows
    }
}
