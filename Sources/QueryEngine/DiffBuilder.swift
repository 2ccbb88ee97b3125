import ColumnStore
import QueryLanguage
import RegisterCSV
import RegisterModel

/// `diff`: the artefacts new in the later report, removed from the earlier one, or changed
/// between them, each with its identity fields (`Shape.diffIdentityFields`; as in the later
/// report, a removed one as it was) and one column per field that changed anywhere in the
/// result, holding `old → new` where it changed; when an artefact is new or removed, the
/// fields that say where it stands (`Shape.diffStandingFields`) too, holding its values
/// (a changed artefact's unchanged cells are empty). A change is what `changed` calls one
/// (`ValueType.changeEquality`). The `where` condition sees an artefact as it is in the
/// later report, a removed one as it was in the earlier.
struct DiffBuilder {
    let reports: ReportContext
    /// The earlier report, by index; the later is the one queried.
    let from: Int
    let plan: Plan
    /// The later report's rows that passed the condition.
    let changed: [Int32]
    let uncompared: UncomparedMonths

    /// For each row of `changed`: its artefact's row in the earlier report (-1 where it is
    /// new), and the fields that differ there, a bit each (`1 << i` for `Field.stored[i]`).
    /// Rows are compared field by field (one column of each report at a time), half of them
    /// on each of two threads.
    private func partners(_ comparers: [ChangeComparer]) -> (olds: [Int32], differing: [UInt16]) {
        let rows = changed, reports = self.reports, from = self.from
        let halves = [0 ..< rows.count / 2, rows.count / 2 ..< rows.count]
        var olds = [Int32](repeating: -1, count: rows.count)
        var differing = [UInt16](repeating: 0, count: rows.count)
        olds.withUnsafeMutableBufferPointer { olds in
            differing.withUnsafeMutableBufferPointer { differing in
                let (olds, differing) = (olds, differing)
                Parallel.run(halves.map { half in {
                    for index in half {
                        if let old = reports.row(inReport: from, sameAs: Int(rows[index])) { olds[index] = Int32(old) }
                    }
                    for (field, comparer) in comparers.enumerated() {
                        let differs = comparer.differs, bit = UInt16(1) << field
                        for index in half where olds[index] >= 0 && differs(Int(rows[index]), Int(olds[index])) {
                            differing[index] |= bit
                        }
                    }
                } })
            }
        }
        return (olds, differing)
    }

    func table() -> (table: ResultTable, summary: String) {
        let later = reports.register(reports.queried), earlier = reports.register(from)
        let comparers = Field.stored.map { ChangeComparer(later, earlier, $0) }
        let readLater = Field.stored.map { later.cellReader($0) }, readEarlier = Field.stored.map { earlier.cellReader($0) }

        enum Change { case new(Int), changed(later: Int, earlier: Int, fields: [Field]), removed(Int) }
        var changes: [Change] = []
        var newCount = 0, changedCount = 0, removedCount = 0
        let (olds, differing) = partners(comparers)
        for (index, row32) in changed.enumerated() {
            let row = Int(row32), old = Int(olds[index]), fields = differing[index]
            if old < 0 {
                changes.append(.new(row))
                newCount += 1
            } else if fields != 0 {
                let changedFields = Field.stored.indices.filter { fields & UInt16(1) << $0 != 0 }.map { Field.stored[$0] }
                changes.append(.changed(later: row, earlier: old, fields: changedFields))
                changedCount += 1
            }
        }
        // Removed: rows of the earlier report with no artefact in the later, as they were.
        let earlierContext = ReportContext(history: reports.history, queried: from)
        let readsReport = plan.fieldsRead.contains(.report)
        let earlierRows = readsReport ? earlier.withReport(reports.history.reports[from].month) : earlier
        let filter = RowFilter(register: earlierRows, uncompared: UncomparedMonths(rowCount: earlier.rowCount), reports: earlierContext)
        let tests = plan.conjuncts.map { filter.compile($0.condition) }
        for row in 0 ..< earlier.rowCount where earlierContext.row(inReport: reports.queried, sameAs: row) == nil {
            if tests.allSatisfy({ $0(row) }) {
                changes.append(.removed(row))
                removedCount += 1
            }
        }

        let identity = Shape.diffIdentityFields
        var shownSet = Set<Field>()
        for change in changes {
            switch change {
            case .changed(_, _, let fields): shownSet.formUnion(fields)
            case .new, .removed: shownSet.formUnion(Shape.diffStandingFields)
            }
        }
        let shownFields = Field.stored.filter { shownSet.contains($0) && !identity.contains($0) }
        var columns = [ResultTable.Column(name: "change", type: .text)]
        columns += (identity + shownFields).map { ResultTable.Column(name: $0.name, type: ValueType($0.type)) }

        let rows: [[Value]] = changes.map { change in
            switch change {
            case .new(let row):
                return [.text("new")] + (identity + shownFields).map { readLater[$0.rawValue](row) }
            case .removed(let row):
                return [.text("removed")] + (identity + shownFields).map { readEarlier[$0.rawValue](row) }
            case .changed(let row, let old, let fields):
                func cell(_ field: Field) -> Value {
                    let now = readLater[field.rawValue](row)
                    return fields.contains(field) ? .change(from: readEarlier[field.rawValue](old), to: now) : now
                }
                let rest = shownFields.map { fields.contains($0) ? cell($0) : Value.null }
                return [.text("changed")] + identity.map(cell) + rest
            }
        }
        let summary = "\(changedCount) changed, \(newCount) new, \(removedCount) removed (\(reports.month(from).shortText) → \(reports.month(reports.queried).shortText))"
        var table = ResultTable(columns: columns, rows: rows)
        table.blankFromColumn = 1 + identity.count
        table.isDiff = true
        return (table, summary)
    }
}
