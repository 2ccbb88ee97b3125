/// One thing wrong with a register file, located by line (and column name where known).
public struct RegisterProblem: Equatable, Sendable {
    public var line: Int?
    public var column: String?
    public var message: String

    public init(line: Int?, column: String? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

/// A register file that was refused, with every problem found (up to a cap).
public struct RegisterError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var problems: [RegisterProblem]
    /// How many problems there were in all, when more than `problems` holds.
    public var totalCount: Int

    public init(file: String, problems: [RegisterProblem], totalCount: Int? = nil) {
        self.file = file
        self.problems = problems
        self.totalCount = totalCount ?? problems.count
    }

    /// One line per problem, `FILE:LINE: column 'dag': …`, then a count of those left out.
    public var description: String {
        var lines = problems.map { problem -> String in
            var text = file
            if let line = problem.line { text += ":\(line)" }
            text += ": "
            if let column = problem.column { text += "column '\(column)': " }
            return text + problem.message
        }
        if totalCount > problems.count {
            lines.append("\(file): … and \(totalCount - problems.count) more problems")
        }
        lines.append("\(file): register refused: nothing was loaded")
        return lines.joined(separator: "\n")
    }
}

/// Reads a register file: checks everything, and either gives the whole register or
/// refuses the whole file. Nothing is ever loaded in part.
///
/// Cells go from the file's bytes straight into the columns: kinds and months are parsed
/// from bytes, text and list elements interned by their bytes; no `String` is made per
/// cell.
public enum RegisterReader {
    /// At most this many problems are listed; the rest are counted.
    public static let problemCap = 20

    public static func read(path: String) -> Result<Register, RegisterError> {
        switch FileContents.open(path: path) {
        case .failure(let error):
            return .failure(RegisterError(file: path, problems: [RegisterProblem(line: nil, message: "cannot read the register: \(error.reason)")]))
        case .success(let contents):
            return contents.withBytes { read($0, file: path, release: contents.release) }
        }
    }

    public static func read(bytes: [UInt8], file: String) -> Result<Register, RegisterError> {
        bytes.withUnsafeBufferPointer { read($0, file: file, release: nil) }
    }

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, release: ((Int) -> Void)?) -> Result<Register, RegisterError> {
        var problems = ProblemList(file: file)
        let invalidLines = UTF8Validation.linesWithInvalidBytes(bytes, release: release)
        for line in invalidLines {
            problems.add(RegisterProblem(line: line, message: "bytes that are not UTF-8 (save the file as UTF-8)"))
        }
        if !invalidLines.isEmpty { return .failure(problems.error) }

        var scanner = CSVScanner(bytes)
        var builder = RegisterBuilder()
        var sawHeader = false
        while true {
            switch scanner.next() {
            case .end:
                guard sawHeader else {
                    problems.add(RegisterProblem(line: 1, message: "the file is empty (expected the header \(Field.header))"))
                    return .failure(problems.error)
                }
                return problems.isEmpty ? .success(builder.finish()) : .failure(problems.error)
            case .problem(let problem):
                problems.add(RegisterProblem(line: problem.line, message: problem.message))
                if problem.isFatal { return .failure(problems.error) }
            case .record(let line):
                if sawHeader {
                    builder.append(&scanner, line: line, bytes: bytes, problems: &problems)
                    release?(scanner.position)
                    if builder.kinds.count == ByteInterner.decisionPoint + 1 {
                        // Size the columns once for the whole file, from what the first
                        // rows used, instead of doubling them (and the peak memory) as they grow.
                        let perRow = Double(scanner.position) / Double(builder.kinds.count)
                        builder.reserve(rows: Int(Double(bytes.count - scanner.position) / perRow * 1.05))
                    }
                } else {
                    sawHeader = true
                    let header = (0 ..< scanner.fields.count).map { scanner.string($0, in: bytes) }
                    guard let layout = HeaderLayout(header, line: line, problems: &problems) else { return .failure(problems.error) }
                    builder.positions = layout.positions
                }
            }
        }
    }
}

/// Collects problems up to the cap and counts the rest.
struct ProblemList {
    let file: String
    private(set) var listed: [RegisterProblem] = []
    private(set) var total = 0

    init(file: String) { self.file = file }

    var isEmpty: Bool { total == 0 }

    mutating func add(_ problem: RegisterProblem) {
        total += 1
        if listed.count < RegisterReader.problemCap { listed.append(problem) }
    }

    var error: RegisterError { RegisterError(file: file, problems: listed, totalCount: total) }
}

/// Where each field sits in the file's rows, from its header line.
struct HeaderLayout {
    /// positions[field.rawValue] is the field's index within a record.
    let positions: [Int]

    init?(_ header: [String], line: Int, problems: inout ProblemList) {
        var positions = [Int?](repeating: nil, count: Field.allCases.count)
        var ok = true
        for (index, name) in header.enumerated() {
            if let field = Field.allCases.first(where: { $0.name == name }) {
                if positions[field.rawValue] != nil {
                    problems.add(RegisterProblem(line: line, message: "duplicate column '\(name)'"))
                    ok = false
                } else {
                    positions[field.rawValue] = index
                }
            } else {
                var message = "unknown column '\(name)'"
                if let suggestion = closestMatch(to: name, among: Field.allCases.map(\.name)) {
                    message += "; did you mean '\(suggestion)'?"
                } else {
                    message += " (the header is \(Field.header), in any order)"
                }
                problems.add(RegisterProblem(line: line, message: message))
                ok = false
            }
        }
        for field in Field.allCases where positions[field.rawValue] == nil {
            problems.add(RegisterProblem(line: line, message: "missing column '\(field.name)'"))
            ok = false
        }
        guard ok else { return nil }
        self.positions = positions.map { $0! }
    }
}

