#if canImport(Glibc)
import Glibc
#endif

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
            differs = { row, other in
                let a = now.codes[row], b = then.codes[other]
                return !Self.sameBytes(now.dictionary, a, then.dictionary, b) && Self.key(now.dictionary, a) != Self.key(then.dictionary, b)
            }
        case (.list(let now), .list(let then)):
            differs = { row, other in
                let a = Int(now.offsets[row]) ..< Int(now.offsets[row + 1]), b = Int(then.offsets[other]) ..< Int(then.offsets[other + 1])
                if a.count == b.count,
                   zip(a, b).allSatisfy({ Self.sameBytes(now.dictionary, now.codes[$0], then.dictionary, then.codes[$1]) }) {
                    return false
                }
                return Set(a.map { Self.key(now.dictionary, now.codes[$0]) }) != Set(b.map { Self.key(then.dictionary, then.codes[$0]) })
            }
        default:
            let now = later.cellReader(field), then = earlier.cellReader(field)
            differs = { now($0) != then($1) }
        }
    }

    private static func sameBytes(_ a: TextDictionary, _ x: UInt32, _ b: TextDictionary, _ y: UInt32) -> Bool {
        a.withBytes(x) { p in
            b.withBytes(y) { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }

    /// A dictionary value's equality key, as bytes.
    private static func key(_ dictionary: TextDictionary, _ code: UInt32) -> [UInt8] {
        var key: [UInt8] = []
        dictionary.withBytes(code) { appendEqualityKey($0, to: &key) }
        return key
    }
}
