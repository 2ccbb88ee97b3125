import ColumnStore
import RegisterModel

/// A diff's rows, their cells read from the two reports when asked for, not made up front:
/// a diff of two large reports has hundreds of thousands of rows. Each row is a new
/// artefact (a row of the later report), a removed one (a row of the earlier), or a
/// changed one (a row of each, and the fields that differ).
final class DiffCells: Sendable {
    enum Change: UInt8, Sendable {
        case new, changed, removed

        var word: String {
            switch self {
            case .new: "new"
            case .changed: "changed"
            case .removed: "removed"
            }
        }
    }

    let later: ColumnSet
    let earlier: ColumnSet
    let changes: [Change]
    /// The row of the later report (new, changed) or of the earlier (removed).
    let rows: [Int32]
    /// A changed row's row in the earlier report; -1 otherwise.
    let earlierRows: [Int32]
    /// A changed row's fields that differ, a bit each (`1 << i` for `Field.stored[i]`).
    let differing: [UInt16]
    /// The fields of the columns after `change`: the identity fields, then those shown.
    let fields: [Field]
    /// How many of `fields` are identity fields: a changed row shows them whether or not
    /// they changed, and the others only where they changed.
    let identityCount: Int
    private let bits: [UInt16]
    private let readLater: [@Sendable (Int) -> Value]
    private let readEarlier: [@Sendable (Int) -> Value]
    private let cellColumns: [ColumnSet.CellColumn]

    init(later: ColumnSet, earlier: ColumnSet, changes: [Change], rows: [Int32], earlierRows: [Int32], differing: [UInt16],
         fields: [Field], identityCount: Int) {
        (self.later, self.earlier, self.changes, self.rows, self.earlierRows, self.differing) = (later, earlier, changes, rows, earlierRows, differing)
        (self.fields, self.identityCount) = (fields, identityCount)
        bits = fields.map { field in UInt16(1) << Field.stored.firstIndex(of: field)! }
        readLater = fields.map { later.cellReader($0) }
        readEarlier = fields.map { earlier.cellReader($0) }
        cellColumns = fields.map(ColumnSet.CellColumn.init)
    }

    var count: Int { changes.count }

    /// Column 0 is the change; column `c` after it is `fields[c - 1]`: a new or removed
    /// artefact's value, a changed one's `.change(from:to:)` where it changed, its identity
    /// value where not, and no value in the other columns.
    func value(row: Int, column: Int) -> Value {
        guard column > 0 else { return .text(changes[row].word) }
        let index = column - 1, at = Int(rows[row])
        switch changes[row] {
        case .new: return readLater[index](at)
        case .removed: return readEarlier[index](at)
        case .changed:
            if differing[row] & bits[index] != 0 { return .change(from: readEarlier[index](Int(earlierRows[row])), to: readLater[index](at)) }
            return index < identityCount ? readLater[index](at) : .null
        }
    }

    /// `value`'s text as csv writes it (`CellText.data`: the register file's encoding of a
    /// value, a change as `old->new`), appended to `out` without making a `String`.
    func appendText(row: Int, column: Int, to out: inout [UInt8]) {
        guard column > 0 else { return out += changes[row].word.utf8 }
        let index = column - 1, at = Int(rows[row])
        switch changes[row] {
        case .new: later.appendCellText(at: cellColumns[index], row: at, to: &out)
        case .removed: earlier.appendCellText(at: cellColumns[index], row: at, to: &out)
        case .changed:
            if differing[row] & bits[index] != 0 {
                earlier.appendCellText(at: cellColumns[index], row: Int(earlierRows[row]), to: &out)
                out += [0x2D, 0x3E] // ->
                later.appendCellText(at: cellColumns[index], row: at, to: &out)
            } else if index < identityCount {
                later.appendCellText(at: cellColumns[index], row: at, to: &out)
            }
        }
    }
}
