import QueryEngine
import ColumnStore
import RegisterModel

/// The rule every formatter shares for turning a cell into text. (The formats a terminal
/// shows then escape its control characters with `TerminalText`.)
enum CellText {
    /// The cell as a person reads it: kinds as codes, lists joined by `listSeparator`,
    /// months `May-22` / `TBC`, integers as digits, null as nothing.
    static func text(_ value: Value, listSeparator: String) -> String {
        switch value {
        case .null: ""
        case .kind(let kind): kind.code
        case .text(let text): text
        case .list(let items): items.joined(separator: listSeparator)
        case .month(let month): month.shortText
        case .integer(let number): String(number)
        }
    }

    /// The cell as a table, a chart or markdown shows it to a person: an empty value
    /// reads `Value.emptyText` rather than nothing.
    static func shown(_ value: Value, listSeparator: String) -> String {
        let text = text(value, listSeparator: listSeparator)
        return text.isEmpty ? Value.emptyText : text
    }
}
