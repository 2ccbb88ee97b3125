/// Where each record of a register file starts, kept with the file's contents, so that
/// cells of fields not built at load can be read for just the rows a result shows.
final class RecordSource: Sendable, Equatable {
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

    static func == (a: RecordSource, b: RecordSource) -> Bool { a === b }
}

extension Register {
    /// The register's `rows`, in that order, as a register of their own holding `fields`
    /// (and `kind`): built columns are copied, located ones read from the file now, row
    /// after row in file order, giving the file's pages back behind. (The file was checked
    /// whole when loaded; should it have been changed since, a record that no longer reads
    /// as one gives empty cells.)
    public func gathering(rows: [Int32], fields: FieldSet) -> Register {
        var gathered = Register(kinds: rows.map { kinds[Int($0)] }, refs: ListColumn(), names: TextColumn(),
                                workingGroups: TextColumn(), subgroups: ListColumn(), statuses: TextColumn(),
                                blockers: ListColumn(), sg: [], review: [], dag: [], loadedFields: fields)
        let located = source.map { $0.cells(of: fields.intersection($0.fields).fields, rows: rows) } ?? [:]
        for field in fields.fields where field != .kind {
            gathered.setColumn(field, located[field] ?? column(field).gathering(rows))
        }
        return gathered
    }

    mutating func setColumn(_ field: Field, _ column: Column) {
        switch (field, column) {
        case (.kind, .kind(let values)): kinds = values
        case (.ref, .list(let values)): refs = values
        case (.name, .text(let values)): names = values
        case (.wg, .text(let values)): workingGroups = values
        case (.subgroups, .list(let values)): subgroups = values
        case (.status, .text(let values)): statuses = values
        case (.blocker, .list(let values)): blockers = values
        case (.sg, .month(let values)): sg = values
        case (.review, .month(let values)): review = values
        case (.dag, .month(let values)): dag = values
        default: preconditionFailure("\(field.name) is not a column of that type")
        }
    }
}

extension Column {
    /// The cells of `rows`, in that order (dictionaries shared, not copied).
    func gathering(_ rows: [Int32]) -> Column {
        switch self {
        case .kind(let kinds): return .kind(rows.map { kinds[Int($0)] })
        case .month(let months): return .month(rows.map { months[Int($0)] })
        case .text(let column): return .text(TextColumn(dictionary: column.dictionary, codes: rows.map { column.codes[Int($0)] }))
        case .list(let column):
            var offsets: [UInt32] = [0], codes: [UInt32] = []
            offsets.reserveCapacity(rows.count + 1)
            for row in rows {
                codes += column.codes(row: Int(row))
                offsets.append(UInt32(codes.count))
            }
            return .list(ListColumn(dictionary: column.dictionary, offsets: offsets, codes: codes))
        }
    }
}

extension RecordSource {
    /// Each field's cells for `rows`, in that order, read from the records. Rows are
    /// visited in file order, the columns built in that order (and put in row order
    /// after, if it differs), and the pages behind are given back as they are passed.
    func cells(of fields: [Field], rows: [Int32]) -> [Field: Column] {
        guard !fields.isEmpty else { return [:] }
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
        var builders = jobs[0].builders
        for job in jobs.dropFirst() {
            for f in builders.indices { builders[f].append(job.builders[f]) }
        }
        // Built in visiting order: row `i` is the cell visited `visit[i]`-th.
        var visit = order
        if !inFileOrder { for (position, index) in order.enumerated() { visit[index] = position } }
        var columns: [Field: Column] = [:]
        for (f, field) in fields.enumerated() {
            let column = builders[f].finish()
            columns[field] = inFileOrder ? column : column.gathering(visit.map { Int32($0) })
        }
        return columns
    }
}

extension RecordSource {
    /// Selections smaller than this are read on one thread.
    static let parallelThreshold = 1 << 16
}

/// Reads the cells of one run of records, in file order, into its own columns.
final class GatherJob: @unchecked Sendable {
    let source: RecordSource
    let fields: [Field]
    let starts: ArraySlice<Int>
    private(set) var builders: [CellColumnBuilder]

    init(source: RecordSource, fields: [Field], starts: ArraySlice<Int>) {
        self.source = source
        self.fields = fields
        self.starts = starts
        builders = fields.map(CellColumnBuilder.init)
    }

    /// A record that no longer reads as one (the file changed since) gives empty cells.
    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let contents = source.contents, positions = source.positions
        var scanner = CSVScanner(bytes, from: 0, line: 1)
        var released = starts.first ?? 0
        for start in starts {
            scanner.restart(at: start)
            let complete: Bool
            if case .record = scanner.next(), scanner.fieldCount == Field.allCases.count { complete = true } else { complete = false }
            for (f, field) in fields.enumerated() {
                builders[f].append(complete ? scanner.field(positions[field], in: bytes) : UnsafeBufferPointer(start: nil, count: 0))
            }
            if start - released > ChunkJob.block, contents.isMapped {
                contents.release(released ..< start)
                released = start
            }
        }
        if contents.isMapped, let last = starts.last { contents.release(released ..< last) }
    }
}

/// A text or list column built cell by cell, de-duplicated as the register reader does
/// for that field.
struct CellColumnBuilder {
    private var text: TextColumnBuilder?
    private var list: ListColumnBuilder?

    init(_ field: Field) {
        switch field.type {
        case .text: text = TextColumnBuilder(deduplicating: !field.isNearlyDistinct)
        case .list: list = ListColumnBuilder(deduplicating: !field.isNearlyDistinct)
        case .kind, .month: preconditionFailure("only text and list fields are read later")
        }
    }

    mutating func append(_ cell: UnsafeBufferPointer<UInt8>) {
        text?.append(cell)
        list?.append(cell)
    }

    /// Appends the cells another builder read after these.
    mutating func append(_ other: CellColumnBuilder) {
        if let other = other.text { text?.append(other) }
        if let other = other.list { list?.append(other) }
    }

    func finish() -> Column {
        if let text { return .text(text.finish()) }
        return .list(list!.finish())
    }
}

extension Field {
    /// Names and references are nearly all distinct: they are stored without looking each
    /// one up (see `ByteInterner`).
    var isNearlyDistinct: Bool { self == .ref || self == .name }
}
