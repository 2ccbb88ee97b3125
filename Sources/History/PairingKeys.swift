import ColumnStore
import RegisterCSV
import RegisterModel

/// What pairing compares of each row of a report, as 64-bit hashes that mean the same in
/// every report: names and references compared as `=` compares text (`equalityKey`),
/// references as a set. Equal values have equal hashes; rows that a pass pairs by equal
/// hashes are checked to hold equal values (`sameNames`, `sameRefs`), so a collision of
/// two different values never pairs them. (It could make two rows look alike, left
/// unpaired and counted in a note: for two reports of a million rows each, about once in
/// ten million histories.)
struct PairingKeys {
    let kinds: [UInt8]
    /// Each row's set of references, hashed; `noRefs` for none.
    let refSets: [UInt64]
    private let nameColumn: TextColumn
    private let refColumn: ListColumn
    /// Each row's name, hashed when first needed (`hashNames(of:)`): the rows a report's
    /// references pair at once never need theirs.
    private let nameHashes: NameHashes

    static let noRefs: UInt64 = 0

    var rowCount: Int { kinds.count }

    /// Each row's name, hashed, for the rows `hashNames(of:)` was given (never 0); 0 for
    /// the others; empty until it is first given rows.
    var names: [UInt64] { nameHashes.values }

    /// The keys of `register`'s rows: each dictionary value's key is hashed once (the
    /// dictionary in halves, on two threads), and rows take their hashes from their codes
    /// (no `String` per row). Names are hashed now, or with `namesLater` when asked for.
    init(of register: any RegisterColumns, namesLater: Bool = false) {
        guard case .text(let nameColumn) = register.column(.name), case .list(let refColumn) = register.column(.ref) else {
            preconditionFailure("name is a text column, ref a list column")
        }
        kinds = register.kinds.map(\.rawValue)
        refSets = Self.refSets(refColumn, KeyHash.hashes(of: refColumn.dictionary))
        self.nameColumn = nameColumn
        self.refColumn = refColumn
        nameHashes = NameHashes()
        if !namesLater { hashNames(of: Array(0 ..< Int32(nameColumn.codes.count))) }
    }

    /// Hashes the names of `rows` not hashed yet (in halves, on two threads).
    func hashNames(of rows: [Int32]) {
        let dictionary = nameColumn.dictionary, codes = nameColumn.codes
        // Made when first needed: pairing asks once the rows their references pair are
        // closed, when the memory it used for them is free again.
        if nameHashes.values.isEmpty, !rows.isEmpty { nameHashes.values = [UInt64](repeating: 0, count: codes.count) }
        nameHashes.values.withUnsafeMutableBufferPointer { values in
            let out = values
            Parallel.run(Parallel.halves(of: rows.count).map { half in {
                var scratch = KeyHash.KeyScratch()
                var key: [UInt8] = []
                for row in rows[half] where out[Int(row)] == 0 {
                    let hash = KeyHash.hash(of: codes[Int(row)], in: dictionary, scratch: &scratch, key: &key)
                    out[Int(row)] = hash == 0 ? 1 : hash
                }
                scratch.free()
            } })
        }
    }

    /// Each row's set of references: none, or the hash of its elements' hashes, sorted and
    /// without repeats (never `noRefs`). Half the rows on each of two threads.
    private static func refSets(_ column: ListColumn, _ elementHashes: [UInt64]) -> [UInt64] {
        let rows = column.offsets.count - 1
        // Read through buffers: a slice of the codes per row would cost a retain and a release.
        return [UInt64](unsafeUninitializedCapacity: rows) { out, initialized in
            let out = out
            column.offsets.withUnsafeBufferPointer { offsets in
                column.codes.withUnsafeBufferPointer { codes in
                    elementHashes.withUnsafeBufferPointer { elementHashes in
                        Parallel.run(Parallel.halves(of: rows).map { half in {
                            var set: [UInt64] = []
                            for row in half {
                                (out.baseAddress! + row).initialize(to: refSet(Int(offsets[row]) ..< Int(offsets[row + 1]), codes, elementHashes, &set))
                            }
                        } })
                    }
                }
            }
            initialized = rows
        }
    }

    /// The set hash of the references at `elements` of `codes` (`set`: room to sort them in).
    @inline(__always)
    private static func refSet(_ elements: Range<Int>, _ codes: UnsafeBufferPointer<UInt32>, _ elementHashes: UnsafeBufferPointer<UInt64>,
                               _ set: inout [UInt64]) -> UInt64 {
        if elements.isEmpty { return noRefs }
        if elements.count == 1 { return single(elementHashes[Int(codes[elements.lowerBound])]) }
        set.removeAll(keepingCapacity: true)
        for index in elements { set.append(elementHashes[Int(codes[index])]) }
        set.sort()
        var hash: UInt64 = setSeed
        var previous: UInt64?
        for element in set where element != previous {
            hash = KeyHash.combine(hash, element)
            previous = element
        }
        return hash == noRefs ? 1 : hash
    }

    private static let setSeed: UInt64 = 0x2D35_8DCC_AA6C_78A5

    /// The set hash of one reference (as `refSets` makes it for a set of one).
    @inline(__always)
    private static func single(_ element: UInt64) -> UInt64 {
        let hash = KeyHash.combine(setSeed, element)
        return hash == noRefs ? 1 : hash
    }

