import QueryLanguage

/// A meta-command line cut into words, each with where it is in the source, so that an
/// error about one argument (`.values stauts`) underlines that argument, not the line.
struct MetaCommandLine {
    struct Word {
        var text: String
        var range: SourceRange
    }

    /// The command's name (after the dot) and then its arguments.
    let words: [Word]

    /// Splits the line at spaces and tabs (a carriage return counts as one); `"…"` or
    /// `'…'` keep spaces, the quotes dropped. `range` is the line in `source`, its dot first.
    init(_ source: SourceFile, range: SourceRange) {
        self.init(source.bytes[range.start ..< range.end].dropFirst())
    }

    /// The same for bytes whose offsets are their positions in the source.
    init(_ bytes: ArraySlice<UInt8>) {
        var words: [Word] = []
        var current: [UInt8] = []
        var start: Int?
        var quote: UInt8?
        for index in bytes.indices {
            let byte = bytes[index]
            if let q = quote {
                if byte == q { quote = nil } else { current.append(byte) }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
                if start == nil { start = index }
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                if let begun = start {
                    words.append(Word(text: String(decoding: current, as: UTF8.self), range: SourceRange(start: begun, end: index)))
                }
                current = []
                start = nil
            } else {
                current.append(byte)
                if start == nil { start = index }
            }
        }
        if let begun = start {
            words.append(Word(text: String(decoding: current, as: UTF8.self), range: SourceRange(start: begun, end: bytes.endIndex)))
        }
        self.words = words
    }
}
