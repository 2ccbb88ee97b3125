import CByteScan

/// An RFC 4180 reader over bytes: `,` separators, `"` quoting with `""` for a quote,
/// commas and line breaks inside quotes, CRLF or LF line ends. A UTF-8 byte-order mark at
/// the start is skipped; lines that are entirely empty are skipped; a `"` inside an
/// unquoted field is kept as data, as spreadsheets write it.
///
/// It hands out each record's fields as byte ranges into the input (or into a scratch
/// buffer, for a quoted field whose doubled quotes had to be undone), so the register
/// reader builds its columns without making a `String` per cell.
public struct CSVScanner {
    public struct Problem: Error, Equatable, Sendable {
        public var line: Int
        public var message: String
        /// An unterminated quote leaves nothing after it readable.
        public var isFatal = false
    }

    public struct Problems: Error, Equatable, Sendable {
        public var all: [Problem]
    }

    /// A record's fields as strings, and the line its first byte is on.
    public struct Record: Equatable, Sendable {
        public var fields: [String]
        public var line: Int
    }

    /// Where one field's bytes are: in the input, or in the scratch buffer.
    struct Field {
        var start: Int
        var end: Int
        var inScratch: Bool
    }

    enum Step {
        case record(line: Int)
        case problem(Problem)
        case end
    }