/// The columns of a register being read, one record at a time. Once any record is bad,
/// the rest are only checked: the register will be refused.
struct RegisterBuilder {
    /// positions[field.rawValue] is the field's index within a record (from the header).
    var positions: [Int] = []
    var kinds: [Kind] = []
    var refs = ListColumnBuilder()
    var names = TextColumnBuilder()
    var workingGroups = TextColumnBuilder()
    var subgroups = ListColumnBuilder()
    var statuses = TextColumnBuilder()
    var blockers = ListColumnBuilder()
    var sg: [Month] = []
    var review: [Month] = []
    var dag: [Month] = []
    var failed = false

    init() {}

    mutating func append(_ scanner: inout CSVScanner, line: Int, bytes: UnsafeBufferPointer<UInt8>, problems: inout ProblemList) {
        guard scanner.fields.count == Field.allCases.count else {
            problems.add(RegisterProblem(line: line, message: "expected \(Field.allCases.count) fields, found \(scanner.fields.count)"))
            failed = true
            return
        }
        let positions = self.positions
        func field(_ f: Field) -> Int { positions[f.rawValue] }
        let kind = Kind(bytes: scanner.field(field(.kind), in: bytes))
        let months = (Month.parse(scanner.field(field(.sg), in: bytes)),
                      Month.parse(scanner.field(field(.review), in: bytes)),
                      Month.parse(scanner.field(field(.dag), in: bytes)))
        if kind == nil {
            problems.add(RegisterProblem(line: line, column: "kind",
                                         message: "'\(scanner.string(field(.kind), in: bytes))' is not a kind (expected \(Kind.codeList))"))
        }
        if months.0 == nil || months.1 == nil || months.2 == nil {
            for (f, month) in [(Field.sg, months.0), (.review, months.1), (.dag, months.2)] where month == nil {
            problems.add(RegisterProblem(line: line, column: f.name,
                                             message: "'\(scanner.string(field(f), in: bytes))' is not a month (expected Mon-YY, YYYY-MM or TBC)"))
            }
        }
        guard let kind, let sgMonth = months.0, let reviewMonth = months.1, let dagMonth = months.2 else {
            failed = true
            return
        }
        if failed { return }
        kinds.append(kind)
        sg.append(sgMonth)
        review.append(reviewMonth)
        dag.append(dagMonth)
        refs.append(scanner.field(field(.ref), in: bytes))
        names.append(scanner.field(field(.name), in: bytes))
        workingGroups.append(scanner.field(field(.wg), in: bytes))
        subgroups.append(scanner.field(field(.subgroups), in: bytes))
        statuses.append(scanner.field(field(.status), in: bytes))
        blockers.append(scanner.field(field(.blocker), in: bytes))
    }

    mutating func reserve(rows: Int) {
        kinds.reserveCapacity(kinds.count + rows)
        sg.reserveCapacity(sg.count + rows)
        review.reserveCapacity(review.count + rows)
        dag.reserveCapacity(dag.count + rows)
        refs.reserve(rows: rows)
        names.reserve(rows: rows)
        workingGroups.reserve(rows: rows)
        subgroups.reserve(rows: rows)
        statuses.reserve(rows: rows)
        blockers.reserve(rows: rows)
    }

    func finish() -> Register {
        Register(kinds: kinds, refs: refs.finish(), names: names.finish(), workingGroups: workingGroups.finish(),
                 subgroups: subgroups.finish(), statuses: statuses.finish(), blockers: blockers.finish(),
                 sg: sg, review: review, dag: dag)
    }
}

/// Locates bytes that are not well-formed UTF-8, eight ASCII bytes at a time.
enum UTF8Validation {
    /// The line numbers (1-based, distinct, ascending) holding invalid UTF-8; empty when valid.
    static func linesWithInvalidBytes(_ bytes: UnsafeBufferPointer<UInt8>, release: ((Int) -> Void)? = nil) -> [Int] {
        guard let base = bytes.baseAddress else { return [] }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var lines: [Int] = []
        var invalidOffsets: [Int] = []
        var i = 0
        while i < count {
            if i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                if i & 0xFFFFF == 0 { release?(i) }
                continue
            }
            let length = sequenceLength(base, i, count)
            if length == 0 {
                invalidOffsets.append(i)
                i += 1
            } else {
                i += length
            }
        }
        guard !invalidOffsets.isEmpty else { return [] }
        var line = 1, position = 0
        for offset in invalidOffsets {
            while position < offset {
                if base[position] == 0x0A { line += 1 }
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

extension Register {
    /// The register compiled into the binary: the seed report's detail tables.
    public static let embedded: Register = {
        switch RegisterReader.read(bytes: Array(embeddedRegisterCSV.utf8), file: "<embedded>") {
        case .success(let register): return register
        case .failure(let error): preconditionFailure("the embedded register is invalid:\n\(error)")
        }
    }()
}
