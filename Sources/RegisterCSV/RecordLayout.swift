import ColumnStore
import RegisterModel

/// Where each field sits in the file's records, from its header line. Names are matched
/// as `=` compares text (`Kind`, ` DAG `), against the schema's names and the headings
/// the report itself prints (`DAG Review Complete`, `Field.init(heading:)`), as a
/// spreadsheet may write them. A column outside the schema is ignored, with a note naming it, so that a
/// register kept in a spreadsheet with columns of its own still reads; but when a field
/// is missing, every such column is reported with it, since one of them may be the
/// field misspelt.
struct HeaderLayout {
    let positions: FieldPositions
    /// What was ignored, for the reader's notes (without the file's name).
    let notes: [String]

    init?(_ header: [String], line: Int, problems: inout ProblemList) {
        var positions = [Int?](repeating: nil, count: Field.allCases.count)
        var fieldAt = [Field?](repeating: nil, count: header.count)
        for (index, name) in header.enumerated() {
            guard let field = Field(heading: name) else { continue }
            fieldAt[index] = field
            if positions[field.rawValue] == nil { positions[field.rawValue] = index }
        }
        let missing = Field.stored.filter { positions[$0.rawValue] == nil }
        // A first line of a cell or two that names no column is a title above the header,
        // as a spreadsheet's register has: one message says so, not one per empty cell.
        let filled = header.filter { !$0.isEmpty }
        if missing.count == Field.stored.count, filled.count <= 2 {
            let reads = filled.map { "'\(Self.shortened($0))'" }.joined(separator: ", ")
            problems.add(RegisterProblem(line: line, message: "the first line names no register column"
                + (reads.isEmpty ? "" : " (it reads \(reads))")
                + ": the header (\(Field.header), or the report's headings) must be the first line; a title row above it is not read"))
            return nil
        }
        var ok = missing.isEmpty
        var outside: [String] = []
        for (index, name) in header.enumerated() {
            if let field = fieldAt[index] {
                if positions[field.rawValue] != index {
                    problems.add(RegisterProblem(line: line, message: "duplicate column '\(name)'"))
                    ok = false
                }
            } else if missing.isEmpty {
                outside.append(name)
            } else {
                problems.add({
                    var message = "unknown column '\(name)'"
                    if let suggestion = closestMatch(to: name, among: Field.stored.map(\.name)) {
                        message += "; did you mean '\(suggestion)'?"
                    } else {
                        message += " (the header is \(Field.header), in any order)"
                    }
                    return RegisterProblem(line: line, message: message)
                }())
            }
        }
        for field in missing {
            problems.add(RegisterProblem(line: line, message: "missing column '\(field.name)'"))
        }
        guard ok else { return nil }
        self.positions = FieldPositions(Field.stored.map { positions[$0.rawValue]! }, width: header.count)
        notes = Self.notes(ignoring: outside)
    }

    /// At most this many ignored columns are named in a note; the rest are counted.
    static let namedInNote = 5

    /// One note for the named columns ignored, one for those with no name.
    static func notes(ignoring columns: [String]) -> [String] {
        var notes: [String] = []
        let named = columns.filter { !$0.isEmpty }, unnamed = columns.count - named.count
        if !named.isEmpty {
            var list = named.prefix(namedInNote).map { "'\(shortened($0))'" }.joined(separator: ", ")
            if named.count > namedInNote { list += " and \(named.count - namedInNote) more" }
            notes.append(named.count == 1 ? "column \(list) is not a register field; ignored"
                                          : "columns \(list) are not register fields; ignored")
        }
        if unnamed > 0 {
            notes.append(unnamed == 1 ? "1 column with no name; ignored" : "\(unnamed) columns with no name; ignored")
        }
        return notes
    }

    /// A column name short enough for a note.
    static func shortened(_ name: String) -> String {
        name.count <= 40 ? name : String(name.prefix(39)) + "…"
    }
}

/// Each field's index within a record, from the header line, and how many fields a
/// record has (the header's count, columns ignored included).
struct FieldPositions: Sendable {
    /// `indexes[field.rawValue]` is the field's index.
    let indexes: [Int]
    let width: Int

    /// The header's order.
    init() { self.init(Array(Field.stored.indices), width: Field.stored.count) }

    init(_ indexes: [Int], width: Int) {
        self.indexes = indexes
        self.width = width
    }

    subscript(field: Field) -> Int { indexes[field.rawValue] }
}

/// The records of a register file going into a `RegisterBuilder`, one at a time. Every
/// cell is checked; only the cells of `fields` (and `kind`) are kept. Once any record is
/// bad, the rest are only checked: the register will be refused. Cells are read without
/// the spaces around them; a record whose every cell is empty (a spreadsheet's empty
/// row) is skipped; a blank month is TBC, counted for the reader's note. Cells are read
/// as a person typed them (`TypedCells`, `Month.parseTyped`): `Blocked- X` is a status
/// and its blocker, a month may be a date, and a list cell's comma is named in a warning.
struct RecordAppender {
    let positions: FieldPositions
    let fields: FieldSet
    private(set) var builder: RegisterBuilder
    /// Every month field (each is checked), with its index in a record and whether it is kept.
    private let months: [(field: Field, position: Int, target: RegisterBuilder.MonthTarget?)]
    /// The kept text and list fields, with their index in a record.
    private let texts: [(field: Field, target: RegisterBuilder.CellTarget, position: Int)]
    /// Where a record's status and blocker are: a status may carry the blocker.
    private let statusPosition: Int
    /// The list fields' positions (`TypedCells.listFields`' order), each cell checked for a comma.
    private let listPositions: [Int]
    private let monthNames = Month.NameTable()
    /// The fields of a record (the header's count), and where its kind is: looked up
    /// once, not per record.
    private let fieldCount: Int
    private let kindPosition: Int
    private(set) var rowCount = 0
    /// The rows in the columns now (fewer than `rowCount` once `takeColumns()` took some).
    private(set) var heldRows = 0
    /// With `locating`: where each record starts in the file (blank lines before it may
    /// come first), for the columns read later.
    let locating: Bool
    private(set) var recordStarts: [Int] = []
    private(set) var failed = false
    /// Month cells left blank, read as TBC (a spreadsheet leaves unknown dates empty).
    private(set) var blankMonths = 0
    /// List cells holding a comma, for the reader's warnings (listed up to a cap).
    private(set) var commas: ProblemList

