/// For one pass of pairing, how many still unpaired rows of each report share each key,
/// and one row of each: open addressing over 64-bit keys, each slot one entry (a key's
/// counts and rows in one cache line, not in five arrays).
struct PassTable {
    struct Entry {
        var key: UInt64
        var earlierCount: UInt32 = 0
        var laterCount: UInt32 = 0
        var earlierRow: Int32 = -1
        var laterRow: Int32 = -1

        /// Whether exactly one row of each report holds the key: they pair.
        var pairs: Bool { earlierCount == 1 && laterCount == 1 }
        /// Whether rows of both reports hold the key but not one each: they look alike.
        var isAlike: Bool { earlierCount > 0 && laterCount > 0 && !pairs }
    }

    private var entries: [Entry]
    private let shift: UInt64
    private let mask: Int

    /// No key (`storable` keeps keys from it).
    private static let empty = UInt64.max

    /// `key`, or a neighbour when it is the value that marks an empty slot.
    static func storable(_ key: UInt64) -> UInt64 { key == empty ? empty - 1 : key }

    /// Room for `capacity` keys.
    init(capacity: Int) {
        var bits = 4
        while 1 << bits < capacity * 2 { bits += 1 }
        entries = [Entry](repeating: Entry(key: Self.empty), count: 1 << bits)
        shift = UInt64(64 - bits)
        mask = (1 << bits) - 1
    }

    /// Counts a row of the earlier report (or, `later`, of the later one) under `key`;
    /// gives the key's slot.
    mutating func add(_ key: UInt64, row: Int32, later: Bool) -> Int32 {
        let start = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift), mask = self.mask
        return entries.withUnsafeMutableBufferPointer { entries in
            var slot = start
            while entries[slot].key != key {
                if entries[slot].key == Self.empty {
                    entries[slot].key = key
                    break
                }
                slot = (slot + 1) & mask
            }
            if later {
                entries[slot].laterCount += 1
                entries[slot].laterRow = row
            } else {
                entries[slot].earlierCount += 1
                entries[slot].earlierRow = row
            }
            return Int32(slot)
        }
    }

    subscript(slot: Int32) -> Entry { entries[Int(slot)] }
}

/// A row of either report with its key in a pass, the report in the row number's top bit.
struct PassRow {
    let key: UInt64
    private let tagged: UInt32

    private static let laterBit: UInt32 = 1 << 31

    init(key: UInt64, row: Int32, later: Bool) {
        self.key = key
        tagged = UInt32(row) | (later ? Self.laterBit : 0)
    }

    var row: Int32 { Int32(tagged & ~Self.laterBit) }
    var isLater: Bool { tagged & Self.laterBit != 0 }

    /// About how many rows a part holds: its table (twice as many slots of 24 bytes)
    /// fits in a core's second-level cache.
    static let partSize = 4096

    /// The rows `rows` gives (at most `limit`; it gives them to its argument, the same
    /// rows each time it is called), split by their keys' top bits: all rows of one key in
    /// one part, each part in the order given. The rows are made twice, once to count each
    /// part and once to place them, rather than kept in a second array.
    static func partitions(of limit: Int, _ rows: ((PassRow) -> Void) -> Void) -> [ArraySlice<PassRow>] {
        var bits = 0
        while bits < 16, limit >> bits > partSize { bits += 1 }
        let shift = UInt64(64 - bits)
        func part(_ row: PassRow) -> Int { bits == 0 ? 0 : Int(row.key >> shift) }
        // Counted and placed through buffer pointers: a variable the closures captured
        // would be checked for exclusive access at every row.
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            let counts = starts
            rows { counts[part($0) + 1] += 1 }
        }
        for index in 0 ..< 1 << bits { starts[index + 1] += starts[index] }
        var next = starts
        let total = starts[1 << bits]
        let placed = [PassRow](unsafeUninitializedCapacity: total) { buffer, count in
            next.withUnsafeMutableBufferPointer { next in
                let (next, base) = (next, buffer.baseAddress!)
                rows { row in
                    let index = part(row)
                    (base + next[index]).initialize(to: row)
                    next[index] += 1
                }
            }
            count = total
        }
        return (0 ..< 1 << bits).map { placed[starts[$0] ..< starts[$0 + 1]] }
    }
}
