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

    /// Reads the register at `path`, building only the columns of `fields` and, for those
    /// of `located`, noting where each record starts so that the cells of the rows a query
    /// shows can be read later (`Register.gathering`). Every row is checked in full all the
    /// same: a file is accepted or refused whatever is kept.
    public static func read(path: String, fields: FieldSet = .all, located: FieldSet = []) -> Result<Register, RegisterError> {
        switch FileContents.open(path: path) {
        case .failure(let error):
            return .failure(RegisterError(file: path, problems: [RegisterProblem(line: nil, message: "cannot read the register: \(error.reason)")]))
        case .success(let contents):
            return read(contents, file: path, fields: fields, located: located)
        }
    }

    public static func read(bytes: [UInt8], file: String, fields: FieldSet = .all, located: FieldSet = []) -> Result<Register, RegisterError> {
        read(FileContents(bytes: bytes), file: file, fields: fields, located: located)
    }

    static func read(_ contents: FileContents, file: String, fields: FieldSet, located: FieldSet,
                     chunks: Int? = nil) -> Result<Register, RegisterError> {
        // Only text and list cells are worth reading later; kinds and months are parsed
        // (to be checked) anyway, so they are built.
        let fields = fields.union(FieldSet(located.fields.filter { $0.type == .kind || $0.type == .month }))
        let located = located.subtracting(fields)
        return contents.withBytes { bytes in
            read(bytes, file: file, fields: fields, locating: located.isEmpty ? nil : (located, contents),
                 release: contents.isMapped ? contents.release : nil, chunks: chunks)
        }
    }

    /// Files smaller than this are read on one thread.
    static let parallelThreshold = 4 << 20

    /// Reads the header, then the rows in one chunk per core. A chunk after the first
    /// starts at a line break chosen without knowing whether it lies inside a quoted
    /// value; the chunk before it checks, when it gets there, that a record really ends
    /// at that point, and otherwise reads on past it itself, discarding the guess.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, fields: FieldSet = .all,
                     locating: (fields: FieldSet, contents: FileContents)? = nil,
                     release: (@Sendable (Range<Int>) -> Void)?, chunks: Int? = nil) -> Result<Register, RegisterError> {
        var problems = ProblemList(file: file)
        var scanner = CSVScanner(bytes)
        let positions: FieldPositions
        switch scanner.next() {
        case .end:
            if let lines = invalidUTF8(bytes, 0 ..< bytes.count, firstLine: 1) {
                return .failure(lines.error(file))
            }
            problems.add(RegisterProblem(line: 1, message: "the file is empty (expected the header \(Field.header))"))
            return .failure(problems.error)
        case .problem(let problem):
            if let lines = invalidUTF8(bytes, 0 ..< bytes.count, firstLine: 1) { return .failure(lines.error(file)) }
            problems.add(RegisterProblem(line: problem.line, message: problem.message))
            return .failure(problems.error)
        case .record(let line):
            let header = (0 ..< scanner.fieldCount).map { scanner.string($0, in: bytes) }
            if let lines = invalidUTF8(bytes, 0 ..< scanner.position, firstLine: 1) { return .failure(lines.error(file)) }
            guard let layout = HeaderLayout(header, line: line, problems: &problems) else { return .failure(problems.error) }
            positions = layout.positions
        }

        let bodyStart = scanner.position, bodyLine = scanner.line
        let chunkCount = chunks ?? (bytes.count < parallelThreshold ? 1 : min(4, Parallel.coreCount))
        var bounds = [bodyStart]
        for index in 1 ..< chunkCount {
            var point = bodyStart + (bytes.count - bodyStart) * index / chunkCount
            while point < bytes.count, bytes[point - 1] != 0x0A { point += 1 }
            if point > bounds.last!, point < bytes.count { bounds.append(point) }
        }
        bounds.append(bytes.count)

        let jobs = (0 ..< bounds.count - 1).map { index in
            ChunkJob(bytes: bytes, range: bounds[index] ..< bounds[index + 1], reserveEnd: index == 0 ? bytes.count : nil,
                     firstLine: index == 0 ? bodyLine : 1,
                     positions: positions, fields: fields, locating: locating != nil, file: file, release: release)
        }
        Parallel.run(jobs.map { job in { job.run() } })

        // Stitch the chunks together in order, redoing any whose start was a bad guess.
        var merged = jobs[0].takeResult()
        for job in jobs.dropFirst() {
            guard merged.endPosition == job.range.lowerBound, !merged.fatal else {
                if merged.endPosition < job.range.upperBound, !merged.fatal {
                    let redo = ChunkJob(bytes: bytes, range: merged.endPosition ..< job.range.upperBound,
                                        firstLine: merged.endLine, positions: positions, fields: fields, locating: locating != nil,
                                        file: file, release: release)
                    redo.run()
                    merged.append(redo.takeResult(), lineOffset: 0)
                }
                continue
            }
            merged.append(job.takeResult(), lineOffset: merged.endLine - 1)
        }
        if let invalid = merged.invalidLines { return .failure(invalid.error(file)) }
        problems.merge(merged.problems)
        guard problems.isEmpty else { return .failure(problems.error) }
        var register = merged.builder.finish()
        if let locating {
            register.source = RecordSource(contents: locating.contents, positions: positions,
                                           starts: merged.builder.recordStarts, fields: locating.fields)
        }
        return .success(register)
    }

    /// The lines of `range` holding bytes that are not UTF-8, if any.
    static func invalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstLine: Int) -> InvalidLines? {
        let offsets = UTF8Validation.invalidOffsets(bytes, range)
        if offsets.isEmpty { return nil }
        return InvalidLines(lines: UTF8Validation.lines(of: offsets, in: bytes, from: range.lowerBound, firstLine: firstLine))
    }
}

