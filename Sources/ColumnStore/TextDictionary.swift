/// The strings of one column, each with a small integer code (in order of first
/// appearance), kept as one byte arena: a million names cost one allocation, and a
/// `String` is made only for the values something reads. Predicates and groupings work
/// on codes; strings are looked at once per code.
///
/// Values are distinct per code only where `valuesAreDistinct` says so: columns whose
/// values are nearly all distinct (names, references) are stored without looking each
/// one up, and so may hold the same value under two codes (see `ByteInterner`). Code
/// that compares codes across rows must compare values where that is false.
public struct TextDictionary: Sendable, Equatable {
    let arena: [UInt8]
    let offsets: [UInt32]
    /// Whether no value appears under two codes, so that equal codes mean equal values
    /// and unequal codes unequal ones.
    public let valuesAreDistinct: Bool

    init(arena: [UInt8], offsets: [UInt32], valuesAreDistinct: Bool) {
        self.arena = arena
        self.offsets = offsets
        self.valuesAreDistinct = valuesAreDistinct
    }

    public init() { self.init(arena: [], offsets: [0], valuesAreDistinct: true) }

    /// Two dictionaries are equal when they hold the same values under the same codes.
    public static func == (a: TextDictionary, b: TextDictionary) -> Bool {
        a.arena == b.arena && a.offsets == b.offsets
    }

    public var count: Int { offsets.count - 1 }

    public subscript(code: UInt32) -> String {
        let start = Int(offsets[Int(code)]), end = Int(offsets[Int(code) + 1])
        return String(decoding: arena[start ..< end], as: UTF8.self)
    }

    /// Appends the value's UTF-8 bytes to `out`, without making a `String`.
    public func appendBytes(_ code: UInt32, to out: inout [UInt8]) {
        out.append(contentsOf: arena[Int(offsets[Int(code)]) ..< Int(offsets[Int(code) + 1])])
    }

    /// Calls `body` with the value's UTF-8 bytes, without copying them.
    public func withBytes<Result>(_ code: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = Int(offsets[Int(code)]), end = Int(offsets[Int(code) + 1])
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start ..< end])) }
    }

    /// Whether the value is the empty string, without making it.
    public func isEmpty(_ code: UInt32) -> Bool { offsets[Int(code)] == offsets[Int(code) + 1] }

    /// Every value, in code order (makes a `String` of each).
    public var values: [String] { (0 ..< UInt32(count)).map { self[$0] } }
}

/// A single-valued text column: one dictionary code per row.
public struct TextColumn: Sendable, Equatable {
    public let dictionary: TextDictionary
    public let codes: [UInt32]

    init(dictionary: TextDictionary, codes: [UInt32]) {
        self.dictionary = dictionary
        self.codes = codes
    }

    public init() { self.init(dictionary: TextDictionary(), codes: []) }

    public subscript(row: Int) -> String { dictionary[codes[row]] }
}

/// A list-valued column (`ref`, `subgroups`, `blocker`): each row's codes lie in
/// `codes[offsets[row] ..< offsets[row + 1]]`.
public struct ListColumn: Sendable, Equatable {
    public let dictionary: TextDictionary
    public let offsets: [UInt32]
    public let codes: [UInt32]

    init(dictionary: TextDictionary, offsets: [UInt32], codes: [UInt32]) {
        self.dictionary = dictionary
        self.offsets = offsets
        self.codes = codes
    }

    public init() { self.init(dictionary: TextDictionary(), offsets: [0], codes: []) }

    public func codes(row: Int) -> ArraySlice<UInt32> { codes[Int(offsets[row]) ..< Int(offsets[row + 1])] }

    public subscript(row: Int) -> [String] { codes(row: row).map { dictionary[$0] } }
}

/// Builds a text column cell by cell.
@usableFromInline
struct TextColumnBuilder: Sendable {
    @usableFromInline var interner: ByteInterner

    init(deduplicating: Bool = true) { interner = ByteInterner(deduplicating: deduplicating) }
    @usableFromInline var codes: [UInt32] = []

    /// Room for `rows` more rows, judging value sizes by those seen so far.
    mutating func reserve(rows: Int) {
        codes.reserveCapacity(codes.count + rows)
        if !interner.deduplicating { interner.reserve(values: rows, bytesEach: interner.arena.count / max(1, interner.count) + 1) }
    }

    @inlinable
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { codes.append(interner.intern(bytes)) }

    /// Appends another builder's cells, re-coding its values into this dictionary.
    mutating func append(_ other: TextColumnBuilder) {
        codes.appendRecoded(other.codes, interner.absorb(other.interner))
    }

    func finish() -> TextColumn { TextColumn(dictionary: interner.dictionary(), codes: codes) }
}

/// Builds a list column cell by cell: a cell is split at `;` and at line breaks, each
/// element trimmed of spaces, empty elements dropped.
@usableFromInline
struct ListColumnBuilder: Sendable {
    var interner: ByteInterner

    init(deduplicating: Bool = true) { interner = ByteInterner(deduplicating: deduplicating) }
    var offsets: [UInt32] = [0]
    var codes: [UInt32] = []

    /// Room for `rows` more rows, judging list lengths and value sizes by those seen so far.
    mutating func reserve(rows: Int) {
        let perRow = codes.count / max(1, offsets.count - 1) + 1
        offsets.reserveCapacity(offsets.count + rows)
        codes.reserveCapacity(codes.count + rows * perRow)
        if !interner.deduplicating { interner.reserve(values: rows * perRow, bytesEach: interner.arena.count / max(1, interner.count) + 1) }
    }

    @usableFromInline
    mutating func append(_ cell: UnsafeBufferPointer<UInt8>) {
        var start = 0
        let count = cell.count
        while start <= count {
            var end = start
            while end < count, cell[end] != 0x3B, cell[end] != 0x0A, cell[end] != 0x0D { end += 1 }
            var low = start, high = end
            while low < high, cell[low] == 0x20 { low += 1 }
            while high > low, cell[high - 1] == 0x20 { high -= 1 }
            if high > low {
                codes.append(interner.intern(UnsafeBufferPointer(rebasing: cell[low ..< high])))
            }
            start = end + 1
        }
        offsets.append(UInt32(codes.count))
    }

    /// Appends another builder's cells, re-coding its values into this dictionary.
    mutating func append(_ other: ListColumnBuilder) {
        let base = UInt32(codes.count)
        codes.appendRecoded(other.codes, interner.absorb(other.interner))
        offsets.appendMapped(other.offsets.dropFirst()) { base + $0 }
    }

    func finish() -> ListColumn { ListColumn(dictionary: interner.dictionary(), offsets: offsets, codes: codes) }
}
