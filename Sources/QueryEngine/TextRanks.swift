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
    /// Each rank's uses by the rows in question (none when comparing exactly).
    public let useCounts: [Int]
    /// The values the rows in question write in more than one spelling.
    let merged: [MergedSpelling]

    /// Exact values: each distinct value its own rank.
    init(exact dictionary: TextDictionary) {
        self.init(dictionary, key: { $0 }, spellingCounts: nil)
    }

    /// Values as `=` compares them. `forEachUse` calls its argument with the dictionary
    /// code, the row and the weight (the uses it stands for: 1, or more for a row of a
    /// streamed aggregate's tally) of each use the rows in question make, in register order.
    public init(comparingAsEquals dictionary: TextDictionary, forEachUse: ((UInt32, Int32, Int) -> Void) -> Void) {
        var uses = [Int](repeating: 0, count: dictionary.count)
        var firstUse = [Int32](repeating: .max, count: dictionary.count)
        forEachUse { code, row, weight in
            uses[Int(code)] += weight
            if firstUse[Int(code)] == .max { firstUse[Int(code)] = row }
        }
        self.init(dictionary, key: equalityKey, spellingCounts: (uses, firstUse))
    }

    private init(_ dictionary: TextDictionary, key: (String) -> String, spellingCounts: (uses: [Int], first: [Int32])?) {
        let values = dictionary.values
        var groupOfKey: [String: Int32] = [:]
        groupOfKey.reserveCapacity(values.count)
        var groupOf = [Int32](repeating: 0, count: values.count)
        // Each group's codes, as linked lists through `nextCode` (most groups hold one).
        var firstCode: [Int32] = [], nextCode = [Int32](repeating: -1, count: values.count)
        for code in values.indices {
            let valueKey = key(values[code])
            if let group = groupOfKey[valueKey] {
                groupOf[code] = group
                nextCode[code] = firstCode[Int(group)]
                firstCode[Int(group)] = Int32(code)
            } else {
                let group = Int32(firstCode.count)
                groupOfKey[valueKey] = group
                groupOf[code] = group
                firstCode.append(Int32(code))
            }
        }
        // The spellings of a group the rows in question use, most used first (ties: the
        // first in register order); a group of one code has one spelling.
        func spellings(ofGroup group: Int) -> [String] {
            var code = firstCode[group]
            guard nextCode[Int(code)] >= 0, let counts = spellingCounts else { return [values[Int(code)]] }
            var used: [String: (count: Int, first: Int32)] = [:]
            while code >= 0 {
                if counts.uses[Int(code)] > 0 {
                    let seen = used[values[Int(code)]]
                    used[values[Int(code)]] = ((seen?.count ?? 0) + counts.uses[Int(code)], min(seen?.first ?? .max, counts.first[Int(code)]))
                }
                code = nextCode[Int(code)]
            }
            guard !used.isEmpty else { return [values[Int(firstCode[group])]] }
            return used.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }
                .map(\.key)
        }
        var mergedOfGroup: [Int: [String]] = [:]
        let shownOfGroup = firstCode.indices.map { group -> String in
            let used = spellings(ofGroup: group)
            if used.count > 1 { mergedOfGroup[group] = used }
            return used[0]
        }
        let order = shownOfGroup.indices.sorted { a, b in
            textPrecedes(shownOfGroup[a], shownOfGroup[b]) || (!textPrecedes(shownOfGroup[b], shownOfGroup[a]) && a < b)
        }
        var rankOfGroup = [Int32](repeating: 0, count: order.count)
        for (rank, group) in order.enumerated() { rankOfGroup[group] = Int32(rank) }
        ranks = groupOf.map { rankOfGroup[Int($0)] }
        var useCounts = [Int](repeating: 0, count: spellingCounts == nil ? 0 : order.count)
        if let counts = spellingCounts {
            for code in values.indices { useCounts[Int(ranks[code])] += counts.uses[code] }
        }
        self.useCounts = useCounts
        shown = order.map { shownOfGroup[$0] }
        merged = mergedOfGroup.sorted { rankOfGroup[$0.key] < rankOfGroup[$1.key] }
            .map { MergedSpelling(shown: $0.value[0], others: Array($0.value.dropFirst())) }
    }
}
