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
