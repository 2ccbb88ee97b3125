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
