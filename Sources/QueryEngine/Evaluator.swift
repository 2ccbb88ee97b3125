import QueryLanguage
import ColumnStore
import History
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

/// Runs plans over what is loaded: one register, or a history of reports. Each plan says
/// which report it runs on (`@Feb-22`, the latest by default, or `@all`), so the plan is
/// the one argument of `run`.
public struct Evaluator {
    /// What the plans run over.
    public enum Scope {
        case register(any RegisterColumns)
        case history(ReportHistory)
    }

    let scope: Scope
    let isCancelled: () -> Bool

    public init(_ scope: Scope, isCancelled: @escaping () -> Bool = { false }) {
        self.scope = scope
        self.isCancelled = isCancelled
    }

    public init(register: any RegisterColumns, isCancelled: @escaping () -> Bool = { false }) {
        self.init(.register(register), isCancelled: isCancelled)
    }

    public func run(_ plan: Plan) throws(QueryCancelled) -> QueryResult {
        switch scope {
        case .register(let register): try PlanRun(register: register, isCancelled: isCancelled).run(plan)
        case .history(let history): try PlanRun(history: history, for: plan, isCancelled: isCancelled).run(plan)
        }
    }
}

/// One plan run over the columnar register: the kinds and each `where` conjunct narrow a
/// selection of row numbers; rows are then projected, or grouped by integer codes.
struct PlanRun {
    let source: any RegisterColumns
    /// The columns built at load, which predicates, groupings and orderings read.
    let register: ColumnSet
    let isCancelled: () -> Bool
    /// The history around the report queried, when one is loaded.
    let reports: ReportContext?
    /// With `@all`: each row's artefact identity (`ArtefactIdentities`), report after report.
    private var identities: [Int32]?
    /// With `@all`: the history, for the terms asked of each artefact in one report.
    private var history: ReportHistory?
    /// How many rows each row stands for, over a streamed aggregate's tally of identical
    /// rows (`StreamedGroups`); nil: one each.
    var weights: [Int]?

    init(register: any RegisterColumns, isCancelled: @escaping () -> Bool) {
        self.source = register
        self.register = register.built
        self.isCancelled = isCancelled
        reports = nil
    }

    /// Over a history: `plan` runs on the report it names (`@Feb-22`), or the latest, or
    /// with `@all` on every report's rows at once; `report` is the month of a row's report.
    init(history: ReportHistory, for plan: Plan, isCancelled: @escaping () -> Bool) {
        self.isCancelled = isCancelled
        if plan.acrossReports {
            let all = history.allReports()
            (source, register, reports) = (all, all.built, nil)
            identities = history.reports.indices.flatMap { history.identities.identities(inReport: $0) }
            self.history = history
            return
        }
        let queried = plan.report?.index ?? history.reports.count - 1
        let report = history.reports[queried]
        source = report.register
        register = plan.fieldsRead.contains(.report) ? report.register.built.withReport(report.month) : report.register.built
        reports = ReportContext(history: history, queried: queried)
    }

    /// The rows `plan`'s kinds and `where` select, with the count after each, and the
    /// months and artefacts its terms could not compare.
    struct Selection {
        var rows: [Int32]
        var trace: [ExplainStep]
        let uncompared: UncomparedMonths
        let artefactsUncompared: UncomparedMonths?
    }

    func select(_ plan: Plan) throws(QueryCancelled) -> Selection {
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
        let filter = RowFilter(register: register, uncompared: uncompared, reports: reports)
        var artefactsUncompared: UncomparedMonths?
        for conjunct in plan.conjuncts {
            let test = artefactTest(conjunct.condition, uncompared: &artefactsUncompared) ?? filter.compile(conjunct.condition)
            selection = try narrow(selection, by: test)
            trace.append(ExplainStep(label: conjunct.text, count: selection.count))
        }
        return Selection(rows: selection, trace: trace, uncompared: uncompared, artefactsUncompared: artefactsUncompared)
    }

    func run(_ plan: Plan) throws(QueryCancelled) -> QueryResult {
        let selected = try select(plan)
        var selection = selected.rows, trace = selected.trace
        let uncompared = selected.uncompared, artefactsUncompared = selected.artefactsUncompared

        let table: ResultTable
        var notes: [String] = []
        switch plan.shape {
        case .rows(let columns, let distinct):
            if distinct {
                let rows = DistinctRows(selection, readers: columns.map(reader))
                selection = rows.selection
                notes += rows.notes(columns: columns.map(\.name))
                trace.append(ExplainStep(label: "distinct", count: selection.count))
            }
            if !plan.orderBy.isEmpty { selection = RowOrder(register: register, keys: plan.orderBy, reports: reports).sorted(selection) }
            if let limit = plan.limit, limit < selection.count {
                selection = Array(selection.prefix(limit))
                trace.append(ExplainStep(label: "limit \(limit)", count: selection.count))
            }
            var rows = rowTable(columns, rows: selection)
            if let identities { rows.artefactIdentities = selection.map { Int(identities[Int($0)]) + 1 } }
            table = rows
        case .groups(let grouping):
            var builder = GroupBuilder(register: register, grouping: grouping, rows: selection, weights: weights, isCancelled: isCancelled)
            table = try builder.table(for: selection, plan: plan, trace: &trace)
            notes += builder.notes
        case .diff(let from, _):
            guard let reports else { preconditionFailure("diff needs a history") }
            let diff = DiffBuilder(reports: reports, from: from.index, plan: plan, changed: selection, uncompared: uncompared)
            let built = diff.table()
            return QueryResult(table: built.table, notes: uncompared.notes + [built.summary], trace: trace)
        }
        return QueryResult(table: table, notes: uncompared.notes + (artefactsUncompared?.notes ?? []) + notes, trace: trace)
    }

