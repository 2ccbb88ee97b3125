import ColumnStore
import RegisterModel

/// Where each record of a register file starts, kept with the file's contents, so that
/// cells of fields not built at load can be read for just the rows a result shows.
final class RecordSource: LocatedCells {
    let contents: FileContents
    let positions: FieldPositions
    /// Per row: the offset of its record (blank lines before it may come first).
    let starts: [Int]
    let fields: FieldSet

    init(contents: FileContents, positions: FieldPositions, starts: [Int], fields: FieldSet) {
        self.contents = contents
        self.positions = positions
        self.starts = starts
        self.fields = fields
    }

    /// Whether the file changed since it was opened: cells read from it now may be wrong.
    var sourceChanged: Bool { contents.changed }

    /// Selections smaller than this are read on one thread.
    static let parallelThreshold = 1 << 16

    /// Each field's cells for `rows`, in that order, read from the records. Rows are
    /// visited in file order, the columns built in that order (and put in row order
    /// after, if it differs), and the pages behind are given back as they are passed.
    /// (The file was checked whole when loaded; should it have been changed since, a
    /// record that no longer reads as one gives empty cells.)
    func cells(of wanted: FieldSet, rows: [Int32]) -> ColumnSet {
        let fields = wanted.intersection(self.fields)
        guard !fields.isEmpty else { return ColumnSet(rowCount: rows.count) }
        var order = Array(rows.indices)
        let inFileOrder = zip(rows, rows.dropFirst()).allSatisfy { starts[Int($0)] <= starts[Int($1)] }
        if !inFileOrder { order.sort { starts[Int(rows[$0])] < starts[Int(rows[$1])] } }
        // Visiting order split into one part per core for a large selection, each part
        // read on its own thread into its own columns, joined after in order.
        let visited = order.map { starts[Int(rows[$0])] }
        let parts = visited.count < Self.parallelThreshold ? 1 : min(4, Parallel.coreCount)
        let jobs = (0 ..< parts).map { part in
            GatherJob(source: self, fields: fields, starts: visited[visited.count * part / parts ..< visited.count * (part + 1) / parts])
        }
        contents.withBytes { bytes in Parallel.run(jobs.map { job in { job.run(bytes) } }) }
        var builder = jobs[0].builder
        for job in jobs.dropFirst() { builder.append(&job.builder) }
        let columns = builder.finish()
        guard !inFileOrder else { return columns }
        // Built in visiting order: row `i` is the cell visited `visit[i]`-th.
        var visit = order
        for (position, index) in order.enumerated() { visit[index] = position }
        return columns.gathering(rows: visit.map { Int32($0) }, fields: fields)
    }
}

/// Reads the cells of one run of records, in file order, into its own columns.
final class GatherJob: @unchecked Sendable {
    let source: RecordSource
    let targets: [(field: Field, target: RegisterBuilder.CellTarget)]
    let starts: ArraySlice<Int>
    var builder: RegisterBuilder

    init(source: RecordSource, fields: FieldSet, starts: ArraySlice<Int>) {
        self.source = source
        self.starts = starts
        targets = fields.fields.map { ($0, RegisterBuilder.CellTarget($0)) }
        builder = RegisterBuilder(fields: fields)
    }

    /// A record that no longer reads as one (the file changed since) gives empty cells.
    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let contents = source.contents, positions = source.positions
        var scanner = CSVScanner(bytes, from: 0, line: 1)
        var released = starts.first ?? 0
        let fieldCount = positions.width
        for start in starts {
            scanner.restart(at: start)
            let complete: Bool
            if case .record = scanner.next(), scanner.fieldCount == fieldCount { complete = true } else { complete = false }
            for (field, target) in targets {
                guard complete else {
                    builder.appendText(UnsafeBufferPointer(start: nil, count: 0), to: target)
                    continue
                }
                builder.appendText(TypedCells.kept(field, scanner.cell(positions[field], in: bytes),
                                                   statusCell: scanner.cell(positions[.status], in: bytes)), to: target)
            }
            if start - released > ChunkJob.block, contents.isMapped {
                contents.release(released ..< start)
                released = start
            }
        }
        if contents.isMapped, let last = starts.last { contents.release(released ..< last) }
    }
}