/// Lines with bytes that are not UTF-8: the file is refused on those alone.
struct InvalidLines {
    var lines: [Int]

    func error(_ file: String) -> RegisterError {
        var problems = ProblemList(file: file)
        for line in lines { problems.add(RegisterProblem(line: line, message: "bytes that are not UTF-8 (save the file as UTF-8)")) }
        return problems.error
    }
}

/// One chunk of rows read into its own columns, on its own thread.
final class ChunkJob: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>
    let firstLine: Int
    let positions: FieldPositions
    let fields: FieldSet
    /// Whether to note where each record starts (for columns read later).
    let locating: Bool
    let file: String
    let release: (@Sendable (Range<Int>) -> Void)?
    /// Where the rows this chunk's columns will end up holding end (the file's end for the first).
    let reserveEnd: Int
    private var result: ChunkResult?

    /// The chunk read by `run()`, handed over (the job keeps no copy).
    func takeResult() -> ChunkResult {
        defer { result = nil }
        return result!
    }

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, reserveEnd: Int? = nil, firstLine: Int, positions: FieldPositions,
         fields: FieldSet, locating: Bool = false, file: String, release: (@Sendable (Range<Int>) -> Void)?) {
        self.bytes = bytes
        self.range = range
        self.reserveEnd = reserveEnd ?? range.upperBound
        self.firstLine = firstLine
        self.positions = positions
        self.fields = fields
        self.locating = locating
        self.file = file
        self.release = release
    }

    /// Reads records starting in `range` (the last may run past its end). The bytes are
    /// checked for UTF-8 a block ahead of the scanner and given back a block behind it,
    /// so only a few blocks of the file are in memory at once.
    func run() {
        var builder = RegisterBuilder(positions: positions, fields: fields, locating: locating)
        var problems = ProblemList(file: file)
        var invalidLines: InvalidLines?
        var fatal = false
        var scanner = CSVScanner(bytes, from: range.lowerBound, line: firstLine)
        var validated = range.lowerBound
        var released = range.lowerBound
        func invalid(upTo end: Int) -> Bool {
            guard end > validated else { return false }
            let offsets = UTF8Validation.invalidOffsets(bytes, validated ..< end)
            validated = end
            guard !offsets.isEmpty else { return false }
            // The file will be refused for these bytes: list every such line of the chunk.
            let rest = UTF8Validation.invalidOffsets(bytes, end ..< max(end, range.upperBound))
            invalidLines = InvalidLines(lines: UTF8Validation.lines(of: offsets + rest, in: bytes, from: range.lowerBound, firstLine: firstLine))
            return true
        }
        reading: while scanner.position < range.upperBound {
            if scanner.position >= validated {
                var end = min(bytes.count, validated + Self.block)
                while end < bytes.count, bytes[end - 1] != 0x0A { end += 1 }
                if invalid(upTo: end) { break reading }
            }
            let recordStart = scanner.position
            switch scanner.next() {
            case .end:
                break reading
            case .problem(let problem):
                problems.add(RegisterProblem(line: problem.line, message: problem.message))
                if problem.isFatal {
                    fatal = true
                    break reading
                }
            case .record(let line):
                builder.append(&scanner, line: line, start: recordStart, bytes: bytes, problems: &problems)
                if builder.kinds.count == ByteInterner.decisionPoint + 1 {
                    // Size the columns once, from what the first rows used, instead of
                    // doubling them (and the peak memory) as they grow. The first chunk
                    // makes room for the whole file: the later chunks are appended to it,
                    // and room not yet written costs no memory.
                    let perRow = Double(scanner.position - range.lowerBound) / Double(builder.kinds.count)
                    builder.reserve(rows: Int(Double(reserveEnd - scanner.position) / perRow * 1.05))
                }
                if scanner.position - released > Self.block {
                    release?(released ..< scanner.position)
                    released = scanner.position
                }
            }
        }
        if invalidLines == nil {
            _ = invalid(upTo: scanner.position) // the last record may have run past the block checked
        }
        var chunk = ChunkResult(builder: builder, problems: problems)
        chunk.fatal = fatal
        chunk.invalidLines = invalidLines
        chunk.endPosition = invalidLines == nil ? scanner.position : max(validated, range.upperBound)
        chunk.endLine = invalidLines == nil ? scanner.line
            : firstLine + bytes[range.lowerBound ..< chunk.endPosition].lazy.filter { $0 == 0x0A }.count
        result = chunk
    }

    static let block = 1 << 21
}