    /// With `@all`, the test of a term that compares reports (`dag slipped`), which the
    /// checker asks of each artefact in one report (the latest): a row passes when its
    /// artefact is in that report and passes there. The months that term could not
    /// compare are counted in `uncompared`, over that report's rows. Nil for other terms.
    private func artefactTest(_ condition: Condition<Field>, uncompared: inout UncomparedMonths?) -> ((Int) -> Bool)? {
        guard let history, let identities, case .inReport(let named, let term) = condition else { return nil }
        let report = named.index
        let context = ReportContext(history: history, queried: report)
        let columns = context.register(report).withReport(context.month(report))
        let counted = uncompared ?? UncomparedMonths(rowCount: columns.rowCount)
        uncompared = counted
        let test = RowFilter(register: columns, uncompared: counted, reports: context).compile(term)
        let reportIdentities = history.identities.identities(inReport: report)
        var passing = Set<Int32>()
        for row in 0 ..< columns.rowCount where test(row) { passing.insert(reportIdentities[row]) }
        return { passing.contains(identities[$0]) }
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

    /// The cells of the rows shown: read from the register when they come, or, with a
    /// computed column, computed now.
    private func rowTable(_ columns: [ProjectedColumn], rows selection: [Int32]) -> ResultTable {
        let resultColumns = columns.map { ResultTable.Column(name: $0.name, type: $0.type) }
        let fields = columns.compactMap(\.field)
        var cellSource = register, cellRows = selection
        if !register.fields.isSuperset(of: FieldSet(fields)) {
            // Fields read for the rows shown only: gather those rows, reading them.
            cellSource = source.gathering(rows: selection, fields: FieldSet(fields))
            cellRows = Array(0 ..< Int32(selection.count))
        }
        guard fields.count < columns.count else {
            let cells = ArtefactCells(cellSource, rows: cellRows, fields: fields)
            return ResultTable(columns: resultColumns, storage: .artefacts(cells), isGrouped: false)
        }
        // Cells read when the formatter asks, as for a table of fields: a row of the
        // result is its index into the selection.
        let shownRows = cellRows
        let readers: [@Sendable (Int) -> Value] = columns.map { column in
            switch column.source {
            case .field(let field):
                let read = cellSource.cellReader(field)
                return { read(Int(shownRows[$0])) }
            case .computed(let value):
                let compute = register.computer(value, reports: reports)
                return { compute(Int(selection[$0])) }
            case .fieldAt(let field, let report):
                let read = anotherReport(field, report.index)
                return { read(Int(selection[$0])) }
            }
        }
        let cells = ArtefactCells(cellSource, rows: Array(0 ..< Int32(selection.count)), readers: readers)
        return ResultTable(columns: resultColumns, storage: .artefacts(cells), isGrouped: false)
    }

    /// A field's cell for the same artefact in another report; none where it is not in it.
    private func anotherReport(_ field: Field, _ report: Int) -> @Sendable (Int) -> Value {
        guard let reports else { preconditionFailure("\(field.name)@ needs a history") }
        let read = reports.register(report).cellReader(field), otherRow = reports.rowMap(toReport: report)
        return { row in otherRow[row] < 0 ? .null : read(Int(otherRow[row])) }
    }

    /// How a projected column's value is read for a row.
    private func reader(_ column: ProjectedColumn) -> (Int) -> Value {
        switch column.source {
        case .field(let field): register.cellReader(field)
        case .computed(let value): register.computer(value, reports: reports)
        case .fieldAt(let field, let report): anotherReport(field, report.index)
        }
    }
}

/// Sorts row numbers by register fields in their natural order; TBC, empty text and empty
/// lists last whatever the direction; ties keep register order.
struct RowOrder {
    let register: ColumnSet
    let keys: [SortKey]
    var reports: ReportContext?

    func sorted(_ rows: [Int32]) -> [Int32] {
        let fields: [(SortCodes, Bool)] = keys.compactMap { key in
            switch key.source {
            case .field(let field): (.field(FieldCodes(register, field)), key.descending)
            case .computed(let value): (.computed(register.computer(value, reports: reports)), key.descending)
            case .column: nil
            }
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

    /// What a key sorts by: a field's codes, or a computed value.
    enum SortCodes {
        case field(FieldCodes)
        case computed((Int) -> Value)
    }

    private func sortKey(_ key: SortCodes, _ row: Int) -> (missing: Bool, codes: [Int64]) {
        switch key {
        case .field(let codes):
            let values = codes.valueCodes(row)
            if values.isEmpty || (values.count == 1 && codes.isTBC(values[0])) { return (true, []) }
            return (false, values)
        case .computed(let compute):
            switch compute(row) {
            case .month(let month): return month.isTBC ? (true, []) : (false, [Int64(month.ordinal)])
            case .integer(let number): return (false, [Int64(number)])
            // A computed value is a month or a number, or none.
            case .null, .kind, .text, .list, .change: return (true, [])
            }
        }
    }
}
