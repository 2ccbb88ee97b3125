#if canImport(Glibc)
import Glibc
#endif

/// What a part's reader is told as its XML streams past: a small, flat set of events,
/// with names and text as bytes borrowed for the call. No tree is built, so nesting
/// costs nothing however deep.
protocol XMLEvents {
    /// An element starts (`selfClosing` for `<c r="A1"/>`); `name` is its local name.
    mutating func start(_ name: XMLName, _ attributes: XMLAttributes, selfClosing: Bool) throws(WorkbookFailure)
    mutating func end(_ name: XMLName) throws(WorkbookFailure)
    /// Character data, entities not yet decoded (`XMLText.decode`), unless `isCData`.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCData: Bool) throws(WorkbookFailure)
}

/// An element's local name (its namespace prefix dropped: `x:row` is `row`).
struct XMLName {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Whether the name is `literal` (ASCII).
    @inline(__always)
    func `is`(_ literal: StaticString) -> Bool {
        literal.utf8CodeUnitCount == bytes.count
            && memcmp(literal.utf8Start, bytes.baseAddress!, bytes.count) == 0
    }
}

/// An element's attributes, read on demand from the tag's bytes.
struct XMLAttributes {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The raw value (entities not decoded) of the attribute whose local name is `key`.
    func value(_ key: StaticString) -> UnsafeBufferPointer<UInt8>? {
        var found: UnsafeBufferPointer<UInt8>?
        forEach { name, value in
            if found == nil, name.is(key) { found = value }
        }
        return found
    }

    /// Each attribute's local name and raw value, in one pass over the tag.
    func forEach(_ body: (XMLName, UnsafeBufferPointer<UInt8>) -> Void) {
        var index = 0
        let count = bytes.count
        while index < count {
            while index < count, XMLScanner.isSpace(bytes[index]) { index += 1 }
            let nameStart = index
            var localStart = index
            while index < count, bytes[index] != 0x3D, !XMLScanner.isSpace(bytes[index]) {
                if bytes[index] == 0x3A { localStart = index + 1 }
                index += 1
            }
            let nameEnd = index
            while index < count, bytes[index] != 0x3D { index += 1 }
            index += 1
            while index < count, XMLScanner.isSpace(bytes[index]) { index += 1 }
            guard index < count, nameEnd > nameStart else { return }
            let quote = bytes[index]
            index += 1
            let valueStart = index
            while index < count, bytes[index] != quote { index += 1 }
            body(XMLName(bytes: UnsafeBufferPointer(rebasing: bytes[localStart ..< nameEnd])),
                 UnsafeBufferPointer(rebasing: bytes[valueStart ..< min(index, count)]))
            index += 1
        }
    }

    /// The value as text, entities decoded.
    func string(_ key: StaticString) -> String? {
        value(key).map { XMLText.decodedString($0) }
    }
}

/// A streaming tokenizer for the XML a workbook's parts are written in: fed the part's
/// bytes a piece at a time, it reports tags and text to an `XMLEvents` as soon as each is
/// whole, keeping only an unfinished tag or text between pieces. A construct longer than
/// `longestConstruct` (a text of megabytes, a tag that never closes) is refused, so
/// memory stays bounded whatever the part holds. Declarations, comments and processing
/// instructions are passed over; no entity is defined or expanded beyond XML's own.
struct XMLScanner {
    static let longestConstruct = 32 << 20

    private var pending: [UInt8] = []
    let part: String

    init(part: String) { self.part = part }

    /// Scans `piece` (with what was left of the pieces before).
    mutating func feed<Events: XMLEvents>(_ piece: UnsafeBufferPointer<UInt8>, to events: inout Events) throws(WorkbookFailure) {
        if pending.isEmpty {
            let used = try Self.scan(piece, to: &events)
            if used < piece.count { pending.append(contentsOf: UnsafeBufferPointer(rebasing: piece[used...])) }
        } else {
            pending.append(contentsOf: piece)
            let used = try pending.withUnsafeBufferPointer { buffer throws(WorkbookFailure) in try Self.scan(buffer, to: &events) }
            pending.removeFirst(used)
        }
        guard pending.count <= Self.longestConstruct else {
            throw .malformed("\(part) has a tag or text longer than \(Self.longestConstruct >> 20) MB")
        }
    }

