/// An RFC 4180 reader over bytes: `,` separators, `"` quoting with `""` for a quote,
/// commas and line breaks inside quotes, CRLF or LF line ends. A UTF-8 byte-order mark at
/// the start is skipped. Lines that are entirely empty are skipped. A `"` inside an
/// unquoted field is kept as data, as most spreadsheets write it.
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

    /// A record's fields and the line its first byte is on.
    public struct Record: Equatable, Sendable {
        public var fields: [String]
        public var line: Int
    }

    private let bytes: [UInt8]
    private var position: Int
    private var line = 1

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Every record, or the problems that make the bytes unreadable as CSV.
    public static func records(in bytes: [UInt8]) -> Result<[Record], Problems> {
        var scanner = CSVScanner(bytes: bytes)
        var records: [Record] = []
        var problems: [Problem] = []
        while true {
            switch scanner.nextRecord() {
            case .none: return problems.isEmpty ? .success(records) : .failure(Problems(all: problems))
            case .some(.success(let record)): records.append(record)
            case .some(.failure(let problem)):
                problems.append(problem)
                if problem.isFatal { return .failure(Problems(all: problems)) }
            }
        }
    }

    private static let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// The next record; nil at the end of the input.
    public mutating func nextRecord() -> Result<Record, Problem>? {
        // Skip empty lines.
        while position < bytes.count, bytes[position] == Self.lf || bytes[position] == Self.cr {
            if bytes[position] == Self.lf { line += 1 }
            position += 1
        }
        guard position < bytes.count else { return nil }
        let recordLine = line
        var fields: [String] = []
        var problem: Problem?
        while true {
            var field: [UInt8] = []
            if position < bytes.count, bytes[position] == Self.quote {
                let openLine = line
                position += 1
                var closed = false
                while position < bytes.count {
                    let byte = bytes[position]
                    if byte == Self.quote {
                        if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                            field.append(Self.quote)
                            position += 2
                            continue
                        }
                        position += 1
                        closed = true
                        break
                    }
                    if byte == Self.lf { line += 1 }
                    field.append(byte)
                    position += 1
                }
                if !closed {
                    return .failure(Problem(line: openLine, message: "unterminated quote: the field opened here never closes", isFatal: true))
                }
                if position < bytes.count, ![Self.comma, Self.cr, Self.lf].contains(bytes[position]), problem == nil {
                    let found = Self.describe(bytes[position])
                    problem = Problem(line: line, message: "unexpected \(found) after a closing quote (a quote inside a quoted field is written \"\")")
                    while position < bytes.count, ![Self.comma, Self.cr, Self.lf].contains(bytes[position]) { position += 1 }
                }
            } else {
                let start = position
                while position < bytes.count, bytes[position] != Self.comma, bytes[position] != Self.lf, bytes[position] != Self.cr {
                    position += 1
                }
                field.append(contentsOf: bytes[start ..< position])
            }
            fields.append(String(decoding: field, as: UTF8.self))
            if position >= bytes.count { break }
            let separator = bytes[position]
            position += 1
            if separator == Self.comma { continue }
            if separator == Self.cr, position < bytes.count, bytes[position] == Self.lf { position += 1 }
            if separator == Self.lf || separator == Self.cr { line += 1 }
            break
        }
        if let problem { return .failure(problem) }
        return .success(Record(fields: fields, line: recordLine))
    }

    private static func describe(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + String(byte, radix: 16)
    }
}
