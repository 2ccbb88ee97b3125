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

    /// The value's equality key, as bytes.
    public func keyBytes(_ code: UInt32) -> [UInt8] {
        var key: [UInt8] = []
        withBytes(code) { appendEqualityKey($0, to: &key) }
        return key
    }
}

extension ListColumn {
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
