import RegisterModel

/// Resolves a parsed statement against the register: names become fields, kinds and
/// result columns, literals get the type of what they are compared with, and misuse is
/// reported with suggestions. Produces the `Plan` the engine runs.
public struct Checker {
    let source: SourceFile
    let parameters: [String: String]
    var diagnostics: [Diagnostic] = []
    /// Tests of fields against named values, for the lint pass (`ValueProbe`).
    var probes: [ValueProbe] = []

    /// The months of the loaded history's reports, earliest first; empty for one register.
    let reports: [Month]
    /// The report the query runs on (the latest unless `@R`).
    var queryReport = ReportIndex(0, name: .latest(back: 0))
    /// `@all`: the query runs over every report at once.
    var acrossReports = false
    /// With `@all`, a `where` term is being built: it may compare reports (`dag slipped`,
    /// `status@prev = blocked`), and is then asked of each artefact in the latest report.
    var buildingArtefactTerm = false
    /// The term being built read another report than the one a row comes from.
    var termReadsAnotherReport = false
    /// `removed since @R`, a term of `where`: where it stands, and the report the artefact
    /// is looked for in (the one the query would have run on; it runs on R instead).
    var removedSince: (range: SourceRange, lookedFor: ReportIndex?)?

    public init(source: SourceFile, parameters: [String: String], reports: [Month] = []) {
        self.source = source
        self.parameters = parameters
        self.reports = reports
        queryReport = ReportIndex(max(0, reports.count - 1), name: .latest(back: 0))
    }

    /// The plan, or nil when there were errors; warnings come back either way, as the
    /// checker made them, with the probes for the lint pass.
    static func check(_ query: Query, source: SourceFile, parameters: [String: String] = [:],
                      reports: [Month] = []) -> (plan: Plan?, diagnostics: [Diagnostic], probes: [ValueProbe]) {
        var checker = Checker(source: source, parameters: parameters, reports: reports)
        let plan = checker.plan(for: query)
        return (checker.diagnostics.hasErrors ? nil : plan, checker.diagnostics, checker.probes)
    }

    /// Records a test of `field` against a named value, for the lint pass.
    mutating func probe(_ field: Field, _ test: ValueProbe.Test, at range: SourceRange) {
        probes.append(ValueProbe(field: field, test: test, range: range, position: diagnostics.count))
    }

    mutating func error(_ message: String, at range: SourceRange, hints: [String] = []) {
        diagnostics.append(.error(message, at: range, hints: hints))
    }

    mutating func warning(_ message: String, at range: SourceRange, hints: [String] = []) {
        diagnostics.append(.warning(message, at: range, hints: hints))
    }

    // MARK: - The statement

    mutating func plan(for query: Query) -> Plan? {
        let printer = CanonicalText(parameters: parameters)
        var report: ReportIndex?
        if let reference = query.report {
            if reference.target == .all {
                if reports.isEmpty {
                    _ = resolveReport(ReportReference(target: .latest, range: reference.range), relativeTo: queryReport)
                } else {
                    acrossReports = true
                }
            } else if let index = resolveReport(reference, relativeTo: queryReport) {
                report = index
                queryReport = index
            }
        }
        if let diff = query.diff { return diffPlan(diff, query: query, printer: printer) }
        if let since = runsOnRemovedSinceReport(query) { report = since }
        var (selectedKinds, columns) = resolveSelection(query.selection)
        var kinds = selectedKinds
        if let from = query.from {
            let fromKinds = resolveKinds(from)
            if selectedKinds != nil, let first = from.first {
                error("the kinds are named twice: after 'select' and after 'from'", at: first.range,
                      hints: ["hint: write 'select * from \(from.map(\.text).joined(separator: ", "))' or 'select \(from.map(\.text).joined(separator: ", "))'"])
            }
            kinds = fromKinds
            selectedKinds = nil
        }

        var conjuncts: [(Condition<Field>, String)] = []
        var termTexts: [String] = []
        if let condition = query.condition {
            let terms: [Expression] = if case .and(let terms, _) = condition { terms } else { [condition] }
            var scope = RegisterScope()
            for term in terms {
                let text = printer.expression(term)
                termTexts.append(text)
                if let built = buildTerm(term, scope: &scope) { conjuncts.append((built, text)) }
            }
        }

        let hasAggregates = columns?.contains { if case .aggregate = $0.value { true } else { false } } ?? false
        var shape: Shape?
        var having: Condition<Int>?
        var orderBy: [SortKey] = []
        if query.groupBy.isEmpty && !hasAggregates {
            if let having = query.having {
                error("'having' needs 'group by': it filters groups", at: having.range,
                      hints: ["hint: to filter artefacts, use 'where'"])
            }
            let projected = projectedColumns(columns)
            shape = .rows(columns: projected, distinct: query.distinct)
            orderBy = rowOrder(query.orderBy, projected: projected)
        } else if var grouping = resolveGrouping(query, columns: columns) {
            if query.distinct, let first = columnsRange(query) {
                warning("'distinct' has no effect on grouped results", at: first)
            }
            if let expression = query.having {
                if grouping.pivot != nil {
                    error("'having' cannot be combined with 'pivot'", at: expression.range)
                } else {
                    addHiddenAggregates(in: expression, to: &grouping)
                    var scope = ResultScope(grouping: grouping)
                    having = build(expression, scope: &scope)
                }
            }
            orderBy = groupOrder(query.orderBy, grouping: &grouping)
            shape = .groups(grouping)
        }

        let limit = resolveLimit(query.limit)
        guard let shape else { return nil }
        return Plan(isExplain: query.isExplain, canonicalText: printer.query(query, conditionTerms: termTexts), kinds: kinds,
                    conjuncts: conjuncts.map { (condition: $0.0, text: $0.1) }, shape: shape, having: having,
                    havingText: query.having.map(printer.expression), orderBy: orderBy, limit: limit, report: report,
                    acrossReports: acrossReports)
    }