    private let base: UnsafePointer<UInt8>?
    private let count: Int
    private(set) var position: Int
    private(set) var line = 1
    /// The current record's fields: `fieldCount` of them at `fieldStorage`, a buffer kept
    /// by `fieldOwner` and reused for every record (read without touching the class, so
    /// without reference counting on the hot path).
    private var fieldStorage: UnsafeMutablePointer<Field>
    private var fieldCapacity: Int
    private(set) var fieldCount = 0
    private let fieldOwner: FieldBuffer
    /// Quoted fields whose doubled quotes were undone, back to back.
    private let scratch = ScratchBytes()
    /// The structural bytes (`,` `"` CR LF) of the 64 bytes from `maskBase`, one bit each:
    /// fields are found by the bits, not byte by byte.
    private var mask: UInt64 = 0
    private var maskBase = Int.min / 2

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(bytes, from: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0, line: 1)
    }

    /// A scanner starting at a record boundary `position`, on line `line`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from position: Int, line: Int) {
        base = bytes.baseAddress
        count = bytes.count
        self.position = position
        self.line = line
        fieldOwner = FieldBuffer(capacity: 16)
        fieldStorage = fieldOwner.storage
        fieldCapacity = 16
    }

    /// Moves to a record boundary `position` elsewhere in the same bytes (line numbers are
    /// not kept up).
    mutating func restart(at position: Int) {
        self.position = position
        maskBase = Int.min / 2
    }

    @inline(__always)
    private mutating func appendField(_ field: Field) {
        if fieldCount == fieldCapacity {
            fieldCapacity *= 2
            fieldStorage = fieldOwner.grow(to: fieldCapacity, keeping: fieldCount)
        }
        (fieldStorage + fieldCount).initialize(to: field)
        fieldCount += 1
    }

    /// Every record as strings, or the problems that make the bytes unreadable as CSV.
    public static func records(in bytes: [UInt8]) -> Result<[Record], Problems> {
        scanAll(bytes) { scanner, buffer, line in
            Record(fields: (0 ..< scanner.fieldCount).map { scanner.string($0, in: buffer) }, line: line)
        }
    }

    /// A field's value and where its text stands in the input.
    public struct LocatedField: Equatable, Sendable {
        public var value: String
        /// The field's text in the input, inside the quotes when quoted.
        public var range: Range<Int>
        /// The value is the input's bytes in `range` (no doubled quote was undone).
        public var isVerbatim: Bool
    }

    /// A record whose fields know where they stand in the input.
    public struct LocatedRecord: Equatable, Sendable {
        public var fields: [LocatedField]
        public var line: Int
    }

    /// Every record with where each field stands (for a file whose fields are shown back
    /// to a person, such as a summary's queries), or the problems that make the bytes
    /// unreadable as CSV.
    public static func locatedRecords(in bytes: [UInt8]) -> Result<[LocatedRecord], Problems> {
        scanAll(bytes) { scanner, buffer, line in
            let fields = (0 ..< scanner.fieldCount).map { index in
                let field = scanner.fieldStorage[index]
                let range = field.inScratch ? scanner.scratch.inputRange(ofField: index) : field.start ..< field.end
                return LocatedField(value: scanner.string(index, in: buffer), range: range, isVerbatim: !field.inScratch)
            }
            return LocatedRecord(fields: fields, line: line)
        }
    }

    /// Every record as `record` makes it from the scanner on it, or every problem (up to
    /// the first that ends the scan).
    private static func scanAll<Made>(_ bytes: [UInt8],
                                      _ record: (CSVScanner, UnsafeBufferPointer<UInt8>, Int) -> Made) -> Result<[Made], Problems> {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(buffer)
            var records: [Made] = []
            var problems: [Problem] = []
            while true {
                switch scanner.next() {
                case .end:
                    return problems.isEmpty ? .success(records) : .failure(Problems(all: problems))
                case .record(let line):
                    records.append(record(scanner, buffer, line))
                case .problem(let problem):
                    problems.append(problem)
                    if problem.isFatal { return .failure(Problems(all: problems)) }
                }
            }
        }
    }

    /// Field `index` of the current record: bytes valid until the next call to `next()`.
    func field(_ index: Int, in input: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let field = fieldStorage[index]
        if field.inScratch { return scratch.slice(field.start, field.end) }
        return UnsafeBufferPointer(rebasing: input[field.start ..< field.end])
    }

    /// Whether field `index` of the current record was quoted: only a quoted field can
    /// hold a comma, a quote or a line break. (An unquoted field starts after a separator;
    /// a quoted one after its opening quote.)
    @inline(__always)
    func isQuoted(_ index: Int) -> Bool {
        let field = fieldStorage[index]
        return field.inScratch || (field.start > 0 && base![field.start - 1] == Self.quote)
    }

    func string(_ index: Int, in input: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: field(index, in: input), as: UTF8.self)
    }

    private static let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// Reads the next record into `fields`.
    mutating func next() -> Step {
        guard let base else { return .end }
        while position < count, base[position] == Self.lf || base[position] == Self.cr {
            if base[position] == Self.lf { line += 1 }
            position += 1
        }
        guard position < count else { return .end }
        let recordLine = line
        fieldCount = 0
        scratch.clear()
        var problem: Problem?
        while true {
            if position < count, base[position] == Self.quote {
                let openLine = line
                position += 1
                let start = position
                // Once a doubled quote is seen the field is copied, undone, into scratch
                // (from scratchStart); `copied` is where the bytes not yet copied start.
                var scratchStart = -1
                var copied = start
                var closed = false
                var end = start
                while true {
                    position = nextStructural(base, from: position)
                    guard position < count else { break }
                    let byte = base[position]
                    if byte != Self.quote {
                        if byte == Self.lf { line += 1 }
                        position += 1
                        continue
                    }
                    if position + 1 < count, base[position + 1] == Self.quote {
                        if scratchStart < 0 { scratchStart = scratch.count }
                        scratch.append(UnsafeBufferPointer(start: base + copied, count: position + 1 - copied))
                        position += 2
                        copied = position
                        continue
                    }
                    end = position
                    if scratchStart >= 0 { scratch.append(UnsafeBufferPointer(start: base + copied, count: position - copied)) }
                    position += 1
                    closed = true
                    break
                }
                if !closed {
                    return .problem(Problem(line: openLine, message: "unterminated quote: the field opened here never closes", isFatal: true))
                }
                if scratchStart >= 0 {
                    scratch.noteInputRange(start ..< end, ofField: fieldCount)
                    appendField(Field(start: scratchStart, end: scratch.count, inScratch: true))
                } else {
                    appendField(Field(start: start, end: end, inScratch: false))
                }
                if position < count, !Self.endsField(base[position]), problem == nil {
                    problem = Problem(line: line, message: "unexpected \(Self.describe(base[position])) after a closing quote (a quote inside a quoted field is written \"\")")
                    while position < count, !Self.endsField(base[position]) { position += 1 }
                }
            } else {
                let start = position
                position = nextStructural(base, from: position)
                while position < count, base[position] == Self.quote {
                    position = nextStructural(base, from: position + 1) // a quote inside is data
                }
                appendField(Field(start: start, end: position, inScratch: false))
            }
            if position >= count { break }
            let separator = base[position]
            position += 1
            if separator == Self.comma { continue }
            if separator == Self.cr, position < count, base[position] == Self.lf { position += 1 }
            line += 1
            break
        }
        if let problem { return .problem(problem) }
        return .record(line: recordLine)
    }

    // MARK: - Finding structural bytes

    /// The offset of the first structural byte (`,` `"` CR LF) at or after `from`, or
    /// `count`: from the bits of the current 64-byte window, moving the window on when it
    /// holds no more (the next field end is usually a shift and a bit count away).
    @inline(__always)
    private mutating func nextStructural(_ base: UnsafePointer<UInt8>, from start: Int) -> Int {
        var from = start
        while true {
            let offset = from &- maskBase
            if offset >= 0, offset < 64 {
                let ahead = mask & (~0 &<< UInt64(offset))
                if ahead != 0 { return maskBase &+ ahead.trailingZeroBitCount }
                from = maskBase &+ 64
            }
            if from >= count { return count }
            maskBase = from
            mask = from &+ 64 <= count ? regq_structural_mask64(base + from) : Self.structuralMask(base + from, count: count - from)
        }
    }

    /// `regq_structural_mask64` for the last fewer than 64 bytes.
    private static func structuralMask(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var mask: UInt64 = 0
        for i in 0 ..< count where endsField(p[i]) || p[i] == quote { mask |= 1 << UInt64(i) }
        return mask
    }

    private static func endsField(_ byte: UInt8) -> Bool { byte == comma || byte == cr || byte == lf }

    private static func describe(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + String(byte, radix: 16)
    }
}

