@testable import ColumnStore
import RegisterModel
import Testing

/// Interning must give equal codes exactly to equal values: short values are compared by
/// two words and their length, longer ones byte by byte, and the table grows and absorbs
/// other chunks' values without losing any.
@Suite struct ByteInternerTests {
    /// Values that differ only past the first eight bytes, only in length, only by a NUL,
    /// around the 8- and 16-byte boundaries, and long.
    static let pool: [[UInt8]] = {
        var values: [[UInt8]] = [[], [0], [0, 0], Array("a".utf8), Array("a\0".utf8), Array("Blocked".utf8)]
        for length in [7, 8, 9, 15, 16, 17, 24, 40] {
            let base = Array(repeating: UInt8(ascii: "x"), count: length)
            values.append(base)
            for position in [0, length / 2, length - 1] {
                var changed = base
                changed[position] = UInt8(ascii: "y")
                values.append(changed)
            }
        }
        for i in 0 ..< 300 { values.append(Array("Sub-Group \(i)".utf8)) }
        return values
    }()

    func intern(_ values: [[UInt8]], into interner: inout ByteInterner) -> [UInt32] {
        values.map { value in value.withUnsafeBufferPointer { interner.intern($0) } }
    }

    @Test func equalCodesExactlyForEqualValues() {
        var generator = SystemRandomNumberGenerator()
        let draws = (0 ..< 5_000).map { _ in Self.pool[Int.random(in: 0 ..< Self.pool.count, using: &generator)] }
        var interner = ByteInterner()
        let codes = intern(draws, into: &interner)
        let dictionary = interner.dictionary()
        #expect(Set(draws).count == interner.count)
        var codeOf: [[UInt8]: UInt32] = [:]
        for (value, code) in zip(draws, codes) {
            #expect(Array(dictionary[code].utf8) == value)
            if let known = codeOf[value] { #expect(known == code) } else { codeOf[value] = code }
        }
        #expect(Set(codeOf.values).count == codeOf.count, "two distinct values share a code")
    }

    @Test func absorbingAnotherChunkRecodesItsValues() {
        var first = ByteInterner(), second = ByteInterner()
        let a = Array(Self.pool.prefix(200)), b = Array(Self.pool.suffix(200))
        _ = intern(a, into: &first)
        let secondCodes = intern(b, into: &second)
        let recoding = first.absorb(second)
        var recoded: [UInt32] = []
        recoded.appendRecoded(secondCodes, recoding)
        let dictionary = first.dictionary()
        for (value, code) in zip(b, recoded) { #expect(Array(dictionary[code].utf8) == value) }
        #expect(first.count == Set(a + b).count)
    }
}