    func columnsRange(_ query: Query) -> SourceRange? {
        switch query.selection {
        case .star(let range): range
        case .columns(let columns): columns.first?.range
        }
    }

    // MARK: - Selection and targets

    /// A selection of kinds only is a target (`select IF`); otherwise columns.
    mutating func resolveSelection(_ selection: Selection) -> (kinds: [Kind]?, columns: [SelectedColumn]?) {
        guard case .columns(let columns) = selection else { return (nil, nil) }
        let kindNames = columns.compactMap { column -> Name? in
            if case .name(let name) = column.value, column.alias == nil, Kind(code: name.text) != nil, Field(name: name.text) == nil { return name }
            return nil
        }
        if !kindNames.isEmpty {
            if kindNames.count == columns.count { return (resolveKinds(kindNames), nil) }
            error("\(Diagnostic.quoted(kindNames[0].text)) is a kind, but the other columns are fields", at: kindNames[0].range,
                  hints: ["hint: choose the kinds with 'from': select ref, name from \(kindNames.map(\.text).joined(separator: ", "))"])
            return (nil, columns.filter { column in !kindNames.contains { column.range.start == $0.range.start } })
        }
        return (nil, columns)
    }

    mutating func resolveKinds(_ names: [Name]) -> [Kind]? {
        if names.count == 1, names[0].text == "*" { return nil }
        var kinds: [Kind] = []
        for name in names {
            if let kind = Kind(code: name.text) {
                if !kinds.contains(kind) { kinds.append(kind) }
            } else {
                unknownKind(name)
            }
        }
        return kinds
    }

    mutating func unknownKind(_ name: Name) {
        var message = "unknown kind \(Diagnostic.quoted(name.text))"
        if let suggestion = suggestion(for: name.text, among: Kind.allCases.map(\.code)) {
            message += "; did you mean '\(suggestion)'?"
        } else {
            message += " (the kinds are \(Kind.codeList))"
        }
        error(message, at: name.range)
    }

    /// A name that should be a field: resolves it or reports it with a suggestion.
    mutating func field(_ name: Name, role: String = "field") -> Field? {
        if let field = Field(name: name.text) {
            if field == .report, !reportIsKnown(at: name.range) { return nil }
            return field
        }
        if Kind(code: name.text) != nil {
            error("\(Diagnostic.quoted(name.text)) is a kind, not a \(role)", at: name.range,
                  hints: ["hint: the fields are \(Field.stored.map(\.name).joined(separator: ", "))"])
            return nil
        }
        var message = "unknown \(role) \(Diagnostic.quoted(name.text))"
        if let suggestion = suggestion(for: name.text, among: Field.stored.map(\.name)) {
            message += "; did you mean '\(suggestion)'?"
        } else {
            message += " (the fields are \(Field.stored.map(\.name).joined(separator: ", ")))"
        }
        error(message, at: name.range)
        return nil
    }