/// A growable byte buffer with a stable address between appends, so that fields can be
/// handed out as plain pointers.
final class ScratchBytes {
    private var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    private var capacity = 256
    private(set) var count = 0

    deinit { storage.deallocate() }

    /// Where each field undone into scratch stands in the input, inside its quotes (for
    /// `locatedRecords`; such fields are few, so the common field carries nothing more).
    private var inputRanges: [(field: Int, range: Range<Int>)] = []

    func clear() {
        count = 0
        if !inputRanges.isEmpty { inputRanges.removeAll(keepingCapacity: true) }
    }

    func noteInputRange(_ range: Range<Int>, ofField field: Int) {
        inputRanges.append((field, range))
    }

    func inputRange(ofField field: Int) -> Range<Int> {
        inputRanges.first { $0.field == field }!.range
    }

    func append(_ byte: UInt8) {
        reserve(count + 1)
        storage[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(count + bytes.count)
        (storage + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    func slice(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage + start, count: end - start)
    }

    private func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = grown
    }
}

/// Owns the scanner's field buffer (freed with it).
final class FieldBuffer {
    private(set) var storage: UnsafeMutablePointer<CSVScanner.Field>

    init(capacity: Int) { storage = .allocate(capacity: capacity) }

    deinit { storage.deallocate() }

    func grow(to capacity: Int, keeping count: Int) -> UnsafeMutablePointer<CSVScanner.Field> {
        let bigger = UnsafeMutablePointer<CSVScanner.Field>.allocate(capacity: capacity)
        bigger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        return bigger
    }
}
