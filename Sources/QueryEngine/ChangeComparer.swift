import ColumnStore
import RegisterModel

/// Whether a field's value differs between a row of one report and a row of another, as a
/// change compares it: text by its equality key, a list as the set of its elements' keys,
/// a month exactly (TBC a value of its own), a kind as itself.
///
/// Cells with the same bytes (lists: the same elements in the same order) are equal
/// without a key: keys are made only for cells that differ as written, a few of a
/// report's rows.
struct ChangeComparer {
    /// (row of the later report, row of the earlier report) -> they differ.
    let differs: (Int, Int) -> Bool

    init(_ later: ColumnSet, _ earlier: ColumnSet, _ field: Field) {
        switch (later.column(field), earlier.column(field)) {
        case (.text(let now), .text(let then)):
            differs = { !now.dictionary.isEqualText(now.codes[$0], to: then.dictionary, then.codes[$1]) }
        case (.list(let now), .list(let then)):
            differs = { !now.hasEqualSet($0, as: then, $1) }
        default:
            let now = later.cellReader(field), then = earlier.cellReader(field)
            differs = { now($0) != then($1) }
        }
    }
}
