import RegisterCSV

/// A row of either report with its key in a pass, the report in the row number's top bit.
struct PassRow {
    let key: UInt64
    fileprivate let tagged: UInt32

    private static let laterBit: UInt32 = 1 << 31

    init(key: UInt64, row: Int32, later: Bool) {
        self.key = key
        tagged = UInt32(row) | (later ? Self.laterBit : 0)
    }

    fileprivate init(key: UInt64, tagged: UInt32) {
        self.key = key
        self.tagged = tagged
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
    static func partitions(of limit: Int, _ sources: [((PassRow) -> Void) -> Void]) -> PassParts {
        // A constant: a variable the closures captured would be checked for exclusive
        // access at every row.
        let bits = (0 ... 16).first { limit >> $0 <= partSize } ?? 16
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
        // Keys and rows in two arrays: 12 bytes a row rather than a padded 16.
        var keys = [UInt64](unsafeUninitializedCapacity: next) { _, count in count = next }
        var rows = [UInt32](unsafeUninitializedCapacity: next) { _, count in count = next }
        keys.withUnsafeMutableBufferPointer { keys in
            rows.withUnsafeMutableBufferPointer { rows in
                counts.withUnsafeMutableBufferPointer { cursors in
                    let (cursors, keys, rows) = (cursors, keys, rows)
                    Parallel.run(sources.indices.map { source in {
                        let cursor = cursors.baseAddress! + source * parts
                        sources[source]({ row in
                            let index = part(row)
                            keys[cursor[index]] = row.key
                            rows[cursor[index]] = row.tagged
                            cursor[index] += 1
                        })
                    } })
                }
            }
        }
        return PassParts(keys: keys, rows: rows, starts: starts)
    }
}

/// The rows of a pass split into parts (`PassRow.partitions`): part `p` is the rows
/// `range(p)` of `keys` and `rows`.
struct PassParts {
    let keys: [UInt64]
    /// Each row's number, the report in its top bit (as `PassRow` keeps it).
    let rows: [UInt32]
    let starts: [Int]

    var count: Int { starts.count - 1 }

    func range(_ part: Int) -> Range<Int> { starts[part] ..< starts[part + 1] }

    subscript(index: Int) -> PassRow { PassRow(key: keys[index], tagged: rows[index]) }
}