/// What a chunk read: its columns, its problems, and where it stopped.
struct ChunkResult {
    var builder: RegisterBuilder
    var problems: ProblemList
    var invalidLines: InvalidLines?
    var fatal = false
    var endPosition = 0
    var endLine = 1

    init(builder: RegisterBuilder, problems: ProblemList) {
        self.builder = builder
        self.problems = problems
    }

    /// Appends the next chunk, whose line numbers start `lineOffset` lines further on.
    mutating func append(_ next: consuming ChunkResult, lineOffset: Int) {
        if let invalid = next.invalidLines {
            var lines = invalidLines?.lines ?? []
            lines += invalid.lines.map { $0 + lineOffset }
            invalidLines = InvalidLines(lines: lines)
        }
        problems.merge(next.problems, lineOffset: lineOffset)
        builder.append(&next.builder)
        fatal = next.fatal
        endPosition = next.endPosition
        endLine = next.endLine + lineOffset
    }
}

/// Collects problems up to the cap and counts the rest.
struct ProblemList {
    let file: String
    private(set) var listed: [RegisterProblem] = []
    private(set) var total = 0

    init(file: String) { self.file = file }

    var isEmpty: Bool { total == 0 }

    /// Counts a problem; its message is made only while the list is under the cap.
    mutating func add(_ problem: @autoclosure () -> RegisterProblem) {
        total += 1
        if listed.count < RegisterReader.problemCap { listed.append(problem()) }
    }

    var error: RegisterError { RegisterError(file: file, problems: listed, totalCount: total) }

    /// Adds another list's problems after these, their lines shifted by `lineOffset`.
    mutating func merge(_ other: ProblemList, lineOffset: Int = 0) {
        for var problem in other.listed {
            problem.line = problem.line.map { $0 + lineOffset }
            add(problem)
        }
        total += other.total - other.listed.count
    }
}

/// Where each field sits in the file's rows, from its header line.
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
struct FieldPositions {
    var kind = 0, ref = 1, name = 2, wg = 3, subgroups = 4, status = 5, blocker = 6, sg = 7, review = 8, dag = 9

    init() {}

    /// `indexes[field.rawValue]` is the field's index.
    init(_ indexes: [Int]) {
        (kind, ref, name, wg, subgroups) = (indexes[0], indexes[1], indexes[2], indexes[3], indexes[4])
        (status, blocker, sg, review, dag) = (indexes[5], indexes[6], indexes[7], indexes[8], indexes[9])
    }

    subscript(field: Field) -> Int {
        switch field {
        case .kind: kind
        case .ref: ref
        case .name: name
        case .wg: wg
        case .subgroups: subgroups
        case .status: status
        case .blocker: blocker
        case .sg: sg
        case .review: review
        case .dag: dag
        }
    }
}

/// The columns of a register being read, one record at a time. Every cell is checked;
/// only the columns of `fields` (and `kind`) are kept. Once any record is bad, the rest
/// are only checked: the register will be refused.
struct RegisterBuilder {
    let positions: FieldPositions
    let fields: FieldSet
    var kinds: [Kind] = []
    var refs = ListColumnBuilder(deduplicating: !Field.ref.isNearlyDistinct)
    var names = TextColumnBuilder(deduplicating: !Field.name.isNearlyDistinct)
    var workingGroups = TextColumnBuilder()
    var subgroups = ListColumnBuilder()
    var statuses = TextColumnBuilder()
    var blockers = ListColumnBuilder()
    var sg: [Month] = []
    var review: [Month] = []
    var dag: [Month] = []
    /// With `locating`: where each record starts in the file (blank lines before it may
    /// come first), for the columns read later.
    let locating: Bool
    var recordStarts: [Int] = []
    var failed = false

    init(positions: FieldPositions = FieldPositions(), fields: FieldSet = .all, locating: Bool = false) {
        self.positions = positions
        self.fields = fields
        self.locating = locating
    }

