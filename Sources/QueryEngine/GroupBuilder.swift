import QueryLanguage
import ColumnStore
import RegisterModel

/// Groups selected rows by the integer codes of their key fields (a list field counts an
/// artefact once under each of its values, or once under none), computes the aggregates,
/// and lays the groups out as a table — or as a pivot with a total column and row.
struct GroupBuilder {
    let register: ColumnSet
    let grouping: Grouping
    let isCancelled: () -> Bool
    let keyCodes: [FieldCodes]
    let aggregateCodes: [FieldCodes?]
    let pivotCodes: FieldCodes?
    /// How many rows each row stands for, when it is a streamed aggregate's tally of
    /// identical rows (`StreamedGroups`); nil: one each.
    let weights: [Int]?

    /// Group keys, the pivot and `count(distinct …)` compare text as `=` does, each group
    /// shown in the spelling most of `rows` (the rows grouped) use; `list(distinct …)`
    /// lists each value as written.
    init(register: ColumnSet, grouping: Grouping, rows: [Int32], weights: [Int]? = nil, isCancelled: @escaping () -> Bool) {
        self.weights = weights
        self.register = register
        self.grouping = grouping
        self.isCancelled = isCancelled
        keyCodes = grouping.keys.map { FieldCodes(register, $0, comparingAsEquals: true, rows: rows, weights: weights) }
        aggregateCodes = grouping.aggregates.map { spec in
            spec.field.map { FieldCodes(register, $0, comparingAsEquals: spec.distinct && spec.function == .count, rows: rows, weights: weights) }
        }
        pivotCodes = grouping.pivot.map { FieldCodes(register, $0, comparingAsEquals: true, rows: rows, weights: weights) }
    }

    /// Which spellings each grouped field merged, one note a field.
    var notes: [String] {
        var notes: [String] = []
        var noted = Set<Field>()
        for codes in keyCodes + [pivotCodes].compactMap({ $0 }) + aggregateCodes.compactMap({ $0 }) {
            guard let note = codes.mergeNote, noted.insert(codes.field).inserted else { continue }
            notes.append(note)
        }
        return notes
    }

    mutating func table(for selection: [Int32], plan: Plan, trace: inout [ExplainStep]) throws(QueryCancelled) -> ResultTable {
        if let pivot = grouping.pivot {
            let table = try pivotTable(selection, pivot: pivot, orderBy: plan.orderBy, limit: plan.limit)
            trace.append(ExplainStep(label: "group by " + grouping.keys.map(\.name).joined(separator: ", ") + " pivot " + pivot.name,
                                     count: table.dataRowCount))
            return table
        }
        let keys = GroupKeys(keyCodes)
        var groups = try accumulate(selection, keys: keys)
        if !grouping.keys.isEmpty {
            trace.append(ExplainStep(label: "group by " + grouping.keys.map(\.name).joined(separator: ", "), count: groups.count))
        }
        var rows = groups.keys.sorted(by: keys.precedes).map { key in
            outputRow(codes: keys.codes(of: key), accumulators: groups.removeValue(forKey: key)!)
        }
        if let having = plan.having {
            rows = rows.filter { ResultFilter.matches(having, row: $0) }
            trace.append(ExplainStep(label: "having " + (plan.havingText ?? ""), count: rows.count))
        }
        rows = ResultOrder.sorted(rows, by: plan.orderBy)
        if let limit = plan.limit, limit < rows.count {
            rows = Array(rows.prefix(limit))
            trace.append(ExplainStep(label: "limit \(limit)", count: rows.count))
        }
        let visible = grouping.columns.count - grouping.hiddenColumnCount
        if grouping.hiddenColumnCount > 0 { rows = rows.map { Array($0.prefix(visible)) } }
        let columns = grouping.columns.prefix(visible).map { ResultTable.Column(name: $0.name, type: type(of: $0)) }
        return ResultTable(columns: Array(columns), rows: rows, isGrouped: true)
    }

    // MARK: - Groups

    /// Accumulators per group, keyed by the group's combined key (see `GroupKeys`).
    private func accumulate(_ selection: [Int32], keys: GroupKeys) throws(QueryCancelled) -> [Int: [Accumulator]] {
        let empty = [Accumulator](repeating: Accumulator(), count: grouping.aggregates.count)
        var slots = GroupSlots(size: keys.size)
        var accumulators: [[Accumulator]] = []
        if grouping.keys.isEmpty {
            _ = slots.slot(for: 0)
            accumulators.append(empty)
        }
        if grouping.aggregates.allSatisfy({ $0.function == .count && $0.field == nil }) {
            return try count(selection, keys: keys)
        }
        // Locals only inside the loop: a closure that touched `self` would copy it per row.
        let aggregates = grouping.aggregates
        let aggregateCodes = self.aggregateCodes
        let isCancelled = self.isCancelled
        let weights = self.weights
        try keys.forEachKey(of: selection, isCancelled: isCancelled) { row, key in
            let (slot, isNew) = slots.slot(for: key)
            if isNew { accumulators.append(empty) }
            let weight = weights?[row] ?? 1
            for index in aggregates.indices {
                accumulators[slot][index].add(row: row, spec: aggregates[index], codes: aggregateCodes[index], weight: weight)
            }
        }
        var groups: [Int: [Accumulator]] = [:]
        for (key, slot) in slots.all { groups[key] = accumulators[slot] }
        return groups
    }