    /// Ends the part: text after the last tag is given; an unfinished tag is damage.
    mutating func finish<Events: XMLEvents>(to events: inout Events) throws(WorkbookFailure) {
        guard !pending.isEmpty else { return }
        if pending.contains(0x3C) { throw .damaged("\(part) ends in the middle of a tag") }
        try pending.withUnsafeBufferPointer { buffer throws(WorkbookFailure) in try events.text(buffer, isCData: false) }
        pending = []
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    /// Reports every whole construct of `buffer`; gives how many bytes were used.
    private static func scan<Events: XMLEvents>(_ buffer: UnsafeBufferPointer<UInt8>, to events: inout Events) throws(WorkbookFailure) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let count = buffer.count
        var position = 0
        while position < count {
            // Text up to the next tag.
            guard let found = memchr(base + position, 0x3C, count - position) else { return position }
            let open = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if open > position {
                try events.text(UnsafeBufferPointer(start: base + position, count: open - position), isCData: false)
                position = open
            }
            guard open + 1 < count else { return position }
            switch base[open + 1] {
            case 0x2F: // </name>
                guard let close = find(0x3E, in: buffer, from: open + 2) else { return position }
                try events.end(localName(buffer, open + 2 ..< close))
                position = close + 1
            case 0x3F: // <? … ?>
                guard let close = find("?>", in: buffer, from: open + 2) else { return position }
                position = close + 2
            case 0x21: // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE …>
                if starts(buffer, at: open, with: "<!--") {
                    guard let close = find("-->", in: buffer, from: open + 4) else { return position }
                    position = close + 3
                } else if starts(buffer, at: open, with: "<![CDATA[") {
                    guard let close = find("]]>", in: buffer, from: open + 9) else { return position }
                    try events.text(UnsafeBufferPointer(rebasing: buffer[open + 9 ..< close]), isCData: true)
                    position = close + 3
                } else {
                    guard let close = declarationEnd(buffer, from: open + 2) else { return position }
                    position = close + 1
                }
            default:
                guard let close = tagEnd(buffer, from: open + 1) else { return position }
                let selfClosing = buffer[close - 1] == 0x2F
                let inside = open + 1 ..< (selfClosing ? close - 1 : close)
                var nameEnd = inside.lowerBound
                while nameEnd < inside.upperBound, !isSpace(buffer[nameEnd]) { nameEnd += 1 }
                let name = localName(buffer, inside.lowerBound ..< nameEnd)
                try events.start(name, XMLAttributes(bytes: UnsafeBufferPointer(rebasing: buffer[nameEnd ..< inside.upperBound])),
                                 selfClosing: selfClosing)
                if selfClosing { try events.end(name) }
                position = close + 1
            }
        }
        return position
    }

    private static func localName(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> XMLName {
        var start = range.lowerBound
        var end = range.upperBound
        while end > start, isSpace(buffer[end - 1]) { end -= 1 }
        for index in range.lowerBound ..< end where buffer[index] == 0x3A { start = index + 1 }
        return XMLName(bytes: UnsafeBufferPointer(rebasing: buffer[start ..< end]))
    }

    /// The `>` that closes a start tag, past quoted attribute values (which may hold `>`).
    private static func tagEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var quote: UInt8 = 0
        var index = start
        while index < buffer.count {
            let byte = buffer[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The `>` that ends a `<!DOCTYPE …>`, past an internal subset in brackets.
    private static func declarationEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var depth = 0
        for index in start ..< buffer.count {
            switch buffer[index] {
            case 0x5B: depth += 1
            case 0x5D: depth -= 1
            case 0x3E where depth <= 0: return index
            default: break
            }
        }
        return nil
    }

    private static func find(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < buffer.count, let found = memchr(buffer.baseAddress! + start, Int32(byte), buffer.count - start) else { return nil }
        return buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func find(_ literal: StaticString, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while let candidate = find(literal.utf8Start[0], in: buffer, from: index) {
            if starts(buffer, at: candidate, with: literal) { return candidate }
            if candidate + literal.utf8CodeUnitCount > buffer.count { return nil }
            index = candidate + 1
        }
        return nil
    }

    private static func starts(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, with literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        return index + length <= buffer.count && memcmp(buffer.baseAddress! + index, literal.utf8Start, length) == 0
    }
}
