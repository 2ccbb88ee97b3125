#if canImport(Glibc)
import Glibc
#endif

import RegisterModel

/// Values of two dictionaries (two reports' columns, coded apart) compared as `=` compares
/// text: by bytes first, which settles nearly every pair, and by equality key only where
/// the bytes differ.
extension TextDictionary {
    /// Whether the value of `code` and `other`'s value of `otherCode` are the same bytes.
    public func hasSameBytes(_ code: UInt32, as other: TextDictionary, _ otherCode: UInt32) -> Bool {
        withBytes(code) { p in
            other.withBytes(otherCode) { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }

    /// Whether the two values are equal as `=` compares text.
    public func isEqualText(_ code: UInt32, to other: TextDictionary, _ otherCode: UInt32) -> Bool {
        hasSameBytes(code, as: other, otherCode) || keyBytes(code) == other.keyBytes(otherCode)
    }

    /// `isEqualText` of many pairs (`codes[i]` here, `otherCodes[i]` there), in phases over
    /// a block of pairs at a time: first where every pair's values lie, then a touch of
    /// each value's first bytes, then the comparisons. Each phase's reads do not wait on
    /// one another, so a block's cache misses (values scattered through two large arenas)
    /// are under way together instead of one after another.
    public func areEqualTexts(_ codes: UnsafeBufferPointer<UInt32>, to other: TextDictionary,
                              _ otherCodes: UnsafeBufferPointer<UInt32>) -> [Bool] {
        precondition(codes.count == otherCodes.count, "pairs of codes")
        let block = 512
        var mine = [UInt32](repeating: 0, count: 2 * block), theirs = [UInt32](repeating: 0, count: 2 * block)
        return [Bool](unsafeUninitializedCapacity: codes.count) { result, count in
            arena.withUnsafeBufferPointer { arena in
                offsets.withUnsafeBufferPointer { offsets in
                    other.arena.withUnsafeBufferPointer { otherArena in
                        other.offsets.withUnsafeBufferPointer { otherOffsets in
                            for first in stride(from: 0, to: codes.count, by: block) {
                                let pairs = min(block, codes.count - first)
                                for i in 0 ..< pairs {
                                    let code = Int(codes[first + i]), otherCode = Int(otherCodes[first + i])
                                    (mine[2 * i], mine[2 * i + 1]) = (offsets[code], offsets[code + 1])
                                    (theirs[2 * i], theirs[2 * i + 1]) = (otherOffsets[otherCode], otherOffsets[otherCode + 1])
                                }
                                var touched: UInt8 = 0
                                for i in 0 ..< pairs {
                                    if mine[2 * i] < mine[2 * i + 1] { touched &+= arena[Int(mine[2 * i])] }
                                    if theirs[2 * i] < theirs[2 * i + 1] { touched &+= otherArena[Int(theirs[2 * i])] }
                                }
                                withExtendedLifetime(touched) {}
                                for i in 0 ..< pairs {
                                    let (start, end) = (Int(mine[2 * i]), Int(mine[2 * i + 1]))
                                    let (otherStart, otherEnd) = (Int(theirs[2 * i]), Int(theirs[2 * i + 1]))
                                    let same = end - start == otherEnd - otherStart
                                        && (start == end || memcmp(arena.baseAddress! + start, otherArena.baseAddress! + otherStart, end - start) == 0)
                                    (result.baseAddress! + first + i).initialize(to: same
                                        || keyBytes(codes[first + i]) == other.keyBytes(otherCodes[first + i]))
                                }
                            }
                        }
                    }
                }
            }
            count = codes.count
        }
    }

    /// The value's equality key, as bytes.
    public func keyBytes(_ code: UInt32) -> [UInt8] {
        var key: [UInt8] = []
        withBytes(code) { appendEqualityKey($0, to: &key) }
        return key
    }
}

extension ListColumn {
    /// `hasEqualSet` of many pairs of rows (`rows[i]` here, `otherRows[i]` there): lists of
    /// one element each (nearly all references) through `areEqualTexts`, in phases; the
    /// others one by one.
    public func haveEqualSets(_ rows: UnsafeBufferPointer<Int32>, as other: ListColumn, _ otherRows: UnsafeBufferPointer<Int32>) -> [Bool] {
        var result = [Bool](repeating: false, count: rows.count)
        var singles: [Int32] = [], mine: [UInt32] = [], theirs: [UInt32] = []
        for i in rows.indices {
            let row = Int(rows[i]), otherRow = Int(otherRows[i])
            let start = Int(offsets[row]), end = Int(offsets[row + 1])
            let otherStart = Int(other.offsets[otherRow]), otherEnd = Int(other.offsets[otherRow + 1])
            if end - start == 1, otherEnd - otherStart == 1 {
                singles.append(Int32(i))
                mine.append(codes[start])
                theirs.append(other.codes[otherStart])
            } else {
                result[i] = hasEqualSet(row, as: other, otherRow)
            }
        }
        let equal = mine.withUnsafeBufferPointer { mine in
            theirs.withUnsafeBufferPointer { theirs in dictionary.areEqualTexts(mine, to: other.dictionary, theirs) }
        }
        for (index, i) in singles.enumerated() { result[Int(i)] = equal[index] }
        return result
    }

    /// Whether row `row` and `other`'s row `otherRow` hold the same elements as sets, the
    /// elements compared as `=` compares text.
    public func hasEqualSet(_ row: Int, as other: ListColumn, _ otherRow: Int) -> Bool {
        let mine = Int(offsets[row]) ..< Int(offsets[row + 1]), theirs = Int(other.offsets[otherRow]) ..< Int(other.offsets[otherRow + 1])
        if mine.count == theirs.count,
           zip(mine, theirs).allSatisfy({ dictionary.hasSameBytes(codes[$0], as: other.dictionary, other.codes[$1]) }) {
            return true
        }
        return Set(mine.map { dictionary.keyBytes(codes[$0]) }) == Set(theirs.map { other.dictionary.keyBytes(other.codes[$0]) })
    }
}
