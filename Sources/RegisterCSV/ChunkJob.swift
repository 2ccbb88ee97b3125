import ColumnStore
import RegisterModel

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
    /// When streaming: where the rows go, a batch at a time, instead of staying in columns.
    let sink: (any RecordBatchSink)?
    private var result: ChunkResult?

    /// The chunk read by `run()`, handed over (the job keeps no copy).
    func takeResult() -> ChunkResult {
        defer { result = nil }
        return result!
    }

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, reserveEnd: Int? = nil, firstLine: Int, positions: FieldPositions,
         fields: FieldSet, locating: Bool = false, file: String, release: (@Sendable (Range<Int>) -> Void)?,
         sink: (any RecordBatchSink)? = nil) {
        self.bytes = bytes
        self.range = range
        self.reserveEnd = reserveEnd ?? range.upperBound
        self.firstLine = firstLine
        self.positions = positions
        self.fields = fields
        self.locating = locating
        self.file = file
        self.release = release
        self.sink = sink
    }

    /// Reads records starting in `range` (the last may run past its end). The bytes are
    /// checked for UTF-8 a block ahead of the scanner and given back a block behind it,
    /// so only a few blocks of the file are in memory at once. With a `sink`, the rows read
    /// go to it every `batchRows` rows it asks for, so that no more are ever held.
    func run() {
        var builder = RecordAppender(positions: positions, fields: fields, locating: locating)
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
        // Looked up once: a reference read per record would be retained per record.
        let sink = self.sink, streaming = sink != nil, batchRows = sink?.batchRows ?? 0
        // A batch's columns are made the size of a batch at once, not grown by doubling.
        if streaming { builder.reserve(rows: batchRows) }
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
                if streaming {
                    if builder.heldRows == batchRows, !builder.failed {
                        sink!.consume(builder.takeColumns())
                        builder.reserve(rows: batchRows)
                    }
                } else if builder.rowCount == RegisterBuilder.sizingPoint + 1 {
                    // Size the columns once, from what the first rows used, instead of
                    // doubling them (and the peak memory) as they grow. The first chunk
                    // makes room for the whole file: the later chunks are appended to it,
                    // and room not yet written costs no memory.
                    let perRow = Double(scanner.position - range.lowerBound) / Double(builder.rowCount)
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
        if streaming, builder.heldRows > 0, !builder.failed, !fatal, invalidLines == nil { sink!.consume(builder.takeColumns()) }
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
    var builder: RecordAppender
    var problems: ProblemList
    var invalidLines: InvalidLines?
    var fatal = false
    var endPosition = 0
    var endLine = 1

    init(builder: RecordAppender, problems: ProblemList) {
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
        builder.append(&next.builder, lineOffset: lineOffset)
        fatal = next.fatal
        endPosition = next.endPosition
        endLine = next.endLine + lineOffset
    }
}