    init(positions: FieldPositions = FieldPositions(), fields: FieldSet = .all, locating: Bool = false) {
        let fields = fields.union(FieldSet(.kind))
        self.positions = positions
        self.fields = fields
        self.locating = locating
        builder = RegisterBuilder(fields: fields)
        fieldCount = positions.width
        kindPosition = positions[.kind]
        months = Field.stored.filter { $0.type == .month }.map { ($0, positions[$0], fields.contains($0) ? RegisterBuilder.MonthTarget($0) : nil) }
        texts = fields.fields.filter { $0.type == .text || $0.type == .list }.map { ($0, RegisterBuilder.CellTarget($0), positions[$0]) }
        statusPosition = positions[.status]
        listPositions = TypedCells.listFields.map { positions[$0.field] }
        commas = ProblemList(file: "")
    }

    mutating func append(_ scanner: inout CSVScanner, line: Int, start: Int, bytes: UnsafeBufferPointer<UInt8>,
                         problems: inout ProblemList) {
        guard scanner.fieldCount == fieldCount else {
            problems.add(RegisterProblem(line: line, message: "expected \(fieldCount) fields, found \(scanner.fieldCount)"))
            failed = true
            return
        }
        let kindCell = scanner.cell(kindPosition, in: bytes)
        let kind = Kind(bytes: kindCell)
        var bad = kind == nil
        if bad {
            // Every artefact has a kind: a record without one may be a spreadsheet's empty row.
            if kindCell.isEmpty, scanner.isEmptyRecord(in: bytes) { return }
            problems.add(RegisterProblem(line: line, column: Field.kind.name,
                                         message: "'\(scanner.cellString(kindPosition, in: bytes))' is not a kind (expected \(Kind.codeList))"))
        }
        // A bad record leaves the columns uneven; they are thrown away with the register.
        for month in months {
            let cell = scanner.cell(month.position, in: bytes)
            if let parsed = Month.parse(cell, names: monthNames) {
                if let target = month.target, !failed { builder.appendMonth(parsed, to: target) }
            } else if cell.isEmpty {
                blankMonths += 1
                if let target = month.target, !failed { builder.appendMonth(.tbc, to: target) }
            } else if let typed = Month.parseTyped(cell) {
                if let target = month.target, !failed { builder.appendMonth(typed, to: target) }
            } else {
                problems.add(RegisterProblem(line: line, column: month.field.name,
                                             message: "'\(scanner.cellString(month.position, in: bytes))' is not a month (expected \(Month.typedForms))"))
                bad = true
            }
        }
        // A comma can only be in a quoted cell.
        for (slot, position) in listPositions.enumerated() where scanner.isQuoted(position) {
            noteCommas(scanner.cell(position, in: bytes), list: slot, line: line)
        }
        if bad { failed = true }
        guard !failed, let kind else { return }
        builder.appendKind(kind)
        rowCount += 1
        heldRows += 1
        if locating { recordStarts.append(start) }
        for text in texts {
            builder.appendText(TypedCells.kept(text.field, scanner.cell(text.position, in: bytes),
                                               statusCell: scanner.cell(statusPosition, in: bytes)), to: text.target)
        }
    }

    /// Each element of a list cell that holds a comma, for a warning.
    private mutating func noteCommas(_ cell: UnsafeBufferPointer<UInt8>, list slot: Int, line: Int) {
        let (field, one) = TypedCells.listFields[slot]
        for element in TypedCells.elementsWithComma(cell) {
            commas.add(RegisterProblem(line: line, column: field.name, message: TypedCells.commaWarning(element, one: one)))
        }
    }

    /// The warnings for list cells with commas, each without the file's name.
    var commaNotes: [String] {
        var notes = commas.listed.prefix(TypedCells.namedCommaCells).map { "warning: line \($0.line ?? 0), column '\($0.column ?? "")': \($0.message)" }
        if commas.total > notes.count { notes.append("… and \(commas.total - notes.count) more list cells with commas") }
        return notes
    }

    /// Appends the rows another appender read (a later chunk of the same file, whose line
    /// numbers start `lineOffset` lines further on).
    mutating func append(_ other: inout RecordAppender, lineOffset: Int) {
        failed = failed || other.failed
        blankMonths += other.blankMonths
        commas.merge(other.commas, lineOffset: lineOffset)
        defer { other = RecordAppender(positions: positions, fields: fields, locating: locating) }
        if failed { return }
        rowCount += other.rowCount
        heldRows += other.heldRows
        recordStarts += other.recordStarts
        other.recordStarts = []
        builder.append(&other.builder)
    }

    mutating func reserve(rows: Int) {
        if locating { recordStarts.reserveCapacity(recordStarts.count + rows) }
        builder.reserve(rows: rows)
    }

    func finish() -> ColumnSet { builder.finish() }

    /// The rows held, as columns, leaving none: a reader that streams hands the file's
    /// rows on a batch at a time. The checks and counts go on over the whole file.
    mutating func takeColumns() -> ColumnSet {
        defer {
            builder = RegisterBuilder(fields: fields)
            heldRows = 0
        }
        return builder.finish()
    }
}
