#if canImport(Glibc)
import Glibc
#endif

/// Gives each distinct byte string a small integer code, in order of first appearance,
/// without making a `String` of it: the register reader interns cells straight from the
/// file's bytes. Open addressing over a power-of-two table; values live in one arena.
///
/// Names and references are stored without de-duplication (they are nearly all distinct,
/// and a lookup per cell costs a cache miss or two), and any other column that turns out
/// mostly distinct stops being de-duplicated after its first 64Ki cells.
/// Codes are then not unique per value; code that groups or sorts compares values (see
/// `FieldCodes` in the engine), never raw codes.
@usableFromInline
struct ByteInterner: Sendable {
    private(set) var arena: [UInt8] = []
    /// Value `i` is `arena[offsets[i] ..< offsets[i + 1]]`.
    private(set) var offsets: [UInt32] = [0]
    /// Per slot: the value's hash in the high 32 bits, its code + 1 in the low (0: empty).
    /// The hash half settles most probes without touching the arena.
    private var slots: [UInt64]
    private var mask: Int
    private var calls = 0
    private(set) var deduplicating = true

    /// `deduplicating` false for columns whose values are nearly all distinct by nature
    /// (names, references): every value is stored, none looked up.
    init(deduplicating: Bool = true) {
        slots = deduplicating ? [UInt64](repeating: 0, count: 64) : []
        mask = 63
        self.deduplicating = deduplicating
    }

    var count: Int { offsets.count - 1 }

    @usableFromInline
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard deduplicating else { return store(bytes) }
        calls += 1
        if calls == Self.decisionPoint, count * 4 > calls * 3 {
            deduplicating = false
            slots = []
            return store(bytes)
        }
        let hash = Self.hash(bytes)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: UInt32? = slots.withUnsafeBufferPointer { table in
            arena.withUnsafeBufferPointer { stored in
                offsets.withUnsafeBufferPointer { offsets in
                    while true {
                        let entry = table[slot]
                        if entry == 0 { return nil }
                        if entry & 0xFFFF_FFFF_0000_0000 == tag {
                            let code = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                            let start = Int(offsets[code]), length = Int(offsets[code + 1]) - start
                            if length == bytes.count,
                               length == 0 || memcmp(stored.baseAddress! + start, bytes.baseAddress!, length) == 0 {
                                return UInt32(code)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        if let found { return found }
        let code = store(bytes)
        slots[slot] = tag | UInt64(code + 1)
        if count * 2 > mask { grow() }
        return code
    }

    static let decisionPoint = 1 << 16

    private mutating func store(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let code = UInt32(count)
        arena.append(contentsOf: bytes)
        offsets.append(UInt32(arena.count))
        return code
    }

    /// Room for `values` more values of about `bytesEach` bytes.
    mutating func reserve(values: Int, bytesEach: Int) {
        offsets.reserveCapacity(offsets.count + values)
        arena.reserveCapacity(arena.count + values * bytesEach)
    }

    /// Doubles the table, hashing the values again from the arena.
    private mutating func grow() {
        let size = (mask + 1) * 2
        var table = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        arena.withUnsafeBufferPointer { arena in
            for code in 0 ..< count {
                let value = UnsafeBufferPointer(rebasing: arena[Int(offsets[code]) ..< Int(offsets[code + 1])])
                let hash = Self.hash(value)
                var slot = Int(truncatingIfNeeded: hash) & newMask
                while table[slot] != 0 { slot = (slot + 1) & newMask }
                table[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(code + 1)
            }
        }
        slots = table
        mask = newMask
    }

    /// A fast 64-bit hash over 8-byte words (multiply and fold).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        // The last 0–7 bytes as at most three loads (4, 2, 1 bytes), not a loop per byte.
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        if bytes.count - i >= 4 {
            tail = UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
            shift = 32
            i += 4
        }
        if bytes.count - i >= 2 {
            tail |= UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt16.self)) << shift
            shift += 16
            i += 2
        }
        if i < bytes.count { tail |= UInt64(base[i]) << shift }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 29)
    }

    /// Interns every value of `other`, giving how its codes map to codes here.
    mutating func absorb(_ other: ByteInterner) -> Recoding {
        if !other.deduplicating, deduplicating, count < Self.decisionPoint, other.count > Self.decisionPoint {
            // The other chunk found the column nearly all distinct: so will this one.
            deduplicating = false
            slots = []
        }
        reserve(values: other.count, bytesEach: other.arena.count / max(1, other.count) + 1)
        if !deduplicating {
            // Every value is new here: append the arena whole.
            let base = UInt32(arena.count), first = UInt32(count)
            arena += other.arena
            offsets.appendMapped(other.offsets.dropFirst()) { base + $0 }
            return .shift(first)
        }
        return .table(other.arena.withUnsafeBufferPointer { arena in
            (0 ..< other.count).map { code in
                intern(UnsafeBufferPointer(rebasing: arena[Int(other.offsets[code]) ..< Int(other.offsets[code + 1])]))
            }
        })
    }

    /// The values, finished: the dictionary a column keeps.
    func dictionary() -> TextDictionary { TextDictionary(arena: arena, offsets: offsets, valuesAreDistinct: deduplicating) }
}

/// How another interner's codes map to this one's after `absorb`.
enum Recoding {
    /// Code `c` there is `c + shift` here (its values were all appended).
    case shift(UInt32)
    /// Code `c` there is `table[c]` here.
    case table([UInt32])
}

extension Array where Element == UInt32 {
    /// Appends `source` mapped by `transform`, written in place (no check per element).
    mutating func appendMapped(_ source: ArraySlice<UInt32>, _ transform: (UInt32) -> UInt32) {
        let start = count, added = source.count
        append(contentsOf: repeatElement(0, count: added))
        withUnsafeMutableBufferPointer { target in
            source.withUnsafeBufferPointer { from in
                for i in 0 ..< added { target[start + i] = transform(from[i]) }
            }
        }
    }

    /// Appends another chunk's codes, recoded into this column's dictionary.
    mutating func appendRecoded(_ codes: [UInt32], _ recoding: Recoding) {
        switch recoding {
        case .shift(let shift): appendMapped(codes[...]) { $0 + shift }
        case .table(let table):
            table.withUnsafeBufferPointer { table in appendMapped(codes[...]) { table[Int($0)] } }
        }
    }
}
