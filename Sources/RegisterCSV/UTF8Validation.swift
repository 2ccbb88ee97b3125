/// Locates bytes that are not well-formed UTF-8, skipping ASCII 32 bytes at a time.
enum UTF8Validation {
    /// Offsets of the first bytes of malformed sequences in `range` (at most `limit`).
    static func invalidOffsets(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, limit: Int = 1 << 16) -> [Int] {
        guard let base = bytes.baseAddress else { return [] }
        let raw = UnsafeRawPointer(base)
        var offsets: [Int] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end, offsets.count < limit {
            if i + 32 <= end, (raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 {
                i += 32
                continue
            }
            if i + 8 <= end, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let length = sequenceLength(base, i, end)
            if length == 0 {
                offsets.append(i)
                i += 1
            } else {
                i += length
            }
        }
        return offsets
    }

    /// The distinct line numbers of ascending `offsets`, counting lines from `start` (on
    /// line `firstLine`).
    static func lines(of offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int) -> [Int] {
        var lines: [Int] = []
        var line = firstLine, position = start
        for offset in offsets {
            while position < offset {
                if bytes[position] == 0x0A { line += 1 }
                position += 1
            }
            if lines.last != line { lines.append(line) }
        }
        return lines
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or 0.
    static func sequenceLength(_ b: UnsafePointer<UInt8>, _ i: Int, _ count: Int) -> Int {
        let first = b[i]
        if first < 0x80 { return 1 }
        func continuation(_ k: Int) -> Bool { i + k < count && b[i + k] & 0xC0 == 0x80 }
        switch first {
        case 0xC2 ... 0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0 ... 0xEF:
            guard continuation(1), continuation(2) else { return 0 }
            let second = b[i + 1]
            if first == 0xE0, second < 0xA0 { return 0 }
            if first == 0xED, second > 0x9F { return 0 }
            return 3
        case 0xF0 ... 0xF4:
            guard continuation(1), continuation(2), continuation(3) else { return 0 }
            let second = b[i + 1]
            if first == 0xF0, second < 0x90 { return 0 }
            if first == 0xF4, second > 0x8F { return 0 }
            return 4
        default:
            return 0
        }
    }
}
