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
        let cells = source.map { $0.cells(of: fields.intersection($0.fields).fields, rows: rows) } ?? [:]
        for field in fields.fields where field != .kind {
            if let located = cells[field] {
                gathered.setColumn(field, located)
                continue
            }
            switch column(field) {
            case .kind: break
            case .month(let months): gathered.setColumn(field, .month(rows.map { months[Int($0)] }))
            case .text(let column):
                gathered.setColumn(field, .text(TextColumn(dictionary: column.dictionary, codes: rows.map { column.codes[Int($0)] })))
            case .list(let column):
                var offsets: [UInt32] = [0], codes: [UInt32] = []
                for row in rows {
                    codes += column.codes(row: Int(row))
                    offsets.append(UInt32(codes.count))
                }
                gathered.setColumn(field, .list(ListColumn(dictionary: column.dictionary, offsets: offsets, codes: codes)))
            }
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

extension RecordSource {
    /// Each field's cells for `rows`, in that order, read from the records. Rows are
    /// visited in file order, and the pages behind are given back as they are passed.
    func cells(of fields: [Field], rows: [Int32]) -> [Field: Column] {
        guard !fields.isEmpty else { return [:] }
        var order = Array(rows.indices)
        if !zip(rows, rows.dropFirst()).allSatisfy({ starts[Int($0)] <= starts[Int($1)] }) {
            order.sort { starts[Int(rows[$0])] < starts[Int(rows[$1])] }
        }
        // Each cell's bytes, in visiting order, into one arena; then the columns in row order.
        var arena: [UInt8] = []
        var spans = [[Range<Int>]](repeating: [Range<Int>](repeating: 0 ..< 0, count: rows.count), count: fields.count)
        contents.withBytes { bytes in
            var scanner = CSVScanner(bytes, from: 0, line: 1)
            var released = order.first.map { starts[Int(rows[$0])] } ?? 0
            for index in order {
                let start = starts[Int(rows[index])]
                scanner.restart(at: start)
                guard case .record = scanner.next(), scanner.fieldCount == Field.allCases.count else { continue }
                for (f, field) in fields.enumerated() {
                    let from = arena.count
                    arena += scanner.field(positions[field], in: bytes)
                    spans[f][index] = from ..< arena.count
                }
                if start - released > ChunkJob.block, contents.isMapped {
                    contents.release(released ..< start)
                    released = start
                }
            }
            if contents.isMapped { contents.release(released ..< bytes.count) }
        }
        var columns: [Field: Column] = [:]
        arena.withUnsafeBufferPointer { arena in
            for (f, field) in fields.enumerated() {
                switch field.type {
                case .text:
                    var builder = TextColumnBuilder()
                    for span in spans[f] { builder.append(UnsafeBufferPointer(rebasing: arena[span])) }
                    columns[field] = .text(builder.finish())
                case .list:
                    var builder = ListColumnBuilder()
                    for span in spans[f] { builder.append(UnsafeBufferPointer(rebasing: arena[span])) }
                    columns[field] = .list(builder.finish())
                case .kind, .month:
                    preconditionFailure("only text and list fields are read later")
                }
            }
        }
        return columns
    }
}
