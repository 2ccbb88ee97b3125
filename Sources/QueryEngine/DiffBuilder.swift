import ColumnStore
import History
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
    /// on each of two threads. Between consecutive reports, what pairing found equal is
    /// not compared again (`knownEqual`).
    private func partners(_ comparers: [ChangeComparer]) -> (olds: [Int32], differing: [UInt16]) {
        let rows = changed, reports = self.reports, from = self.from
        let pairing = from == reports.queried - 1 ? reports.history.pairing(into: reports.queried) : nil
        let halves = Parallel.halves(of: rows.count)
        let earlierRow = reports.rowMap(toReport: from)
        var olds = [Int32](repeating: -1, count: rows.count)
        var differing = [UInt16](repeating: 0, count: rows.count)
        olds.withUnsafeMutableBufferPointer { olds in
            differing.withUnsafeMutableBufferPointer { differing in
                let (olds, differing) = (olds, differing)
                Parallel.run(halves.map { half in {
                    for index in half {
                        olds[index] = earlierRow[Int(rows[index])]
                    }
                    for (field, comparer) in comparers.enumerated() {
                        let differs = comparer.differs, bit = UInt16(1) << field
                        // The passes as bits, 1 << pass: a set looked up per row would cost.
                        let knownEqual = Self.knownEqual(Field.stored[field]).reduce(0) { $0 | 1 << $1.rawValue }
                        for index in half where olds[index] >= 0 {
                            if let pairing, let pass = pairing.pass(ofLaterRow: Int(rows[index])), knownEqual & 1 << pass.rawValue != 0 { continue }
                            if differs(Int(rows[index]), Int(olds[index])) { differing[index] |= bit }
                        }
                    }
                } })
            }
        }
        return (olds, differing)
    }

    /// The passes of pairing whose rows hold equal values of `field`, as a change compares
    /// them: every pass pairs rows of one kind; passes 1 and 2 compare references as sets,
    /// 1 and 3 names as `=` does.
    static func knownEqual(_ field: Field) -> Set<PairingPass> {
        switch field {
        case .kind: Set(PairingPass.allCases)
        case .ref: [.refsAndName, .refs]
        case .name: [.refsAndName, .name]
        default: []
        }
    }

    func table() -> (table: ResultTable, summary: String) {
        let later = reports.register(reports.queried), earlier = reports.register(from)
        let comparers = Field.stored.map { ChangeComparer(later, earlier, $0) }

        var changes: [DiffCells.Change] = [], rows: [Int32] = [], earlierRows: [Int32] = [], differences: [UInt16] = []
        var newCount = 0, changedCount = 0, removedCount = 0
        var anyDiffering: UInt16 = 0
        let (olds, differing) = partners(comparers)
        for (index, row) in changed.enumerated() {
            let old = olds[index], fields = differing[index]
            if old < 0 {
                changes.append(.new)
                newCount += 1
            } else if fields != 0 {
                changes.append(.changed)
                anyDiffering |= fields
                changedCount += 1
            } else {
                continue
            }
            rows.append(row)
            earlierRows.append(old)
            differences.append(fields)
        }
        // Removed: rows of the earlier report with no artefact in the later, as they were.
        let earlierContext = ReportContext(history: reports.history, queried: from)
        let readsReport = plan.fieldsRead.contains(.report)
        let earlierColumns = readsReport ? earlier.withReport(reports.history.reports[from].month) : earlier
        let filter = RowFilter(register: earlierColumns, uncompared: UncomparedMonths(rowCount: earlier.rowCount), reports: earlierContext)
        let tests = plan.conjuncts.map { filter.compile($0.condition) }
        for row in 0 ..< earlier.rowCount where earlierContext.row(inReport: reports.queried, sameAs: row) == nil {
            if tests.allSatisfy({ $0(row) }) {
                changes.append(.removed)
                rows.append(Int32(row))
                earlierRows.append(-1)
                differences.append(0)
                removedCount += 1
            }
        }

        let identity = Shape.diffIdentityFields
        var shownSet = Set(Field.stored.indices.filter { anyDiffering & UInt16(1) << $0 != 0 }.map { Field.stored[$0] })
        if newCount + removedCount > 0 { shownSet.formUnion(Shape.diffStandingFields) }
        let shownFields = Field.stored.filter { shownSet.contains($0) && !identity.contains($0) }
        var columns = [ResultTable.Column(name: "change", type: .text)]
        columns += (identity + shownFields).map { ResultTable.Column(name: $0.name, type: ValueType($0.type)) }
        let cells = DiffCells(later: later, earlier: earlier, changes: changes, rows: rows, earlierRows: earlierRows,
                              differing: differences, fields: identity + shownFields, identityCount: identity.count)
        let summary = "\(changedCount) changed, \(newCount) new, \(removedCount) removed (\(reports.month(from).shortText) → \(reports.month(reports.queried).shortText))"
        var table = ResultTable(columns: columns, storage: .diff(cells), isGrouped: false)
        table.blankFromColumn = 1 + identity.count
        table.isDiff = true
        return (table, summary)
    }
}
