import QueryEngine
import ColumnStore
import RegisterModel

/// The rule every formatter shares for turning a cell into text. (The formats a terminal
/// shows then escape its control characters with `TerminalText`.)
public enum CellText {
    /// The cell as a person reads it: kinds as codes, lists joined by `listSeparator`,
    /// months `May-22` / `TBC`, integers as digits, null as nothing, a change as
    /// `old->new` (as daff writes one).
    public static func text(_ value: Value, listSeparator: String) -> String {
        switch value {
        case .null: ""
        case .kind(let kind): kind.code
        case .text(let text): text
        case .list(let items): items.joined(separator: listSeparator)
        case .month(let month): month.shortText
        case .integer(let number): String(number)
        case .change(let from, let to): text(from, listSeparator: listSeparator) + "->" + text(to, listSeparator: listSeparator)
        }
    }

    /// The cell as a table, a chart or markdown shows it to a person: an empty value
    /// reads `Value.emptyText` rather than nothing; a change reads `Apr-22 → Jun-22`.
    /// `none` is what an empty value reads.
    static func shown(_ value: Value, listSeparator: String, none: String = Value.emptyText) -> String {
        if case .change(let from, let to) = value {
            return shown(from, listSeparator: listSeparator) + " → " + shown(to, listSeparator: listSeparator)
        }
        let text = text(value, listSeparator: listSeparator)
        return text.isEmpty ? none : text
    }

    /// A cell of `table` as a person reads it: as `shown` says, except that a pivot's
    /// total row leaves its other key cells blank (they are not values), and a diff's
    /// unchanged cell (no value in a column that may hold a change) is blank, while a new
    /// or removed artefact's empty value there reads `Value.emptyText`.
    static func shown(_ table: ResultTable, row: Int, column: Int, listSeparator: String) -> String {
        let value = table.value(row: row, column: column)
        let isUnchanged = value == .null && table.isBlankWhereNone(column: column)
        return shown(value, listSeparator: listSeparator, none: table.isTotalRow(row) || isUnchanged ? "" : Value.emptyText)
    }

    /// How csv and tsv label a pivot's total row, in its first cell: a word in
    /// parentheses, as no key value is written, so that no program takes it for one.
    public static let totalRowLabel = "(total)"

    /// A cell as csv and tsv write it (`text`, lists `;`-joined), a pivot's total row
    /// labelled `totalRowLabel`.
    static func data(_ table: ResultTable, row: Int, column: Int) -> String {
        if column == 0 && table.isTotalRow(row) { return totalRowLabel }
        return text(table.value(row: row, column: column), listSeparator: ";")
    }
}
