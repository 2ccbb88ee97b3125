import QueryLanguage
import ColumnStore
import RegisterModel

/// A grouped statement answered while the register streams past a batch of rows at a
/// time, holding its groups, never the register. Each batch is filtered as the plan's
/// kinds and `where` say; the rows that pass are tallied by the values grouping reads,
/// identical rows becoming one row of the tally with a weight (how many it stands for).
/// At the end the tally is grouped as the whole register would have been
/// (`GroupBuilder` with weights), so the groups, counts, spellings shown and notes are
/// the same, in memory that grows with the distinct values grouped, not with the file.
///
/// One instance reads one chunk of the file, in order; a later chunk's is appended to it.
public final class StreamedGroups {
    let plan: Plan
    /// The fields a tally row keeps: kind, then those the grouping reads.
    let kept: [Field]
    private var tally: RegisterBuilder
    private var weights: [Int] = []
    /// Each tally row's cells as bytes, for finding a batch's rows in the tally.
    private var rowOfCells: [[UInt8]: Int] = [:]
    /// Per month field, the artefacts with it TBC that a `where` term could not compare.
    private var tbcCounts: [Field: Int] = [:]

    /// Whether `plan` can be answered so: a grouped query over one register whose
    /// aggregates do not depend on every row (`list` without `distinct` lists them all).
    public static func canAnswer(_ plan: Plan) -> Bool {
        guard !plan.isExplain, !plan.acrossReports, plan.report == nil, case .groups(let grouping) = plan.shape else { return false }
        return !grouping.aggregates.contains { $0.function == .list && !$0.distinct }
    }

    public init(_ plan: Plan) {
        precondition(Self.canAnswer(plan), "not a statement a streamed tally answers")
        guard case .groups(let grouping) = plan.shape else { preconditionFailure("not grouped") }
        self.plan = plan
        var kept: [Field] = [.kind]
        for field in grouping.keys + grouping.aggregates.compactMap(\.field) + [grouping.pivot].compactMap({ $0 })
            where !kept.contains(field) { kept.append(field) }
        self.kept = kept
        tally = RegisterBuilder(fields: FieldSet(kept))
    }

    /// Tallies the rows of `batch` (which holds every field the plan reads) that the
    /// plan's kinds and `where` select.
    public func add(_ batch: ColumnSet) {
        let run = PlanRun(register: PartialRegister(built: batch, located: nil), isCancelled: { false })
        guard let selected = try? run.select(plan) else { return }
        for (field, count) in selected.uncompared.tbcCounts { tbcCounts[field, default: 0] += count }
        let rows = selected.rows
        guard !rows.isEmpty else { return }

        // Identical rows of the batch first, by their cells' codes: few lookups by bytes.
        let codes = kept.map { BatchCodes(batch, $0, rows: rows) }
        let combined = BatchCodes.combinedSize(codes)
        var slots = GroupSlots(size: combined)
        var numbered: [[Int]: Int] = [:]
        var firstRow: [Int32] = [], uses: [Int] = []
        for row in rows {
            let slot: Int, isNew: Bool
            if combined == Int.max {
                let key = codes.map { $0.code(Int(row)) }
                if let known = numbered[key] { (slot, isNew) = (known, false) } else {
                    (slot, isNew) = (firstRow.count, true)
                    numbered[key] = slot
                }
            } else {
                var key = 0
                for field in codes { key = key &* field.cardinality &+ field.code(Int(row)) }
                (slot, isNew) = slots.slot(for: key)
            }
            if isNew {
                firstRow.append(row)
                uses.append(1)
            } else {
                uses[slot] += 1
            }
        }

        // Then each distinct row into the tally, found by its cells' bytes.
        var cells: [UInt8] = []
        for (slot, row) in firstRow.enumerated() {
            cells.removeAll(keepingCapacity: true)
            for field in kept {
                let start = cells.count
                batch.appendCellText(field: field, row: Int(row), to: &cells)
                withUnsafeBytes(of: UInt32(cells.count - start).littleEndian) { cells += $0 }
            }
            if let known = rowOfCells[cells] {
                weights[known] += uses[slot]
            } else {
                rowOfCells[cells] = weights.count
                weights.append(uses[slot])
                appendRow(Int(row), of: batch)
            }
        }
    }

    private func appendRow(_ row: Int, of batch: ColumnSet) {
        for field in kept {
            switch batch.column(field) {
            case .kind(let kinds): tally.appendKind(kinds[row])
            case .month(let months): tally.appendMonth(months[row], to: RegisterBuilder.MonthTarget(field))
            case .text, .list:
                // A list's elements joined by `;`, split again as the file's cell was.
                var bytes: [UInt8] = []
                batch.appendCellText(field: field, row: row, to: &bytes)
                bytes.withUnsafeBufferPointer { tally.appendText($0, to: RegisterBuilder.CellTarget(field)) }
            }
        }
    }

