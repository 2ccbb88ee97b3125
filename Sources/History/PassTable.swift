/// For one pass of pairing, how many still unpaired rows of each report share each key,
/// and one row of each: open addressing over 64-bit keys.
struct PassTable {
    private var keys: [UInt64]
    private(set) var earlierCount: [UInt32]
    private(set) var laterCount: [UInt32]
    private(set) var earlierRow: [Int32]
    private(set) var laterRow: [Int32]
    private let shift: UInt64
    private let mask: Int

    /// No key: no real key reaches it (it would take 2³² sets of references).
    private static let empty = UInt64.max

    /// Room for `capacity` keys.
    init(capacity: Int) {
        var bits = 4
        while 1 << bits < capacity * 2 { bits += 1 }
        let size = 1 << bits
        keys = [UInt64](repeating: Self.empty, count: size)
        earlierCount = [UInt32](repeating: 0, count: size)
        laterCount = earlierCount
        earlierRow = [Int32](repeating: -1, count: size)
        laterRow = earlierRow
        shift = UInt64(64 - bits)
        mask = size - 1
    }

    /// Counts a row of the earlier report under `key`; gives the key's slot.
    mutating func addEarlier(_ key: UInt64, row: Int32) -> Int32 {
        let slot = slot(of: key)
        earlierCount[slot] += 1
        earlierRow[slot] = row
        return Int32(slot)
    }

    /// Counts a row of the later report under `key`; gives the key's slot.
    mutating func addLater(_ key: UInt64, row: Int32) -> Int32 {
        let slot = slot(of: key)
        laterCount[slot] += 1
        laterRow[slot] = row
        return Int32(slot)
    }

    /// The key's slot, taken now if it has none.
    private mutating func slot(of key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = keys[slot]
            if found == key { return slot }
            if found == Self.empty {
                keys[slot] = key
                return slot
            }
            slot = (slot + 1) & mask
        }
    }
}
