import ColumnStore
import QueryLanguage
import RegisterModel

/// Whether a field's value differs between a row of one report and a row of another, as a
/// change compares its type (`ValueType.changeEquality`).
///
/// Cells with the same bytes (lists: the same elements in the same order) are equal
/// without a key: keys are made only for cells that differ as written, a few of a
/// report's rows.
struct ChangeComparer {
    /// (row of the later report, row of the earlier report) -> they differ.
    let differs: (Int, Int) -> Bool

    init(_ later: ColumnSet, _ earlier: ColumnSet, _ field: Field) {
        switch field.valueType.changeEquality {
        case .equalityKey:
            guard case .text(let now) = later.column(field), case .text(let then) = earlier.column(field) else {
                preconditionFailure("\(field.name) is not a text column")
            }
            differs = { !now.dictionary.isEqualText(now.codes[$0], to: then.dictionary, then.codes[$1]) }
        case .setOfKeys:
            guard case .list(let now) = later.column(field), case .list(let then) = earlier.column(field) else {
                preconditionFailure("\(field.name) is not a list column")
            }
            differs = { !now.hasEqualSet($0, as: then, $1) }
        case .itself, .exactWithMissing:
            let now = later.cellReader(field), then = earlier.cellReader(field)
            differs = { now($0) != then($1) }
        }
    }
}
