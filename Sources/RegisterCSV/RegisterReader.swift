import ColumnStore
import RegisterModel


/// Where a streaming read (`RegisterReader.stream`) sends the rows of one chunk of a
/// file, in order, as columns of at most `batchRows` rows at a time. Each sink is used
/// from one thread.
public protocol RecordBatchSink: AnyObject {
    var batchRows: Int { get }
    func consume(_ columns: ColumnSet)
}

/// Reads a register file: checks everything, and either gives the whole register or
/// refuses the whole file. Nothing is ever loaded in part.
///
/// A spreadsheet's export reads as it is (see `HeaderLayout` and `RecordAppender`), and
/// what was assumed to read it comes back as notes with the register, never printed here.
///
/// Cells go from the file's bytes straight into the columns: kinds and months are parsed
/// from bytes, text and list elements interned by their bytes; no `String` is made per
/// cell.
public enum RegisterReader {
    /// At most this many problems are listed; the rest are counted.
    public static let problemCap = 20

    /// Reads the whole register at `path`.
    public static func read(path: String) -> Result<Register, RegisterError> {
        load(path: path).map(\.register)
    }

    /// Reads the whole register in `bytes`; `file` names it in messages.
    public static func read(bytes: [UInt8], file: String) -> Result<Register, RegisterError> {
        load(bytes: bytes, file: file).map(\.register)
    }

    /// `read(path:)` with the reader's notes on what it assumed.
    public static func load(path: String) -> Result<LoadedRegister<Register>, RegisterError> {
        loadPart(path: path, fields: .all).map { $0.map { Register($0.built) } }
    }

    /// `read(bytes:file:)` with the reader's notes on what it assumed.
    public static func load(bytes: [UInt8], file: String) -> Result<LoadedRegister<Register>, RegisterError> {
        read(FileContents(bytes: bytes), file: file, fields: .all, located: []).map { $0.map { Register($0.built) } }
    }

    /// Reads the register at `path` in part: building only the columns of `fields` and,
    /// for those of `located`, noting where each record starts so that the cells of the
    /// rows a query shows can be read later (`PartialRegister.gathering`). Every row is
    /// checked in full all the same: a file is accepted or refused whatever is kept.
    public static func readPart(path: String, fields: FieldSet, located: FieldSet = []) -> Result<PartialRegister, RegisterError> {
        loadPart(path: path, fields: fields, located: located).map(\.register)
    }

    /// `readPart(path:fields:located:)` with the reader's notes on what it assumed.
    public static func loadPart(path: String, fields: FieldSet, located: FieldSet = []) -> Result<LoadedRegister<PartialRegister>, RegisterError> {
        opened(path).flatMap { read($0, file: path, fields: fields, located: located) }
    }

    /// The file at `path`, mapped or read; refused, saying why, when it cannot be opened.
    private static func opened(_ path: String) -> Result<FileContents, RegisterError> {
        FileContents.open(path: path).mapError { .unreadable(path, reason: $0.reason) }
    }

    /// `body` over the bytes of `contents`; the file refused if it was cut short or written
    /// over while it was read: what was read is no register.
    private static func reading<T>(_ contents: FileContents, file: String,
                                   _ body: (UnsafeBufferPointer<UInt8>) -> Result<T, RegisterError>) -> Result<T, RegisterError> {
        let read = contents.withBytes(body)
        guard !contents.changed else {
            return .failure(RegisterError(file: file, problems: [RegisterProblem(line: nil, message: RegisterFileChange.message + "; read it again")]))
        }
        return read
    }

    /// `readPart(path:fields:located:)` for a register already in memory.
    public static func readPart(bytes: [UInt8], file: String, fields: FieldSet, located: FieldSet = []) -> Result<PartialRegister, RegisterError> {
        loadPart(bytes: bytes, file: file, fields: fields, located: located).map(\.register)
    }

    /// `loadPart(path:fields:located:)` for a register already in memory.
    public static func loadPart(bytes: [UInt8], file: String, fields: FieldSet, located: FieldSet = []) -> Result<LoadedRegister<PartialRegister>, RegisterError> {
        read(FileContents(bytes: bytes), file: file, fields: fields, located: located)
    }

    static func read(_ contents: FileContents, file: String, fields: FieldSet, located: FieldSet,
                     chunks: Int? = nil) -> Result<LoadedRegister<PartialRegister>, RegisterError> {
        // Only text and list cells are worth reading later; kinds and months are parsed
        // (to be checked) anyway, so they are built.
        let fields = fields.union(FieldSet(located.fields.filter { $0.type == .kind || $0.type == .month }))
        let located = located.subtracting(fields)
        return reading(contents, file: file) { bytes in
            load(bytes, file: file, fields: fields, locating: located.isEmpty ? nil : (located, contents),
                 release: contents.isMapped ? contents.release : nil, chunks: chunks)
        }
    }