    mutating func projectedColumns(_ columns: [SelectedColumn]?) -> [ProjectedColumn] {
        guard let columns else {
            let fields = acrossReports ? [.report] + Field.stored : Field.stored
            return fields.map { ProjectedColumn(field: $0, name: $0.name) }
        }
        var projected: [ProjectedColumn] = []
        var names: Set<String> = []
        for column in columns {
            let source: ProjectedColumn.Source, defaultName: String
            switch column.value {
            case .name(let name):
                guard let field = field(name) else { continue }
                (source, defaultName) = (.field(field), field.name)
            case .computed(.fieldAt(let name, let reference)):
                guard let field = field(name), notReport(field, at: name.range),
                      let report = resolveReport(reference, relativeTo: queryReport) else { continue }
                (source, defaultName) = (.fieldAt(field, report: report), field.name + "@" + reports[report.index].shortText)
            case .computed(let operand):
                guard let value = computedValue(operand, role: "a selected column") else { continue }
                (source, defaultName) = (.computed(value), text(of: operand))
            case .aggregate:
                continue
            }
            let outputName = column.alias?.text ?? defaultName
            if !names.insert(outputName.lowercased()).inserted {
                error("duplicate column name \(Diagnostic.quoted(outputName))", at: column.range, hints: ["hint: rename one with 'as'"])
            }
            projected.append(ProjectedColumn(source: source, name: outputName))
        }
        return projected
    }

    /// The arithmetic of the selected column named `name` (by its alias), if any.
    func computedColumn(named name: String, in columns: [SelectedColumn]?) -> Operand? {
        for column in columns ?? [] {
            if case .computed(let operand) = column.value, column.alias?.text.lowercased() == name.lowercased() { return operand }
        }
        return nil
    }

    // MARK: - Grouping

    mutating func resolveGrouping(_ query: Query, columns: [SelectedColumn]?) -> Grouping? {
        var keys: [Field] = []
        for name in query.groupBy {
            if Field(name: name.text) == nil, let computed = computedColumn(named: name.text, in: columns) {
                error("\(Diagnostic.quoted(name.text)) is the computed column \(Diagnostic.quoted(text(of: computed))); 'group by' takes fields only",
                      at: name.range)
                continue
            }
            guard let field = field(name) else { continue }
            if keys.contains(field) {
                error("'\(field.name)' is already a group key", at: name.range)
            } else {
                keys.append(field)
            }
        }
        var pivot: Field?
        if let name = query.pivot, let field = field(name) {
            if keys.contains(field) {
                error("'\(field.name)' cannot be both a group key and the pivot", at: name.range)
            } else {
                pivot = field
            }
        }
        var grouping = Grouping(keys: keys, pivot: pivot, aggregates: [], columns: [], hiddenColumnCount: 0)
        guard let columns else {
            grouping.columns = keys.enumerated().map { GroupColumn(source: .key($0.offset), name: $0.element.name) }
            if pivot == nil {
                grouping.aggregates = [AggregateSpec(function: .count, distinct: false, field: nil)]
                grouping.columns.append(GroupColumn(source: .aggregate(0), name: "count"))
            }
            return grouping
        }
        for column in columns {
            switch column.value {
            case .name(let name):
                guard let field = field(name) else { continue }
                if let index = keys.firstIndex(of: field) {
                    grouping.columns.append(GroupColumn(source: .key(index), name: column.alias?.text ?? field.name))
                } else if field == pivot {
                    error("'\(field.name)' is the pivot: its values become the columns", at: name.range)
                } else {
                    let hint = keys.isEmpty
                        ? "hint: group by it, or aggregate it: list(\(field.name)), min(\(field.name)), count(distinct \(field.name))"
                        : "hint: add it to 'group by', or aggregate it: list(\(field.name))"
                    error("'\(field.name)' is neither a group key nor inside an aggregate", at: name.range, hints: [hint])
                }
            case .computed(let operand):
                error("\(Diagnostic.quoted(text(of: operand))) is computed per artefact; a grouped result shows group keys and aggregates only",
                      at: operand.range, hints: ["hint: group by fields; computed columns show in results without 'group by'"])
            case .aggregate(let call):
                guard let spec = aggregateSpec(call) else { continue }
                if pivot != nil, !grouping.aggregates.isEmpty {
                    error("a pivot shows one aggregate in its cells; this is a second", at: call.range)
                    continue
                }
                grouping.aggregates.append(spec)
                grouping.columns.append(GroupColumn(source: .aggregate(grouping.aggregates.count - 1),
                                                    name: column.alias?.text ?? spec.defaultName))
            }
        }
        if pivot != nil {
            grouping.columns.removeAll { if case .aggregate = $0.source { true } else { false } }
        }
        var seen: Set<String> = []
        for (column, selected) in zip(grouping.columns, columns) where !seen.insert(column.name.lowercased()).inserted {
            error("duplicate column name \(Diagnostic.quoted(column.name))", at: selected.range, hints: ["hint: rename one with 'as'"])
        }
        return grouping
    }

