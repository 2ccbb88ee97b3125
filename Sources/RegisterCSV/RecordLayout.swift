import ColumnStore
import RegisterModel

/// Where each field sits in the file's records, from its header line.
struct HeaderLayout {
    let positions: FieldPositions

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
                problems.add({
                    var message = "unknown column '\(name)'"
                    if let suggestion = closestMatch(to: name, among: Field.allCases.map(\.name)) {
                        message += "; did you mean '\(suggestion)'?"
                    } else {
                        message += " (the header is \(Field.header), in any order)"
                    }
                    return RegisterProblem(line: line, message: message)
                }())
                ok = false
            }
        }
        for field in Field.allCases where positions[field.rawValue] == nil {
            problems.add(RegisterProblem(line: line, message: "missing column '\(field.name)'"))
            ok = false
        }
        guard ok else { return nil }
        self.positions = FieldPositions(positions.map { $0! })
    }
}

/// Each field's index within a record, from the header line.
struct FieldPositions: Sendable {
    /// `indexes[field.rawValue]` is the field's index.
    let indexes: [Int]

    /// The header's order.
    init() { indexes = Array(Field.allCases.indices) }

    init(_ indexes: [Int]) { self.indexes = indexes }

    subscript(field: Field) -> Int { indexes[field.rawValue] }
}

/// The records of a register file going into a `RegisterBuilder`, one at a time. Every
/// cell is checked; only the cells of `fields` (and `kind`) are kept. Once any record is
/// bad, the rest are only checked: the register will be refused.
struct RecordAppender {
    let positions: FieldPositions
    let fields: FieldSet
    private(set) var builder: RegisterBuilder
    /// Every month field (each is checked), with its index in a record and whether it is kept.
    private let months: [(field: Field, position: Int, target: RegisterBuilder.MonthTarget?)]
    /// The kept text and list fields, with their index in a record.
    private let texts: [(target: RegisterBuilder.CellTarget, position: Int)]
    private let monthNames = Month.NameTable()
    /// The fields of a record, and where its kind is: looked up once, not per record.
    private let fieldCount = Field.allCases.count
    private let kindPosition: Int
    private(set) var rowCount = 0
    /// With `locating`: where each record starts in the file (blank lines before it may
    /// come first), for the columns read later.
    let locating: Bool
    private(set) var recordStarts: [Int] = []
    private(set) var failed = false

    init(positions: FieldPositions = FieldPositions(), fields: FieldSet = .all, locating: Bool = false) {
        let fields = fields.union(FieldSet(.kind))
        self.positions = positions
        self.fields = fields
        self.locating = locating
        builder = RegisterBuilder(fields: fields)
        kindPosition = positions[.kind]
        months = Field.fields(of: .month).map { ($0, positions[$0], fields.contains($0) ? RegisterBuilder.MonthTarget($0) : nil) }
        texts = fields.fields.filter { $0.type == .text || $0.type == .list }.map { (RegisterBuilder.CellTarget($0), positions[$0]) }
    }

    mutating func append(_ scanner: inout CSVScanner, line: Int, start: Int, bytes: UnsafeBufferPointer<UInt8>,
                         problems: inout ProblemList) {
        guard scanner.fieldCount == fieldCount else {
            problems.add(RegisterProblem(line: line, message: "expected \(fieldCount) fields, found \(scanner.fieldCount)"))
            failed = true
            return
        }
        let kind = Kind(bytes: scanner.field(kindPosition, in: bytes))
        var bad = kind == nil
        if bad {
            problems.add(RegisterProblem(line: line, column: Field.kind.name,
                                         message: "'\(scanner.string(kindPosition, in: bytes))' is not a kind (expected \(Kind.codeList))"))
        }
        // A bad record leaves the columns uneven; they are thrown away with the register.
        for month in months {
            if let parsed = Month.parse(scanner.field(month.position, in: bytes), names: monthNames) {
                if let target = month.target, !failed { builder.appendMonth(parsed, to: target) }
            } else {
                problems.add(RegisterProblem(line: line, column: month.field.name,
                                             message: "'\(scanner.string(month.position, in: bytes))' is not a month (expected Mon-YY, YYYY-MM or TBC)"))
                bad = true
            }
        }
        if bad { failed = true }
        guard !failed, let kind else { return }
        builder.appendKind(kind)
        rowCount += 1
        if locating { recordStarts.append(start) }
        for text in texts { builder.appendText(scanner.field(text.position, in: bytes), to: text.target) }
    }

    /// Appends the rows another appender read (a later chunk of the same file).
    mutating func append(_ other: inout RecordAppender) {
        failed = failed || other.failed
        defer { other = RecordAppender(positions: positions, fields: fields, locating: locating) }
        if failed { return }
        rowCount += other.rowCount
        recordStarts += other.recordStarts
        other.recordStarts = []
        builder.append(&other.builder)
    }

    mutating func reserve(rows: Int) {
        if locating { recordStarts.reserveCapacity(recordStarts.count + rows) }
        builder.reserve(rows: rows)
    }

    func finish() -> ColumnSet { builder.finish() }
}
