/// Splits source bytes into tokens. It never fails: characters it cannot use become
/// `.invalid` tokens and an unclosed quote an `.unterminatedString`, for the parser to
/// report where they are. `--` comments run to the end of the line; a `#!` first line of
/// a file is skipped.
public struct Lexer {
    private let bytes: [UInt8]
    private let end: Int
    public private(set) var position: Int

    public init(source: SourceFile, range: SourceRange? = nil) {
        bytes = source.bytes
        let range = range ?? SourceRange(start: 0, end: source.bytes.count)
        position = range.start
        end = range.end
        if position == 0, end >= 2, bytes[0] == 0x23, bytes[1] == 0x21 { skipLine() }
    }

    /// All tokens up to and including `.end`.
    public static func tokens(of source: SourceFile, in range: SourceRange? = nil) -> [Token] {
        var lexer = Lexer(source: source, range: range)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    public mutating func next() -> Token {
        skipSpaceAndComments()
        guard position < end else { return Token(kind: .end, range: SourceRange(start: end, end: end), text: "") }
        let start = position
        let byte = bytes[position]
        func single(_ kind: Token.Kind, length: Int = 1) -> Token {
            position += length
            return Token(kind: kind, range: SourceRange(start: start, end: position), text: text(start, position))
        }
        let next: UInt8 = position + 1 < end ? bytes[position + 1] : 0
        switch byte {
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: "("): return single(.leftParen)
        case UInt8(ascii: ")"): return single(.rightParen)
        case UInt8(ascii: "*"): return single(.star)
        case UInt8(ascii: "@"): return single(.at)
        case UInt8(ascii: ";"): return single(.semicolon)
        case UInt8(ascii: "="): return single(.comparison(.equal), length: next == UInt8(ascii: "=") ? 2 : 1)
        case UInt8(ascii: "!"): return next == UInt8(ascii: "=") ? single(.comparison(.notEqual), length: 2) : invalidCharacter()
        case UInt8(ascii: "<"):
            if next == UInt8(ascii: "=") { return single(.comparison(.lessEqual), length: 2) }
            if next == UInt8(ascii: ">") { return single(.comparison(.notEqual), length: 2) }
            return single(.comparison(.less))
        case UInt8(ascii: ">"):
            return next == UInt8(ascii: "=") ? single(.comparison(.greaterEqual), length: 2) : single(.comparison(.greater))
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return quoted(byte)
        case UInt8(ascii: "$"):
            position += 1
            let nameStart = position
            while position < end, Self.isWordByte(bytes[position]) { position += 1 }
            if position == nameStart { return Token(kind: .invalid, range: SourceRange(start: start, end: position), text: "$") }
            return Token(kind: .parameter, range: SourceRange(start: start, end: position), text: text(nameStart, position))
        case UInt8(ascii: "-") where Self.isDigit(next):
            return word()
        case UInt8(ascii: "-"): return single(.minus)
        case UInt8(ascii: "+"): return single(.plus)
        default:
            return Self.isWordStart(byte) ? word() : invalidCharacter()
        }
    }

    // MARK: - Pieces

    private mutating func word() -> Token {
        let start = position
        position += 1
        var allDigits = Self.isDigit(bytes[start])
        while position < end, Self.isWordByte(bytes[position]) {
            if bytes[position] == UInt8(ascii: "-"), position + 1 < end, bytes[position + 1] == UInt8(ascii: "-") { break }
            if !Self.isDigit(bytes[position]) { allDigits = false }
            position += 1
        }
        return Token(kind: allDigits ? .integer : .word, range: SourceRange(start: start, end: position), text: text(start, position))
    }

    private mutating func quoted(_ quote: UInt8) -> Token {
        let start = position
        position += 1
        // The value is copied a run at a time, between doubled quotes.
        var value: [UInt8] = []
        var runStart = position
        while position < end {
            if bytes[position] == quote {
                if position + 1 < end, bytes[position + 1] == quote {
                    value += bytes[runStart ... position]
                    position += 2
                    runStart = position
                    continue
                }
                value += bytes[runStart ..< position]
                position += 1
                return Token(kind: .string, range: SourceRange(start: start, end: position), text: String(decoding: value, as: UTF8.self))
            }
            position += 1
        }
        value += bytes[runStart ..< position]
        return Token(kind: .unterminatedString, range: SourceRange(start: start, end: position), text: String(decoding: value, as: UTF8.self))
    }

    private mutating func invalidCharacter() -> Token {
        let start = position
        position += 1
        // Keep a multi-byte UTF-8 character whole.
        while position < end, bytes[position] & 0xC0 == 0x80 { position += 1 }
        return Token(kind: .invalid, range: SourceRange(start: start, end: position), text: text(start, position))
    }

    private mutating func skipSpaceAndComments() {
        while position < end {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B {
                position += 1
            } else if byte == UInt8(ascii: "-"), position + 1 < end, bytes[position + 1] == UInt8(ascii: "-") {
                skipLine()
            } else {
                return
            }
        }
    }

    private mutating func skipLine() {
        while position < end, bytes[position] != 0x0A { position += 1 }
    }

    private func text(_ start: Int, _ end: Int) -> String {
        // Most tokens are one ASCII byte (punctuation, or a stray character): no decoding.
        if end == start + 1, bytes[start] < 0x80 { return String(Unicode.Scalar(bytes[start])) }
        return String(decoding: bytes[start ..< end], as: UTF8.self)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isWordStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || isDigit(byte) || byte == UInt8(ascii: "_") || byte >= 0xC0
    }

    /// Bytes that may continue a bare word (letters, digits, `_`, `-`, UTF-8).
    public static func isWordByte(_ byte: UInt8) -> Bool {
        isWordStart(byte) || byte == UInt8(ascii: "-") || (byte >= 0x80 && byte < 0xC0)
    }
}