    /// The common case, `count(*)` only: one counter per group, no accumulators.
    private func count(_ selection: [Int32], keys: GroupKeys) throws(QueryCancelled) -> [Int: [Accumulator]] {
        var slots = GroupSlots(size: keys.size)
        var counts: [Int] = []
        if grouping.keys.isEmpty {
            _ = slots.slot(for: 0)
            counts.append(0)
        }
        let isCancelled = self.isCancelled
        if let weights {
            try keys.forEachKey(of: selection, isCancelled: isCancelled) { row, key in
                let (slot, isNew) = slots.slot(for: key)
                if isNew { counts.append(weights[row]) } else { counts[slot] += weights[row] }
            }
        } else {
            try keys.forEachKey(of: selection, isCancelled: isCancelled) { _, key in
                let (slot, isNew) = slots.slot(for: key)
                if isNew { counts.append(1) } else { counts[slot] += 1 }
            }
        }
        var groups: [Int: [Accumulator]] = [:]
        let width = grouping.aggregates.count
        for (key, slot) in slots.all {
            var accumulator = Accumulator()
            accumulator.rows = counts[slot]
            groups[key] = [Accumulator](repeating: accumulator, count: width)
        }
        return groups
    }

    private func outputRow(codes: [Int64], accumulators: [Accumulator]) -> [Value] {
        grouping.columns.map { column in
            switch column.source {
            case .key(let index): keyCodes[index].value(codes[index])
            case .aggregate(let index): accumulators[index].value(spec: grouping.aggregates[index], codes: aggregateCodes[index])
            }
        }
    }

    private func type(of column: GroupColumn) -> ValueType {
        switch column.source {
        case .key(let index):
            let type = ValueType(grouping.keys[index].type)
            return type == .list ? .text : type
        case .aggregate(let index):
            return grouping.aggregates[index].resultType
        }
    }

    // MARK: - Pivot

    /// Rows by the group keys, one column per value of the pivot field (natural order),
    /// cells holding the one aggregate; a `total` column and row aggregate over all of
    /// their artefacts, each counted once. A pivot over `report` has no total column
    /// (`Grouping.hasTotalColumn`): its columns are snapshots of the same artefacts.
    private func pivotTable(_ selection: [Int32], pivot: Field, orderBy: [SortKey], limit: Int?) throws(QueryCancelled) -> ResultTable {
        let spec = grouping.pivotCell
        let cellCodes = grouping.aggregates.isEmpty ? nil : aggregateCodes[0]
        let pivotCodes = self.pivotCodes!
        let keys = GroupKeys(keyCodes)
        let width = pivotCodes.cardinality
        // Groups and cells are numbered as they appear (through an array where the key space
        // is small), their accumulators kept in arrays by number.
        var rowSlots = GroupSlots(size: keys.size)
        var rowTotals: [Accumulator] = []
        let (cellSpace, overflow) = keys.size.multipliedReportingOverflow(by: width)
        var cellSlots = GroupSlots(size: overflow ? Int.max : cellSpace)
        var cells: [Accumulator] = []
        var columnTotals = [Accumulator?](repeating: nil, count: width)
        var grandTotal = Accumulator()
        var seen = [Int](repeating: -1, count: width)
        var values: [Int] = []
        let isCancelled = self.isCancelled
        for (i, row32) in selection.enumerated() {
            if i & 0xFFFF == 0xFFFF, isCancelled() { throw QueryCancelled() }
            let row = Int(row32)
            let weight = weights?[row] ?? 1
            // Each distinct pivot value of the row once (a list may repeat one).
            values.removeAll(keepingCapacity: true)
            pivotCodes.forEachKey(row) { code in
                if seen[Int(code)] != i {
                    seen[Int(code)] = i
                    values.append(Int(code))
                }
            }
            keys.forEachKey(row) { key in
                let (group, isNewGroup) = rowSlots.slot(for: key)
                if isNewGroup { rowTotals.append(Accumulator()) }
                rowTotals[group].add(row: row, spec: spec, codes: cellCodes, weight: weight)
                for value in values {
                    // A cell is numbered by its group's number (not its key, which may be
                    // huge) and the pivot value: below the key space × width, no overflow.
                    let (cell, isNew) = cellSlots.slot(for: group * width + value)
                    if isNew { cells.append(Accumulator()) }
                    cells[cell].add(row: row, spec: spec, codes: cellCodes, weight: weight)
                }
            }
            for value in values {
                if columnTotals[value] == nil { columnTotals[value] = Accumulator() }
                columnTotals[value]!.add(row: row, spec: spec, codes: cellCodes, weight: weight)
            }
            grandTotal.add(row: row, spec: spec, codes: cellCodes, weight: weight)
        }
        let pivotValues = (0 ..< width).filter { columnTotals[$0] != nil }
        let cellType = spec.resultType
        let empty = Accumulator().value(spec: spec, codes: cellCodes)
        var columns = grouping.columns.map { ResultTable.Column(name: $0.name, type: type(of: $0)) }
        columns += pivotValues.map { ResultTable.Column(name: Self.columnName(pivotCodes.value(Int64($0))), type: cellType) }
        columns.append(ResultTable.Column(name: "total", type: cellType))

        var rows: [[Value]] = rowSlots.all.sorted { keys.precedes($0.key, $1.key) }.map { key, slot in
            let codes = keys.codes(of: key)
            let keyValues = grouping.columns.map { column -> Value in
                if case .key(let index) = column.source { return keyCodes[index].value(codes[index]) }
                return .null
            }
            let values = pivotValues.map { value in
                cellSlots.existingSlot(for: slot * width + value).map { cells[$0].value(spec: spec, codes: cellCodes) } ?? empty
            }
            return keyValues + values + [rowTotals[slot].value(spec: spec, codes: cellCodes)]
        }
        let totalColumn = columns.count - 1
        rows = ResultOrder.sorted(rows, by: orderBy.map { key in
            guard case .column(-1) = key.source else { return key }
            return SortKey(source: .column(totalColumn), descending: key.descending)
        })
        if let limit, limit < rows.count { rows = Array(rows.prefix(limit)) }
        var totalRow = grouping.columns.indices.map { $0 == 0 ? Value.text("total") : .null }
        totalRow += pivotValues.map { columnTotals[$0]!.value(spec: spec, codes: cellCodes) }
        totalRow.append(grandTotal.value(spec: spec, codes: cellCodes))
        rows.append(totalRow)
        if !grouping.hasTotalColumn {
            columns.removeLast()
            rows = rows.map { Array($0.dropLast()) }
        }
        var table = ResultTable(columns: columns, rows: rows, isGrouped: true, hasTotalRow: true)
        table.pivotValues = pivotValues.map { pivotCodes.value(Int64($0)) }
        return table
    }