    /// For each pair (`rows[i]` here, `otherRows[i]` of `other`), whether the names are
    /// equal as `=` compares text (`TextDictionary.areEqualTexts`, in phases).
    func sameNames(_ rows: UnsafeBufferPointer<Int32>, as other: PairingKeys, _ otherRows: UnsafeBufferPointer<Int32>) -> [Bool] {
        let mine = rows.map { nameColumn.codes[Int($0)] }, theirs = otherRows.map { other.nameColumn.codes[Int($0)] }
        return mine.withUnsafeBufferPointer { mine in
            theirs.withUnsafeBufferPointer { theirs in nameColumn.dictionary.areEqualTexts(mine, to: other.nameColumn.dictionary, theirs) }
        }
    }

    /// For each pair, whether the references are equal as sets, as `=` compares text
    /// (`ListColumn.haveEqualSets`, in phases).
    func sameRefs(_ rows: UnsafeBufferPointer<Int32>, as other: PairingKeys, _ otherRows: UnsafeBufferPointer<Int32>) -> [Bool] {
        refColumn.haveEqualSets(rows, as: other.refColumn, otherRows)
    }
}

/// 64-bit hashes of equality keys, the same for equal keys in every report.
enum KeyHash {
    /// Each dictionary value's equality key, hashed: ASCII text (nearly all) as its key
    /// is made, without writing it; other text through `appendEqualityKey`. Half the
    /// values on each of two threads.
    static func hashes(of dictionary: TextDictionary) -> [UInt64] {
        let count = dictionary.count
        return [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            let out = buffer
            Parallel.run(Parallel.halves(of: count).map { half in {
                var key: [UInt8] = []
                var scratch = KeyScratch()
                for code in half { (out.baseAddress! + code).initialize(to: hash(of: UInt32(code), in: dictionary, scratch: &scratch, key: &key)) }
                scratch.free()
            } })
            initialized = count
        }
    }

    /// The hash of the equality key of `dictionary`'s value `code`: ASCII text (nearly all)
    /// hashed as its key is made; other text's key written into `key`, then hashed.
    @inline(__always)
    static func hash(of code: UInt32, in dictionary: TextDictionary, scratch: inout KeyScratch, key: inout [UInt8]) -> UInt64 {
        dictionary.withBytes(code) { bytes in
            if let hashed = hashOfASCIIKey(bytes, scratch: &scratch) { return hashed }
            key.removeAll(keepingCapacity: true)
            appendEqualityKey(bytes, to: &key)
            return key.withUnsafeBufferPointer(KeyHash.hash)
        }
    }

    /// `hash` of the equality key of the ASCII text `bytes` (written into `scratch` by
    /// `writeASCIIEqualityKey`, then hashed eight bytes at a time, as `Stream` would hash
    /// it); nil when the text is not ASCII.
    static func hashOfASCIIKey(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout KeyScratch) -> UInt64? {
        scratch.reserve(bytes.count + 8)
        let out = scratch.bytes
        guard let length = writeASCIIEqualityKey(bytes, to: UnsafeMutableBufferPointer(start: out, count: bytes.count)) else { return nil }
        (out + length).initialize(repeating: 0, count: 8)
        let raw = UnsafeRawPointer(out)
        var hash = Stream.seed
        var offset = 0
        while offset + 8 <= length {
            hash = combine(hash, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        // The last word, padded with zeros (a whole zero word when none is left), then the length.
        let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        return combine(combine(hash, last), UInt64(length))
    }

    /// Room to write a key in, kept from value to value.
    struct KeyScratch {
        private(set) var bytes: UnsafeMutablePointer<UInt8>
        private var capacity: Int

        init() {
            capacity = 256
            bytes = .allocate(capacity: capacity)
        }

        mutating func reserve(_ count: Int) {
            guard count > capacity else { return }
            bytes.deallocate()
            capacity = max(count, 2 * capacity)
            bytes = .allocate(capacity: capacity)
        }

        func free() { bytes.deallocate() }
    }

    /// A hash fed byte by byte, eight at a time.
    private struct Stream {
        static let seed: UInt64 = 0x8EBC_6AF0_9C88_C6E3
        var hash: UInt64 = seed
        var word: UInt64 = 0
        var filled: UInt64 = 0
        var length: UInt64 = 0

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            word |= UInt64(byte) << (filled * 8)
            filled += 1
            length += 1
            if filled == 8 {
                hash = combine(hash, word)
                (word, filled) = (0, 0)
            }
        }

        func finish() -> UInt64 { combine(combine(hash, word), length) }
    }

    /// The two halves of the full product, folded: every bit of each input reaches every
    /// bit of the result.
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// A hash that goes on from `hash` with `value`.
    @inline(__always)
    static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        mix(hash ^ 0xA076_1D64_78BD_642F, value ^ 0xE703_7ED1_A0B4_28DB)
    }

    /// The bytes as eight-byte words (little-endian, the last padded with zeros), then
    /// their count: as `Stream` hashes them.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var stream = Stream()
        for byte in bytes { stream.append(byte) }
        return stream.finish()
    }
}

/// The name hashes of a report's rows, filled in as pairing asks for them; shared by the
/// two pairings a report takes part in (with the report before it and the one after).
private final class NameHashes: @unchecked Sendable {
    var values: [UInt64] = []
}