    mutating func append(_ scanner: inout CSVScanner, line: Int, start: Int, bytes: UnsafeBufferPointer<UInt8>,
                         problems: inout ProblemList) {
        guard scanner.fieldCount == Field.allCases.count else {
            problems.add(RegisterProblem(line: line, message: "expected \(Field.allCases.count) fields, found \(scanner.fieldCount)"))
            failed = true
            return
        }
        let at = positions
        let kind = Kind(bytes: scanner.field(at.kind, in: bytes))
        let months = (Month.parse(scanner.field(at.sg, in: bytes)),
                      Month.parse(scanner.field(at.review, in: bytes)),
                      Month.parse(scanner.field(at.dag, in: bytes)))
        guard let kind, let sgMonth = months.0, let reviewMonth = months.1, let dagMonth = months.2 else {
            if kind == nil {
                problems.add(RegisterProblem(line: line, column: "kind",
                                             message: "'\(scanner.string(at.kind, in: bytes))' is not a kind (expected \(Kind.codeList))"))
            }
            for (field, month) in [(Field.sg, months.0), (.review, months.1), (.dag, months.2)] where month == nil {
                problems.add(RegisterProblem(line: line, column: field.name,
                                             message: "'\(scanner.string(at[field], in: bytes))' is not a month (expected Mon-YY, YYYY-MM or TBC)"))
            }
            failed = true
            return
        }
        if failed { return }
        let fields = self.fields
        kinds.append(kind)
        if locating { recordStarts.append(start) }
        if fields.contains(.sg) { sg.append(sgMonth) }
        if fields.contains(.review) { review.append(reviewMonth) }
        if fields.contains(.dag) { dag.append(dagMonth) }
        if fields.contains(.ref) { refs.append(scanner.field(at.ref, in: bytes)) }
        if fields.contains(.name) { names.append(scanner.field(at.name, in: bytes)) }
        if fields.contains(.wg) { workingGroups.append(scanner.field(at.wg, in: bytes)) }
        if fields.contains(.subgroups) { subgroups.append(scanner.field(at.subgroups, in: bytes)) }
        if fields.contains(.status) { statuses.append(scanner.field(at.status, in: bytes)) }
        if fields.contains(.blocker) { blockers.append(scanner.field(at.blocker, in: bytes)) }
    }

    /// Appends the rows another builder read (a later chunk of the same file), emptying
    /// it column by column so that the two never both hold a whole copy.
    mutating func append(_ other: inout RegisterBuilder) {
        failed = failed || other.failed
        defer { other = RegisterBuilder(positions: positions, fields: fields, locating: locating) }
        if failed { return }
        kinds += other.kinds
        other.kinds = []
        recordStarts += other.recordStarts
        other.recordStarts = []
        sg += other.sg
        other.sg = []
        review += other.review
        other.review = []
        dag += other.dag
        other.dag = []
        refs.append(other.refs)
        other.refs = ListColumnBuilder(deduplicating: !Field.ref.isNearlyDistinct)
        names.append(other.names)
        other.names = TextColumnBuilder(deduplicating: !Field.name.isNearlyDistinct)
        workingGroups.append(other.workingGroups)
        subgroups.append(other.subgroups)
        other.subgroups = ListColumnBuilder()
        statuses.append(other.statuses)
        blockers.append(other.blockers)
    }

    mutating func reserve(rows: Int) {
        kinds.reserveCapacity(kinds.count + rows)
        if locating { recordStarts.reserveCapacity(recordStarts.count + rows) }
        if fields.contains(.sg) { sg.reserveCapacity(sg.count + rows) }
        if fields.contains(.review) { review.reserveCapacity(review.count + rows) }
        if fields.contains(.dag) { dag.reserveCapacity(dag.count + rows) }
        if fields.contains(.ref) { refs.reserve(rows: rows) }
        if fields.contains(.name) { names.reserve(rows: rows) }
        if fields.contains(.wg) { workingGroups.reserve(rows: rows) }
        if fields.contains(.subgroups) { subgroups.reserve(rows: rows) }
        if fields.contains(.status) { statuses.reserve(rows: rows) }
        if fields.contains(.blocker) { blockers.reserve(rows: rows) }
    }

    func finish() -> Register {
        Register(kinds: kinds, refs: refs.finish(), names: names.finish(), workingGroups: workingGroups.finish(),
                 subgroups: subgroups.finish(), statuses: statuses.finish(), blockers: blockers.finish(),
                 sg: sg, review: review, dag: dag, loadedFields: fields)
    }
}

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

extension Register {
    /// The register compiled into the binary: the seed report's detail tables.
    public static let embedded: Register = {
        switch RegisterReader.read(bytes: Array(embeddedRegisterCSV.utf8), file: "<embedded>") {
        case .success(let register): return register
        case .failure(let error): preconditionFailure("the embedded register is invalid:\n\(error)")
        }
    }()
}