    /// Appends what the next chunk of the file tallied (its rows stay apart from equal
    /// rows of this one: the grouping adds them up).
    public func append(_ later: StreamedGroups) {
        tally.append(&later.tally)
        weights += later.weights
        later.weights = []
        later.rowOfCells = [:]
        for (field, count) in later.tbcCounts { tbcCounts[field, default: 0] += count }
    }

    /// The plan's result over every row tallied, as a run over the whole register gives it.
    public func result(isCancelled: @escaping () -> Bool) throws(QueryCancelled) -> QueryResult {
        var run = PlanRun(register: PartialRegister(built: tally.finish(), located: nil), isCancelled: isCancelled)
        run.weights = weights
        var grouping = plan
        grouping.kinds = nil
        grouping.conjuncts = []
        let result = try run.run(grouping)
        return QueryResult(table: result.table, notes: UncomparedMonths.notes(tbcCounts: tbcCounts) + result.notes, trace: [])
    }
}

/// One field of a batch as small integer codes for finding identical rows: a kind's
/// number, a text's dictionary code, a month from the batch's earliest (TBC last), a
/// list numbered by its elements' codes.
private struct BatchCodes {
    let cardinality: Int
    private let perRow: [Int32]

    init(_ batch: ColumnSet, _ field: Field, rows: [Int32]) {
        var perRow = [Int32](repeating: 0, count: batch.rowCount)
        switch batch.column(field) {
        case .kind(let kinds):
            for row in rows { perRow[Int(row)] = Int32(kinds[Int(row)].rawValue) }
            cardinality = Kind.allCases.count
        case .text(let column):
            for row in rows { perRow[Int(row)] = Int32(column.codes[Int(row)]) }
            cardinality = max(1, column.dictionary.count)
        case .month(let months):
            var low = Int32.max, high = Int32.min
            for row in rows where !months[Int(row)].isTBC {
                low = min(low, months[Int(row)].ordinal)
                high = max(high, months[Int(row)].ordinal)
            }
            if low > high { (low, high) = (0, -1) }
            for row in rows {
                let month = months[Int(row)]
                perRow[Int(row)] = month.isTBC ? high - low + 1 : month.ordinal - low
            }
            cardinality = Int(high - low) + 2
        case .list(let column):
            var numbers = ListNumbers()
            for row in rows { perRow[Int(row)] = numbers.number(column.codes(row: Int(row))) }
            cardinality = max(1, Int(numbers.count))
        }
        self.perRow = perRow
    }

    @inline(__always)
    func code(_ row: Int) -> Int { Int(perRow[row]) }

    /// The number of combined codes of `fields`, or `Int.max` when it overflows.
    static func combinedSize(_ fields: [BatchCodes]) -> Int {
        var size = 1
        for field in fields {
            let (product, overflow) = size.multipliedReportingOverflow(by: field.cardinality)
            if overflow { return Int.max }
            size = product
        }
        return size
    }
}

/// Numbers the distinct lists of a batch in order of appearance. Most lists are a few
/// elements of a small dictionary: packed into one integer, they are found in an open
/// table without hashing an array; any other list is found by its elements.
private struct ListNumbers {
    /// Packed lists (the top bit set, so that 0 is an empty slot) and their numbers.
    private var packed: [UInt64]
    private var numbers: [Int32]
    private var others: [ArraySlice<UInt32>: Int32] = [:]
    private(set) var count: Int32 = 0

    init() {
        packed = [UInt64](repeating: 0, count: 1024)
        numbers = [Int32](repeating: 0, count: 1024)
    }

    mutating func number(_ elements: ArraySlice<UInt32>) -> Int32 {
        guard let key = Self.pack(elements) else {
            if let known = others[elements] { return known }
            others[elements] = count
            count += 1
            return count - 1
        }
        let mask = packed.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while packed[slot] != 0 {
            if packed[slot] == key { return numbers[slot] }
            slot = (slot + 1) & mask
        }
        packed[slot] = key
        numbers[slot] = count
        count += 1
        if Int(count) * 2 > packed.count { grow() }
        return count - 1
    }

    /// Up to three codes below 2^16, with their count, in one integer; nil otherwise.
    private static func pack(_ elements: ArraySlice<UInt32>) -> UInt64? {
        guard elements.count <= 3 else { return nil }
        var key = UInt64(1) << 63 | UInt64(elements.count) << 48
        var shift: UInt64 = 0
        for code in elements {
            guard code < 0xFFFF else { return nil }
            key |= UInt64(code) << shift
            shift += 16
        }
        return key
    }

    private mutating func grow() {
        let (oldKeys, oldNumbers) = (packed, numbers)
        packed = [UInt64](repeating: 0, count: oldKeys.count * 2)
        numbers = [Int32](repeating: 0, count: oldKeys.count * 2)
        let mask = packed.count - 1
        for (key, number) in zip(oldKeys, oldNumbers) where key != 0 {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
            while packed[slot] != 0 { slot = (slot + 1) & mask }
            packed[slot] = key
            numbers[slot] = number
        }
    }
}
