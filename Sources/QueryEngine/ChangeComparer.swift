import ColumnStore
import QueryLanguage
import RegisterModel

/// Whether a field's value differs between a row of one report and a row of another, as a
/// change compares its type (`ValueType.changeEquality`).
///
/// Kinds and months compare as they are held. Text and lists of a field whose values
/// repeat (small dictionaries: status, blocker, sub-groups) compare by equality class, a
/// number per dictionary value worked out once (`EqualityClasses`), so a row costs two
/// array reads. Other text (names, references) compares bytes first: cells with the same
/// bytes are equal without a key; keys are made only for cells that differ as written.
struct ChangeComparer {
    /// (row of the later report, row of the earlier report) -> they differ.
    let differs: (Int, Int) -> Bool

    init(_ later: ColumnSet, _ earlier: ColumnSet, _ field: Field) {
        switch (field.valueType.changeEquality, later.column(field), earlier.column(field)) {
        case (.equalityKey, .text(let now), .text(let then)):
            if let classes = EqualityClasses(now.dictionary, then.dictionary) {
                let (nowClass, thenClass, nowCodes, thenCodes) = (classes.later, classes.earlier, now.codes, then.codes)
                differs = { nowClass[Int(nowCodes[$0])] != thenClass[Int(thenCodes[$1])] }
            } else {
                differs = { !now.dictionary.isEqualText(now.codes[$0], to: then.dictionary, then.codes[$1]) }
            }
        case (.setOfKeys, .list(let now), .list(let then)):
            if let classes = EqualityClasses(now.dictionary, then.dictionary) {
                differs = { !classes.sameSet(now, $0, then, $1) }
            } else {
                differs = { !now.hasEqualSet($0, as: then, $1) }
            }
        case (.itself, .kind(let now), .kind(let then)):
            differs = { now[$0] != then[$1] }
        case (.exactWithMissing, .month(let now), .month(let then)):
            differs = { now[$0] != then[$1] }
        default:
            preconditionFailure("\(field.name)'s column is not of its type")
        }
    }
}

/// For two dictionaries of values that repeat, a class per value: two values share a
/// class when `=` treats them as one (their equality keys are equal), whichever
/// dictionary holds them. Nil when either dictionary is large (values nearly unique per
/// row): making a key for each would cost more than comparing the rows.
struct EqualityClasses {
    let later: [Int32]
    let earlier: [Int32]

    static let largest = 1 << 16

    init?(_ later: TextDictionary, _ earlier: TextDictionary) {
        guard later.count <= Self.largest, earlier.count <= Self.largest else { return nil }
        var classOfKey: [[UInt8]: Int32] = [:]
        func classes(_ dictionary: TextDictionary) -> [Int32] {
            (0 ..< UInt32(dictionary.count)).map { code in
                let key = dictionary.keyBytes(code)
                if let known = classOfKey[key] { return known }
                let new = Int32(classOfKey.count)
                classOfKey[key] = new
                return new
            }
        }
        self.later = classes(later)
        self.earlier = classes(earlier)
    }

    /// Whether a row of the later report's list column and one of the earlier's hold the
    /// same classes, as sets. (Read by index: a slice per row would cost a retain.)
    func sameSet(_ now: ListColumn, _ nowRow: Int, _ then: ListColumn, _ thenRow: Int) -> Bool {
        let mine = Int(now.offsets[nowRow]) ..< Int(now.offsets[nowRow + 1])
        let theirs = Int(then.offsets[thenRow]) ..< Int(then.offsets[thenRow + 1])
        if mine.count == theirs.count {
            var inOrder = true
            for (index, other) in zip(mine, theirs) where later[Int(now.codes[index])] != earlier[Int(then.codes[other])] {
                inOrder = false
                break
            }
            if inOrder { return true }
        }
        return Set(mine.map { later[Int(now.codes[$0])] }) == Set(theirs.map { earlier[Int(then.codes[$0])] })
    }
}
