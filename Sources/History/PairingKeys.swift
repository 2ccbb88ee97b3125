import ColumnStore
import RegisterCSV
import RegisterModel

/// What pairing compares of each row of a report, as 64-bit hashes that mean the same in
/// every report: names and references compared as `=` compares text (`equalityKey`),
/// references as a set. Equal values have equal hashes; rows that a pass pairs by equal
/// hashes are checked to hold equal values (`sameName`, `sameRefs`), so a collision of
/// two different values never pairs them. (It could make two rows look alike, left
/// unpaired and counted in a note: for two reports of a million rows each, about once in
/// ten million histories.)
struct PairingKeys {
    let kinds: [UInt8]
    /// Each row's name, hashed.
    let names: [UInt64]
    /// Each row's set of references, hashed; `noRefs` for none.
    let refSets: [UInt64]
    private let nameColumn: TextColumn
    private let refColumn: ListColumn

    static let noRefs: UInt64 = 0

    var rowCount: Int { kinds.count }

    /// The keys of `register`'s rows: each dictionary value's key is hashed once (each
    /// dictionary in halves, on two threads), and rows take their hashes from their codes
    /// (no `String` per row; names and references on two threads).
    init(of register: any RegisterColumns) {
        guard case .text(let nameColumn) = register.column(.name), case .list(let refColumn) = register.column(.ref) else {
            preconditionFailure("name is a text column, ref a list column")
        }
        let nameHashes = KeyHash.hashes(of: nameColumn.dictionary), refHashes = KeyHash.hashes(of: refColumn.dictionary)
        var names: [UInt64] = [], refSets: [UInt64] = []
        Parallel.run([{ names = nameColumn.codes.map { nameHashes[Int($0)] } },
                      { refSets = Self.refSets(refColumn, refHashes) }])
        kinds = register.kinds.map(\.rawValue)
        self.names = names
        self.refSets = refSets
        self.nameColumn = nameColumn
        self.refColumn = refColumn
    }

    /// Each row's set of references: none, or the hash of its elements' hashes, sorted and
    /// without repeats (never `noRefs`).
    private static func refSets(_ column: ListColumn, _ elementHashes: [UInt64]) -> [UInt64] {
        var set: [UInt64] = []
        return (0 ..< column.offsets.count - 1).map { row in
            let codes = column.codes(row: row)
            if codes.isEmpty { return noRefs }
            set.removeAll(keepingCapacity: true)
            for code in codes { set.append(elementHashes[Int(code)]) }
            if set.count > 1 { set.sort() }
            var hash: UInt64 = 0x2D35_8DCC_AA6C_78A5
            var previous: UInt64?
            for element in set where element != previous {
                hash = KeyHash.combine(hash, element)
                previous = element
            }
            return hash == noRefs ? 1 : hash
        }
    }

    /// Whether `row`'s name equals `other`'s `otherRow`'s, as `=` compares text.
    func sameName(_ row: Int, as other: PairingKeys, _ otherRow: Int) -> Bool {
        nameColumn.dictionary.isEqualText(nameColumn.codes[row], to: other.nameColumn.dictionary, other.nameColumn.codes[otherRow])
    }

    /// Whether `row`'s references equal `other`'s `otherRow`'s as sets, as `=` compares text.
    func sameRefs(_ row: Int, as other: PairingKeys, _ otherRow: Int) -> Bool {
        refColumn.hasEqualSet(row, as: other.refColumn, otherRow)
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
            let halves = [0 ..< count / 2, count / 2 ..< count]
            Parallel.run(halves.map { half in {
                var key: [UInt8] = []
                for code in half {
                    let hashed = dictionary.withBytes(UInt32(code)) { bytes in
                        if let hashed = hashOfASCIIKey(bytes) { return hashed }
                        key.removeAll(keepingCapacity: true)
                        appendEqualityKey(bytes, to: &key)
                        return key.withUnsafeBufferPointer(KeyHash.hash)
                    }
                    (out.baseAddress! + code).initialize(to: hashed)
                }
            } })
            initialized = count
        }
    }

    /// For each ASCII byte, the byte a key keeps (a letter lowercased, a digit), or 0 for
    /// a separator; 0xFF for a byte of other text.
    private static let keyBytes: [UInt8] = (0 ... 255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x80...: 0xFF
        case 0x41 ... 0x5A: UInt8(byte + 32)
        case 0x61 ... 0x7A, 0x30 ... 0x39: UInt8(byte)
        default: 0
        }
    }

    /// `hash` of the equality key of the ASCII text `bytes`, made as the key is (letters
    /// and digits lowercased, each run of other characters one `-` between them); nil when
    /// the text is not ASCII.
    static func hashOfASCIIKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var stream = Stream()
        var pendingDash = false
        return keyBytes.withUnsafeBufferPointer { table -> UInt64? in
            for byte in bytes {
                let kept = table[Int(byte)]
                if kept == 0 {
                    pendingDash = true
                } else if kept == 0xFF {
                    return nil
                } else {
                    if pendingDash && stream.length > 0 { stream.append(UInt8(ascii: "-")) }
                    pendingDash = false
                    stream.append(kept)
                }
            }
            return stream.finish()
        }
    }

    /// A hash fed byte by byte, eight at a time.
    private struct Stream {
        var hash: UInt64 = 0x8EBC_6AF0_9C88_C6E3
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
