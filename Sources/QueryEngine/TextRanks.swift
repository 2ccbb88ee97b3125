import ColumnStore
import RegisterModel

/// The ranks of a text dictionary's values in case-insensitive order, for group keys,
/// `distinct` and sorting: equal values share a rank, and, when comparing as `=` does,
/// so do values that differ only in case, spaces and punctuation (`Blocked`, `blocked`,
/// `BLOCKED`). Worked out per dictionary entry, never per row, apart from counting how
/// many of the rows in question use each spelling.
public struct TextRanks {
    /// Each dictionary code's rank.
    public let ranks: [Int32]
    /// Each rank's text as shown: the spelling most of the rows in question use (ties:
    /// the first of them in register order).
    public let shown: [String]
    /// The ranks under which rows in question use more than one spelling, with those
    /// spellings, most used first.
    let merged: [(rank: Int32, spellings: [String])]

    /// Exact values: each distinct value its own rank.
    init(exact dictionary: TextDictionary) {
        self.init(dictionary, key: { $0 }, spellingCounts: nil)
    }

    /// Values as `=` compares them; `uses(code)` counts the rows in question that use
    /// dictionary code `code`, and `firstUse(code)` the first of them (register order).
    public init(comparingAsEquals dictionary: TextDictionary, uses: [Int32], firstUse: [Int32]) {
        self.init(dictionary, key: equalityKey, spellingCounts: (uses, firstUse))
    }

    private init(_ dictionary: TextDictionary, key: (String) -> String, spellingCounts: (uses: [Int32], first: [Int32])?) {
        let values = dictionary.values
        var groupOfKey: [String: Int] = [:]
        var groupOf = [Int](repeating: 0, count: values.count)
        // Per group: each spelling used by the rows in question, with its count and first row.
        var spellings: [[String: (count: Int32, first: Int32)]] = []
        var anySpelling: [String] = []
        for code in values.indices {
            let value = values[code]
            let group: Int
            if let found = groupOfKey[key(value)] {
                group = found
            } else {
                group = spellings.count
                groupOfKey[key(value)] = group
                spellings.append([:])
                anySpelling.append(value)
            }
            groupOf[code] = group
            if let counts = spellingCounts, counts.uses[code] > 0 {
                let seen = spellings[group][value]
                spellings[group][value] = (count: (seen?.count ?? 0) + counts.uses[code],
                                           first: min(seen?.first ?? .max, counts.first[code]))
            }
        }
        let shownOfGroup = spellings.indices.map { group in
            spellings[group].max { a, b in
                a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first
            }?.key ?? anySpelling[group]
        }
        let order = shownOfGroup.indices.sorted { a, b in
            textPrecedes(shownOfGroup[a], shownOfGroup[b]) || (!textPrecedes(shownOfGroup[b], shownOfGroup[a]) && a < b)
        }
        var rankOfGroup = [Int32](repeating: 0, count: order.count)
        for (rank, group) in order.enumerated() { rankOfGroup[group] = Int32(rank) }
        ranks = groupOf.map { rankOfGroup[$0] }
        shown = order.map { shownOfGroup[$0] }
        merged = order.enumerated().compactMap { rank, group in
            guard spellings[group].count > 1 else { return nil }
            let used = spellings[group].sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }
            return (Int32(rank), used.map(\.key))
        }
    }
}