    mutating func aggregateSpec(_ call: AggregateCall) -> AggregateSpec? {
        guard let argument = call.argument else {
            if call.function != .count {
                error("\(call.function.rawValue)(*) has no meaning; name a field, like \(call.function.rawValue)(dag)", at: call.range)
                return nil
            }
            if call.distinct {
                error("count(distinct *) has no meaning; name a field, like count(distinct blocker)", at: call.range)
                return nil
            }
            return AggregateSpec(function: .count, distinct: false, field: nil)
        }
        guard let field = field(argument) else { return nil }
        return AggregateSpec(function: call.function, distinct: call.distinct, field: field)
    }

    /// Aggregates that `having` uses but `select` does not show are computed as hidden columns.
    mutating func addHiddenAggregates(in expression: Expression, to grouping: inout Grouping) {
        var calls: [AggregateCall] = []
        Self.collectAggregates(expression, into: &calls)
        for call in calls {
            guard let spec = aggregateSpec(call) else { continue }
            let visible = grouping.columns.contains { column in
                if case .aggregate(let i) = column.source { return grouping.aggregates[i] == spec }
                return false
            }
            if visible { continue }
            grouping.aggregates.append(spec)
            grouping.columns.append(GroupColumn(source: .aggregate(grouping.aggregates.count - 1), name: "(\(spec.defaultName))"))
            grouping.hiddenColumnCount += 1
        }
    }

    static func collectAggregates(_ expression: Expression, into calls: inout [AggregateCall]) {
        func visit(_ operand: Operand) {
            if case .aggregate(let call) = operand { calls.append(call) }
        }
        switch expression {
        case .or(let terms, _), .and(let terms, _): terms.forEach { collectAggregates($0, into: &calls) }
        case .not(let inner, _): collectAggregates(inner, into: &calls)
        case .comparison(let l, _, let r, _): visit(l); visit(r)
        case .between(let v, let low, let high, _, _): visit(v); visit(low); visit(high)
        case .membership(let v, let values, _, _): visit(v); values.forEach(visit)
        case .contains(let l, let r, _, _), .like(let l, let r, _, _): visit(l); visit(r)
        case .isEmpty(let v, _, _), .isTBC(let v, _, _): visit(v)
        case .change, .invalid: break
        }
    }

    // MARK: - Order and limit

    mutating func rowOrder(_ keys: [OrderKey], projected: [ProjectedColumn]) -> [SortKey] {
        Self.withoutRepeats(keys.compactMap { key in
            if let call = key.aggregate {
                error("\(Diagnostic.quoted(CanonicalText().aggregate(call))) exists only in grouped results", at: call.range,
                      hints: ["hint: add 'group by' with a field, or order by a field"])
                return nil
            }
            if let operand = key.computed {
                return computedValue(operand, role: "an order key").map { SortKey(source: .computed($0), descending: key.descending) }
            }
            if let column = projected.first(where: { $0.name.lowercased() == key.name.text.lowercased() }) {
                switch column.source {
                case .field(let field): return SortKey(source: .field(field), descending: key.descending)
                case .computed(let value): return SortKey(source: .computed(value), descending: key.descending)
                case .fieldAt(let field, let report):
                    guard field.type == .month else {
                        error("a row result is ordered by the report queried, or by months of another; \(column.name) is \(ValueType(field.type).name)",
                              at: key.range)
                        return nil
                    }
                    return SortKey(source: .computed(.fieldAt(field, report: report)), descending: key.descending)
                }
            }
            if key.name.text.lowercased() == "count" {
                error("'count' exists only in grouped results", at: key.name.range,
                      hints: ["hint: add 'group by' with a field, or order by a field"])
                return nil
            }
            guard let field = field(key.name, role: "field or column") else { return nil }
            return SortKey(source: .field(field), descending: key.descending)
        })
    }

    /// The sort keys without those that sort by a value an earlier key already sorts by:
    /// such a key can never break a tie, and `order by name, name, …` (20,000 times)
    /// should cost one key, not 20,000.
    static func withoutRepeats(_ keys: [SortKey]) -> [SortKey] {
        var kept: [SortKey] = []
        for key in keys where !kept.contains(where: { $0.source == key.source }) { kept.append(key) }
        return kept
    }

