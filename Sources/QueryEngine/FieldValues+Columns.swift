import ColumnStore
import QueryLanguage
import RegisterModel

/// Columns tell the checker the values their text and list fields hold (nil for a field
/// not loaded: the checker then does not warn about values).
extension ColumnSet: FieldValues {
    public func values(of field: Field) -> [String]? {
        guard fields.contains(field) else { return nil }
        switch column(field) {
        case .text(let column): return column.dictionary.values
        case .list(let column): return column.dictionary.values
        case .kind, .month: return []
        }
    }
}

/// A whole register: its values, every field loaded.
extension Register: FieldValues {
    public func values(of field: Field) -> [String]? { built.values(of: field) }
}
