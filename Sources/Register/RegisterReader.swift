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
public enum RegisterReader {
    /// At most this many problems are listed; the rest are counted.
    public static let problemCap = 20

    public static func read(path: String) -> Result<Register, RegisterError> {
        switch FileBytes.read(path: path) {
        case .failure(let error):
            return .failure(RegisterError(file: path, problems: [RegisterProblem(line: nil, message: "cannot read the register: \(error.reason)")]))
        case .success(let bytes):
            return read(bytes: bytes, file: path)
        }
    }

    public static func read(bytes: [UInt8], file: String) -> Result<Register, RegisterError> {
        var problems = ProblemList(file: file)
        let invalidLines = UTF8Validation.linesWithInvalidBytes(bytes)
        for line in invalidLines {
            problems.add(RegisterProblem(line: line, message: "bytes that are not UTF-8 (save the file as UTF-8)"))
        }
        if !invalidLines.isEmpty { return .failure(problems.error) }

        let records: [CSVScanner.Record]
        switch CSVScanner.records(in: bytes) {
        case .failure(let csvProblems):
            for problem in csvProblems.all { problems.add(RegisterProblem(line: problem.line, message: problem.message)) }
            return .failure(problems.error)
        case .success(let all):
            records = all
        }
        guard let headerRecord = records.first else {
            problems.add(RegisterProblem(line: 1, message: "the file is empty (expected the header \(Field.header))"))
            return .failure(problems.error)
        }
        guard let layout = HeaderLayout(headerRecord, problems: &problems) else { return .failure(problems.error) }

        var register = Register()
        for record in records.dropFirst() {
            guard record.fields.count == Field.allCases.count else {
                problems.add(RegisterProblem(line: record.line, message: "expected \(Field.allCases.count) fields, found \(record.fields.count)"))
                continue
            }
            if let artefact = layout.artefact(from: record, problems: &problems), problems.isEmpty {
                register.append(artefact)
            }
        }
        return problems.isEmpty ? .success(register) : .failure(problems.error)
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

    init?(_ header: CSVScanner.Record, problems: inout ProblemList) {
        var positions = [Int?](repeating: nil, count: Field.allCases.count)
        var ok = true
        for (index, rawName) in header.fields.enumerated() {
            let name = index == 0 ? String(rawName.drop(while: { $0 == "\u{FEFF}" })) : rawName
            if let field = Field.allCases.first(where: { $0.name == name }) {
                if positions[field.rawValue] != nil {
                    problems.add(RegisterProblem(line: header.line, message: "duplicate column '\(name)'"))
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
                problems.add(RegisterProblem(line: header.line, message: message))
                ok = false
            }
        }
        for field in Field.allCases where positions[field.rawValue] == nil {
            problems.add(RegisterProblem(line: header.line, message: "missing column '\(field.name)'"))
            ok = false
        }
        guard ok else { return nil }
        self.positions = positions.map { $0! }
    }

    func artefact(from record: CSVScanner.Record, problems: inout ProblemList) -> Artefact? {
        func cell(_ field: Field) -> String { record.fields[positions[field.rawValue]] }
        var ok = true
        func month(_ field: Field) -> Month {
            let text = cell(field)
            if let month = Month(parsing: text) { return month }
            problems.add(RegisterProblem(line: record.line, column: field.name,
                                         message: "'\(text)' is not a month (expected Mon-YY, YYYY-MM or TBC)"))
            ok = false
            return .tbc
        }
        let kindText = cell(.kind)
        let kind = Kind(code: kindText)
        if kind == nil {
            problems.add(RegisterProblem(line: record.line, column: "kind",
                                         message: "'\(kindText)' is not a kind (expected \(Kind.codeList))"))
            ok = false
        }
        let sg = month(.sg), review = month(.review), dag = month(.dag)
        guard ok, let kind else { return nil }
        return Artefact(kind: kind, refs: Self.list(cell(.ref)), name: cell(.name), workingGroup: cell(.wg),
                        subgroups: Self.list(cell(.subgroups)), status: cell(.status),
                        blockers: Self.list(cell(.blocker)), sg: sg, review: review, dag: dag)
    }

    /// `a;b` → ["a", "b"]; elements trimmed of spaces; empty elements dropped.
    static func list(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        return text.split(separator: ";", omittingEmptySubsequences: true).compactMap { part in
            let trimmed = part.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()
            return trimmed.isEmpty ? nil : String(trimmed)
        }
    }
}

/// Locates bytes that are not well-formed UTF-8.
enum UTF8Validation {
    /// The line numbers (1-based, distinct, ascending) holding invalid UTF-8; empty when valid.
    static func linesWithInvalidBytes(_ bytes: [UInt8]) -> [Int] {
        if String(validating: bytes, as: UTF8.self) != nil { return [] }
        var lines: [Int] = []
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                for byte in encoded where byte == 0x0A { line += 1 }
                offset += encoded.count
            case .error(let length):
                if lines.last != line { lines.append(line) }
                offset += length
            case .emptyInput:
                return lines
            }
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