    mutating func groupOrder(_ keys: [OrderKey], grouping: inout Grouping) -> [SortKey] {
        Self.withoutRepeats(keys.compactMap { key in
            if let call = key.aggregate { return aggregateOrder(call, descending: key.descending, grouping: &grouping) }
            if let operand = key.computed {
                error("\(Diagnostic.quoted(text(of: operand))) is computed per artefact; a grouped result is ordered by its columns",
                      at: operand.range, hints: ["hint: order by a group key or an aggregate, such as count desc"])
                return nil
            }
            let wanted = key.name.text.lowercased()
            if let index = grouping.columns.firstIndex(where: { $0.name.lowercased() == wanted }) {
                return SortKey(source: .column(index), descending: key.descending)
            }
            if grouping.pivot != nil, wanted == "total" {
                if grouping.hasTotalColumn { return SortKey(source: .column(-1), descending: key.descending) }
                error("a pivot over report has no 'total': its columns are snapshots of the same artefacts, whose sum means nothing",
                      at: key.name.range, hints: ["hint: its rows are ordered by their keys"])
                return nil
            }
            if wanted == "count", grouping.pivot == nil {
                if let hidden = grouping.columns.firstIndex(where: { $0.name == "(count)" }) {
                    return SortKey(source: .column(hidden), descending: key.descending)
                }
                grouping.aggregates.append(AggregateSpec(function: .count, distinct: false, field: nil))
                grouping.columns.append(GroupColumn(source: .aggregate(grouping.aggregates.count - 1), name: "(count)"))
                grouping.hiddenColumnCount += 1
                return SortKey(source: .column(grouping.columns.count - 1), descending: key.descending)
            }
            let names = grouping.columns.dropLast(grouping.hiddenColumnCount).map(\.name) + (grouping.hasTotalColumn ? ["total"] : [])
            var message = "\(Diagnostic.quoted(key.name.text)) is not a column of the grouped result"
            if let suggestion = suggestion(for: key.name.text, among: names) { message += "; did you mean '\(suggestion)'?" }
            error(message, at: key.name.range, hints: ["hint: the columns are \(names.joined(separator: ", "))"])
            return nil
        })
    }

    /// `order by count(*)`, `order by max(dag) desc`: the column that shows the aggregate,
    /// or a hidden one computed for the order. A pivot's rows have one aggregate per cell,
    /// not per row, so they are ordered by `total` instead.
    mutating func aggregateOrder(_ call: AggregateCall, descending: Bool, grouping: inout Grouping) -> SortKey? {
        guard let spec = aggregateSpec(call) else { return nil }
        if grouping.pivot != nil {
            error("a pivot's rows are ordered by their keys or by 'total', not by \(Diagnostic.quoted(CanonicalText().aggregate(call)))",
                  at: call.range, hints: ["hint: order by total desc"])
            return nil
        }
        let index = grouping.columns.firstIndex { column in
            if case .aggregate(let i) = column.source { return grouping.aggregates[i] == spec }
            return false
        }
        if let index { return SortKey(source: .column(index), descending: descending) }
        grouping.aggregates.append(spec)
        grouping.columns.append(GroupColumn(source: .aggregate(grouping.aggregates.count - 1), name: "(\(spec.defaultName))"))
        grouping.hiddenColumnCount += 1
        return SortKey(source: .column(grouping.columns.count - 1), descending: descending)
    }

    mutating func resolveLimit(_ limit: Limit?) -> Int? {
        guard let limit else { return nil }
        switch limit.value {
        case .count(let n): return n
        case .parameter(let name):
            guard let value = parameterValue(name) else { return nil }
            guard let n = Int(value), n >= 0 else {
                error("parameter \(Diagnostic.quoted("$" + name.text)) is \(Diagnostic.quoted(value)), but 'limit' needs a whole number", at: name.range)
                return nil
            }
            return n
        }
    }

    mutating func parameterValue(_ name: Name) -> String? {
        if let value = parameters[name.text] { return value }
        let shown = Diagnostic.clipped(name.text)
        var hints = ["hint: set it with --param \(shown)=VALUE, or .param \(shown) VALUE in the REPL"]
        if let suggestion = suggestion(for: name.text, among: parameters.keys) {
            hints.insert("hint: did you mean '$\(suggestion)'?", at: 0)
        }
        error("parameter \(Diagnostic.quoted("$" + name.text)) is not set", at: name.range, hints: hints)
        return nil
    }
}
