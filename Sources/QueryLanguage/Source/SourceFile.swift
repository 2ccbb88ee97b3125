/// The text of a query file, a `-e` argument or a REPL entry, with a line-start table so
/// that a byte offset becomes `LINE:COL` only when a diagnostic is rendered.
public final class SourceFile: Sendable {
    /// How diagnostics name it: a path, or `<query>` for text given on the command line.
    public let name: String
    public let bytes: [UInt8]
    private let lineStarts: [Int]

    public convenience init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for offset in buffer.indices where buffer[offset] == 0x0A { starts.append(offset + 1) }
        }
        self.lineStarts = starts
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public func text(of range: SourceRange) -> String {
        String(decoding: bytes[range.start ..< range.end], as: UTF8.self)
    }

    /// 1-based line of a byte offset.
    public func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// 1-based line and column (in characters: Unicode scalars) of a byte offset. One
    /// pass over the line's bytes before the offset, without building a string.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let line = line(of: offset)
        let start = lineStarts[line - 1]
        let end = max(start, min(offset, bytes.count))
        let column = bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in start ..< end where buffer[index] & 0xC0 != 0x80 { count += 1 }
            return count
        }
        return (line, column + 1)
    }

    /// The byte range of a 1-based line, without its line break.
    public func lineRange(_ line: Int) -> SourceRange {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return SourceRange(start: start, end: max(start, end))
    }

    public var lineCount: Int { lineStarts.count }
}

/// A half-open range of UTF-8 byte offsets into a `SourceFile`.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public var isEmpty: Bool { start == end }
}