    static func columnName(_ value: Value) -> String {
        switch value {
        case .null: Value.emptyText
        case .kind(let k): k.code
        case .text(let t): t.isEmpty ? Value.emptyText : t
        case .month(let m): m.shortText
        case .integer(let n): String(n)
        case .list(let l): l.joined(separator: ";")
        case .change(_, let to): columnName(to)
        }
    }
}

/// `having` over a grouped result's rows.
enum ResultFilter {
    static func matches(_ condition: Condition<Int>, row: [Value]) -> Bool {
        switch condition {
        case .constant(let value): return value
        case .not(let inner): return !matches(inner, row: row)
        case .all(let terms): return terms.allSatisfy { matches($0, row: row) }
        case .any(let terms): return terms.contains { matches($0, row: row) }
        case .test(let column, let test): return matches(test, row[column])
        case .compare(let a, let op, let b): return compare(row[a], op, row[b])
        case .compareValues, .inReport, .change: preconditionFailure("arithmetic and other reports are checked out of 'having'")
        }
    }

    static func matches(_ test: Test, _ value: Value) -> Bool {
        switch (test, value) {
        case (_, .change(_, let to)): return matches(test, to)
        case (_, .null): return test.holdsForNoValue
        case (.kind(let test), .kind(let kind)): return test.matches(kind)
        case (.text(let test), .text(let text)): return test.matches(text)
        case (.text(.isEmpty), .list(let items)): return items.isEmpty
        case (.text(let test), .list(let items)): return items.contains { test.matches($0) }
        case (.month(let test), .month(let month)): return test.matches(month) ?? false
        case (.integer(let test), .integer(let n)): return test.matches(n)
        case (.kind, _), (.text, _), (.month, _), (.integer, _):
            preconditionFailure("the checker tests a column by its type")
        }
    }

    static func compare(_ a: Value, _ op: ComparisonOperator, _ b: Value) -> Bool {
        switch (a, b) {
        case (.month(let x), .month(let y)):
            if op == .equal { return x == y }
            if x.isTBC || y.isTBC { return false }
            return QueryEngine.compare(x, op, y)
        case (.integer(let x), .integer(let y)): return QueryEngine.compare(x, op, y)
        case (.kind(let x), .kind(let y)): return QueryEngine.compare(x, op, y)
        // Text and lists, element by element; the checker pairs no other types.
        default: return QueryEngine.compare(texts: texts(a), op, texts(b))
        }
    }

    static func texts(_ value: Value) -> [String] {
        switch value {
        case .text(let t): [t]
        case .list(let l): l
        case .null, .kind, .month, .integer, .change: []
        }
    }
}

/// `order by` over a grouped result's rows (stable; missing values last).
enum ResultOrder {
    static func sorted(_ rows: [[Value]], by keys: [SortKey]) -> [[Value]] {
        guard !keys.isEmpty else { return rows }
        return rows.enumerated().sorted { a, b in
            for key in keys {
                guard case .column(let index) = key.source, index >= 0 else { continue }
                if let before = orderedBefore(a.element[index], b.element[index], descending: key.descending) { return before }
            }
            return a.offset < b.offset
        }.map(\.element)
    }
}
