import RegisterCSV

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

    /// The rows the `sources` give (at most `limit` in all; each source gives its rows to
    /// its argument, the same rows each time it is called), split by their keys' top bits:
    /// all rows of one key in one part, each part in the order given (the first source's
    /// rows, then the next's). The rows are made twice, once to count each part and once
    /// to place them, rather than kept in a second array; each source on its own thread.
    static func partitions(of limit: Int, _ sources: [((PassRow) -> Void) -> Void]) -> [ArraySlice<PassRow>] {
        var bits = 0
        while bits < 16, limit >> bits > partSize { bits += 1 }
        let shift = UInt64(64 - bits), parts = 1 << bits
        @inline(__always) func part(_ row: PassRow) -> Int { bits == 0 ? 0 : Int(row.key >> shift) }
        // Counted and placed through buffer pointers: a variable the closures captured
        // would be checked for exclusive access at every row. counts[s * parts + p]: the
        // rows of source s in part p; then, where source s's rows of part p go.
        var counts = [Int](repeating: 0, count: sources.count * parts)
        counts.withUnsafeMutableBufferPointer { counts in
            let counts = counts
            Parallel.run(sources.indices.map { source in {
                let base = counts.baseAddress! + source * parts
                sources[source]({ base[part($0)] += 1 })
            } })
        }
        var starts = [Int](repeating: 0, count: parts + 1)
        var next = 0
        for index in 0 ..< parts {
            starts[index] = next
            for source in sources.indices {
                let count = counts[source * parts + index]
                counts[source * parts + index] = next
                next += count
            }
        }
        starts[parts] = next
        let placed = [PassRow](unsafeUninitializedCapacity: next) { buffer, count in
            counts.withUnsafeMutableBufferPointer { cursors in
                let (cursors, base) = (cursors, buffer.baseAddress!)
                Parallel.run(sources.indices.map { source in {
                    let cursor = cursors.baseAddress! + source * parts
                    sources[source]({ row in
                        let index = part(row)
                        (base + cursor[index]).initialize(to: row)
                        cursor[index] += 1
                    })
                } })
            }
            count = next
        }
        return (0 ..< parts).map { placed[starts[$0] ..< starts[$0 + 1]] }
    }
}
