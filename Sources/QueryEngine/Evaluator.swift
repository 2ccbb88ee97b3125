import QueryLanguage
import ColumnStore
import RegisterModel

/// A step of `explain`: a clause and the number of rows (or groups) after it.
public struct ExplainStep: Sendable, Equatable {
    public var label: String
    public var count: Int

    public init(label: String, count: Int) {
        self.label = label
        self.count = count
    }
}

/// What running a plan gives: the table, notes for stderr, and the explain trace.
public struct QueryResult: Sendable {
    public var table: ResultTable
    /// Such as `4 artefacts with dag TBC were not compared`.
    public var notes: [String]
    /// The register's size first, then the count after each clause.
    public var trace: [ExplainStep]
}

/// Raised when the run was interrupted (Ctrl-C in the REPL).
public struct QueryCancelled: Error, Sendable {}

/// Runs a plan over the columnar register: the kinds and each `where` conjunct narrow a
/// selection of row numbers; rows are then projected, or grouped by integer codes.
public struct Evaluator {
    let source: any RegisterColumns
    /// The columns built at load, which predicates, groupings and orderings read.
    let register: ColumnSet
    let isCancelled: () -> Bool

    public init(register: any RegisterColumns, isCancelled: @escaping () -> Bool = { false }) {
        self.source = register
        self.register = register.built
        self.isCancelled = isCancelled
    }

    public func run(_ plan: Plan) throws(QueryCancelled) -> QueryResult {
        let uncompared = UncomparedMonths(rowCount: register.rowCount)
        var trace = [ExplainStep(label: "", count: register.rowCount)]
        var selection: [Int32]
        if let kinds = plan.kinds {
            let wanted = Kind.allCases.map { kinds.contains($0) }
            selection = []
            guard case .kind(let all) = register.column(.kind) else { preconditionFailure("kind is not a kind column") }
            for row in 0 ..< all.count where wanted[Int(all[row].rawValue)] { selection.append(Int32(row)) }
            trace.append(ExplainStep(label: "kind in (" + kinds.map(\.code).joined(separator: ", ") + ")", count: selection.count))
        } else {
            selection = (0 ..< Int32(register.rowCount)).map { $0 }
        }
        let filter = RowFilter(register: register, uncompared: uncompared)
        for conjunct in plan.conjuncts {
            let test = filter.compile(conjunct.condition)
            selection = try narrow(selection, by: test)
            trace.append(ExplainStep(label: conjunct.text, count: selection.count))
        }

        let table: ResultTable
        switch plan.shape {
        case .rows(let columns, let distinct):
            if distinct {
                selection = distinctRows(selection, fields: columns.map(\.field))
                trace.append(ExplainStep(label: "distinct", count: selection.count))
            }
            if !plan.orderBy.isEmpty { selection = RowOrder(register: register, keys: plan.orderBy).sorted(selection) }
            if let limit = plan.limit, limit < selection.count {
                selection = Array(selection.prefix(limit))
                trace.append(ExplainStep(label: "limit \(limit)", count: selection.count))
            }
            let fields = columns.map(\.field)
            let cells: ArtefactCells
            if register.fields.isSuperset(of: FieldSet(fields)) {
                cells = ArtefactCells(register, rows: selection, fields: fields)
            } else {
                // Fields read for the rows shown only: gather those rows, reading them.
                let gathered = source.gathering(rows: selection, fields: FieldSet(fields))
                cells = ArtefactCells(gathered, rows: Array(0 ..< Int32(selection.count)), fields: fields)
            }
            table = ResultTable(columns: columns.map { ResultTable.Column(name: $0.name, type: ValueType($0.field.type)) },
                                storage: .artefacts(cells), isGrouped: false)
        case .groups(let grouping):
            var builder = GroupBuilder(register: register, grouping: grouping, isCancelled: isCancelled)
            table = try builder.table(for: selection, plan: plan, trace: &trace)
        }
        return QueryResult(table: table, notes: uncompared.notes, trace: trace)
    }

    private func narrow(_ selection: [Int32], by test: (Int) -> Bool) throws(QueryCancelled) -> [Int32] {
        var kept: [Int32] = []
        kept.reserveCapacity(selection.count)
        for (i, row) in selection.enumerated() {
            if i & 0xFFFF == 0xFFFF, isCancelled() { throw QueryCancelled() }
            if test(Int(row)) { kept.append(row) }
        }
        return kept
    }

    private func distinctRows(_ selection: [Int32], fields: [Field]) -> [Int32] {
        var seen: Set<[Value]> = []
        let readers = fields.map { register.cellReader($0) }
        return selection.filter { row in seen.insert(readers.map { $0(Int(row)) }).inserted }
    }
}

/// Sorts row numbers by register fields in their natural order; TBC, empty text and empty
/// lists last whatever the direction; ties keep register order.
struct RowOrder {
    let register: ColumnSet
    let keys: [SortKey]

    func sorted(_ rows: [Int32]) -> [Int32] {
        let fields: [(FieldCodes, Bool)] = keys.compactMap { key in
            if case .field(let field) = key.source { return (FieldCodes(register, field), key.descending) }
            return nil
        }
        let indexed = rows.enumerated().map { ($0.offset, $0.element) }
        return indexed.sorted { a, b in
            for (codes, descending) in fields {
                let p = sortKey(codes, Int(a.1)), q = sortKey(codes, Int(b.1))
                if p == q { continue }
                if p.missing != q.missing { return q.missing }
                if p.missing { continue }
                for (x, y) in zip(p.codes, q.codes) where x != y { return descending ? x > y : x < y }
                return descending ? p.codes.count > q.codes.count : p.codes.count < q.codes.count
            }
            return a.0 < b.0
        }.map(\.1)
    }

    private func sortKey(_ codes: FieldCodes, _ row: Int) -> (missing: Bool, codes: [Int64]) {
        let values = codes.valueCodes(row)
        if values.isEmpty || (values.count == 1 && codes.isTBC(values[0])) { return (true, []) }
        return (false, values)
    }
}