    /// `load(_:file:fields:locating:release:chunks:)` without the notes.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, fields: FieldSet = .all,
                     locating: (fields: FieldSet, contents: FileContents)? = nil,
                     release: (@Sendable (Range<Int>) -> Void)?, chunks: Int? = nil) -> Result<PartialRegister, RegisterError> {
        load(bytes, file: file, fields: fields, locating: locating, release: release, chunks: chunks).map(\.register)
    }

    /// Files smaller than this are read on one thread.
    static let parallelThreshold = 4 << 20

    /// Reads the header, then the rows in one chunk per core (`records`), into columns.
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, file: String, fields: FieldSet = .all,
                     locating: (fields: FieldSet, contents: FileContents)? = nil,
                     release: (@Sendable (Range<Int>) -> Void)?, chunks: Int? = nil) -> Result<LoadedRegister<PartialRegister>, RegisterError> {
        records(bytes, file: file, fields: fields, locating: locating != nil, release: release, chunks: chunks, sinks: nil).map { read in
            let located = locating.map {
                RecordSource(contents: $0.contents, positions: read.positions, starts: read.records.builder.recordStarts, fields: $0.fields)
            }
            return LoadedRegister(PartialRegister(built: read.records.builder.finish(), located: located), notes: read.notes)
        }
    }

    /// Reads the register at `path` as `load` does, every row checked, but hands its rows
    /// (the columns of `fields`) to sinks a batch at a time instead of keeping them: one
    /// sink per chunk of the file, made by `makeSink`, given back in the file's order with
    /// the reader's notes. Memory does not grow with the file. When the file is refused,
    /// what the sinks were given is to be thrown away.
    public static func stream<Sink: RecordBatchSink>(path: String, fields: FieldSet,
                                                     sinks makeSink: @escaping () -> Sink) -> Result<LoadedRegister<[Sink]>, RegisterError> {
        opened(path).flatMap { contents in
            reading(contents, file: path) { bytes in
                records(bytes, file: path, fields: fields, locating: false, release: contents.isMapped ? contents.release : nil,
                        chunks: nil, sinks: { makeSink() })
            }
        }.map { LoadedRegister($0.sinks.map { $0 as! Sink }, notes: $0.notes) }
    }

    /// What reading a file's records gave: the chunks stitched in order, where each field
    /// sits in a record, the reader's notes, and, when streaming, the sinks of the chunks kept.
    struct Records {
        var records: ChunkResult
        let positions: FieldPositions
        let notes: [String]
        let sinks: [any RecordBatchSink]
    }

    /// Reads the header, then the rows in one chunk per core. A chunk after the first
    /// starts at a line break chosen without knowing whether it lies inside a quoted
    /// value; the chunk before it checks, when it gets there, that a record really ends
    /// at that point, and otherwise reads on past it itself, discarding the guess (and,
    /// when streaming, the guessed chunk's sink).
    static func records(_ bytes: UnsafeBufferPointer<UInt8>, file: String, fields: FieldSet, locating: Bool,
                        release: (@Sendable (Range<Int>) -> Void)?, chunks: Int?,
                        sinks makeSink: (() -> any RecordBatchSink)?) -> Result<Records, RegisterError> {
        var problems = ProblemList(file: file)
        var scanner = CSVScanner(bytes)
        let positions: FieldPositions
        var notes: [String]
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
            let header = (0 ..< scanner.fieldCount).map { scanner.cellString($0, in: bytes) }
            if let lines = invalidUTF8(bytes, 0 ..< scanner.position, firstLine: 1) { return .failure(lines.error(file)) }
            guard let layout = HeaderLayout(header, line: line, problems: &problems) else { return .failure(problems.error) }
            positions = layout.positions
            notes = layout.notes
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
                     positions: positions, fields: fields, locating: locating, file: file, release: release, sink: makeSink?())
        }
        Parallel.run(jobs.map { job in { job.run() } })

        // Stitch the chunks together in order, redoing any whose start was a bad guess.
        var merged = jobs[0].takeResult()
        var sinks = [jobs[0].sink].compactMap { $0 }
        for job in jobs.dropFirst() {
            guard merged.endPosition == job.range.lowerBound, !merged.fatal else {
                if merged.endPosition < job.range.upperBound, !merged.fatal {
                    let redo = ChunkJob(bytes: bytes, range: merged.endPosition ..< job.range.upperBound,
                                        firstLine: merged.endLine, positions: positions, fields: fields, locating: locating,
                                        file: file, release: release, sink: makeSink?())
                    redo.run()
                    merged.append(redo.takeResult(), lineOffset: 0)
                    if let sink = redo.sink { sinks.append(sink) }
                }
                continue
            }
            merged.append(job.takeResult(), lineOffset: merged.endLine - 1)
            if let sink = job.sink { sinks.append(sink) }
        }
        if let invalid = merged.invalidLines { return .failure(invalid.error(file)) }
        problems.merge(merged.problems)
        guard problems.isEmpty else { return .failure(problems.error) }
        let blank = merged.builder.blankMonths
        if blank > 0 { notes.append(blank == 1 ? "1 blank month cell read as TBC" : "\(blank) blank month cells read as TBC") }
        notes += merged.builder.commaNotes
        return .success(Records(records: merged, positions: positions, notes: notes.map { "\(file): \($0)" }, sinks: sinks))
    }

    /// The lines of `range` holding bytes that are not UTF-8, if any.
    static func invalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstLine: Int) -> InvalidLines? {
        let offsets = UTF8Validation.invalidOffsets(bytes, range)
        if offsets.isEmpty { return nil }
        return InvalidLines(lines: UTF8Validation.lines(of: offsets, in: bytes, from: range.lowerBound, firstLine: firstLine))
    }
}
