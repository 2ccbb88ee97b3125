import QueryLanguage
import RegisterModel

/// A checked plan in the relational form: the kinds and the `where` conjuncts become one
/// filter, the shape becomes rows, groups or a diff, each ordering spelled with regq's
/// natural order and its missing values last. Over a history's table, the filter also
/// keeps the rows of the report the statement runs on (the latest unless it names one),
/// or every report's with `@all`.
struct Lowering {
    /// The months of the history's reports, earliest first, when the table holds one;
    /// empty for a register's table.
    let reports: [Month]

    func relation(_ plan: Plan, loaded: LoadedColumns) -> Relation {
        var filters: [Scalar] = []
        if !reports.isEmpty, !plan.acrossReports, !isDiff(plan) {
            filters.append(.compare(.field(.report), .equal, .report(plan.report?.name ?? .latest(back: 0))))
        }
        if let kinds = plan.kinds {
            filters.append(.oneOf(.field(.kind), Kind.allCases.filter(kinds.contains).map { .text($0.code) }))
        }
        filters += plan.conjuncts.map { ConditionLowering.whereCondition($0.condition) }
        let filter: Scalar? = filters.isEmpty ? nil : filters.count == 1 ? filters[0] : .and(filters)
        switch plan.shape {
        case .rows(let columns, let distinct):
            let projected = columns.map { column -> Relation.ResultColumn in
                switch column.source {
                case .field(let field): Relation.ResultColumn(name: column.name, value: .field(field), type: ValueType(field.type))
                case .computed(let expression): Relation.ResultColumn(name: column.name, value: Self.value(expression), type: expression.type)
                case .fieldAt(let field, let report):
                    Relation.ResultColumn(name: columnName(column.name, field, report), value: .fieldAt(field, report.name),
                                          type: ValueType(field.type))
                }
            }
            let order = plan.orderBy.compactMap { key -> Ordering? in
                switch key.source {
                case .field(let field):
                    return Self.ordering(.field(field), type: field.valueType, nullable: field.mayBeNull, descending: key.descending)
                case .computed(let expression):
                    // A computed value (a month or a number: none is NULL) that is selected is
                    // ordered by its column.
                    if let index = columns.firstIndex(where: { $0.computedValue == expression }) {
                        return Ordering(values: [.selectedColumn(projected[index].name)], descending: key.descending, nullsLast: true)
                    }
                    return Self.ordering(Self.value(expression), type: expression.type, nullable: true, descending: key.descending)
                case .column:
                    return nil
                }
            }
            var distinctValues: [(value: Scalar, key: Scalar)]?
            if distinct {
                let read = columns.flatMap { column -> [ReportIndex] in
                    switch column.source {
                    case .field: []
                    case .fieldAt(_, let report): [report]
                    case .computed(let value): value.reportsRead
                    }
                }
                let present = read.distinctNames.map { Scalar.sameArtefact(.one($0), alias: "regq_in", .boolean(true)) }
                distinctValues = projected.map { column in
                    (column.value, column.type == .text ? Scalar.equalityKey(column.value) : column.value)
                } + present.map { ($0, $0) }
            }
            let orderValues = plan.orderBy.compactMap { key in if case .computed(let value) = key.source { value } else { nil } }
            let others = (columns.compactMap(\.computedValue) + orderValues).flatMap(\.reportsRead).distinctNames
            let rows = Relation.Rows(columns: projected, distinct: distinctValues, order: order, otherReports: others)
            return Relation(filter: filter, shape: .rows(rows), limit: plan.limit)
        case .groups(let grouping):
            return Relation(filter: filter, shape: .groups(groups(grouping, plan: plan, pivotValues: loaded.pivotValues)), limit: plan.limit)
        case .diff(let from, let to):
            return Relation(filter: nil, shape: .diff(diff(from: from, to: to, condition: filter, fields: loaded.diffFields)), limit: nil)
        }
    }

    /// A column of another report, headed as the statement names that report where it
    /// named it relatively (`dag@prev`, not the month it is now): that month changes as
    /// reports are added, and the column still reads the report named.
    private func columnName(_ name: String, _ field: Field, _ report: ReportIndex) -> String {
        guard name == field.name + "@" + reports[report.index].shortText else { return name }
        switch report.name {
        case .month: return name
        case .latest(back: 0): return field.name + "@latest"
        case .first(on: 0): return field.name + "@first"
        case .latest, .first: return field.name + "@prev"
        }
    }

    private func isDiff(_ plan: Plan) -> Bool {
        if case .diff = plan.shape { return true }
        return false
    }

    private func groups(_ grouping: Grouping, plan: Plan, pivotValues: [PivotValue]) -> Relation.Groups {
        let columns = grouping.columns.map { column -> Relation.ResultColumn in
            switch column.source {
            case .key(let index):
                let type = ValueType(grouping.keys[index].type)
                return Relation.ResultColumn(name: column.name, value: .groupKey(index), type: type == .list ? .text : type)
            case .aggregate(let index):
                return Relation.ResultColumn(name: column.name, value: .aggregate(index), type: Self.resultType(grouping.aggregates[index]))
            }
        }
        let pivot = grouping.pivot.map { Relation.Pivot(field: $0, values: pivotValues, cell: grouping.pivotCell) }
        // A pivot's row holds its keys, a cell per value and the total: order keys index those.
        var rowTypes = columns.map(\.type)
        if let pivot { rowTypes += Array(repeating: Self.resultType(pivot.cell), count: pivot.values.count + 1) }
        // A list of kinds or months holds text regq made, as `list(…)` writes them.
        var rowSpecs: [AggregateSpec?] = grouping.columns.map { column in
            if case .aggregate(let index) = column.source { grouping.aggregates[index] } else { nil }
        }
        if let pivot { rowSpecs += Array(repeating: pivot.cell, count: pivot.values.count + 1) }
        func slot(_ index: Int) -> Scalar {
            let value = Scalar.resultColumn(index)
            guard let spec = rowSpecs[index], spec.function == .list, let field = spec.field,
                  field.type != .text, field.type != .list else { return value }
            return .madeText(value)
        }
        var having: Scalar?
        if let condition = plan.having {
            var lowering = ConditionLowering { index in (slot(index), columns[index].type, true) }
            having = lowering.lower(condition)
        }
        let order = plan.orderBy.compactMap { key -> Ordering? in
            guard case .column(var index) = key.source else { return nil }
            if index < 0 { index = rowTypes.count - 1 }
            return Self.ordering(slot(index), type: rowTypes[index], nullable: true, descending: key.descending)
        }
        return Relation.Groups(keys: grouping.keys, aggregates: grouping.aggregates, columns: columns,
                               visibleCount: columns.count - grouping.hiddenColumnCount, having: having, order: order, pivot: pivot)
    }

    /// A computed value over the register row (or the row named `alias`): months as
    /// numbers of months where they are moved or subtracted, so that every engine does the
    /// same integer arithmetic.
    static func value(_ expression: ValueExpression, of alias: String? = nil) -> Scalar {
        func value(_ expression: ValueExpression) -> Scalar { Self.value(expression, of: alias) }
        func column(_ field: Field) -> Scalar { alias.map { .fieldOf(alias: $0, field) } ?? .field(field) }
        switch expression {
        case .field(let field): return column(field)
        case .fieldAt(let field, let report): return .fieldAt(field, report.name)
        case .month(let month): return .month(month)
        case .integer(let number): return .integer(number)
        case .size(let field): return .listSize(column(field))
        case .monthPlus(let month, let months): return .numberedMonth(.plus(.monthNumber(value(month)), value(months)))
        case .monthMinus(let month, let months): return .numberedMonth(.minus(.monthNumber(value(month)), value(months)))
        case .monthsBetween(let later, let earlier): return .minus(.monthNumber(value(later)), .monthNumber(value(earlier)))
        case .sum(let a, let b): return .plus(value(a), value(b))
        case .difference(let a, let b): return .minus(value(a), value(b))
        }
    }

    /// The type of an aggregate's value: `min` and `max` of a list give one element.
    static func resultType(_ spec: AggregateSpec) -> ValueType {
        spec.resultType == .list && spec.function != .list ? .text : spec.resultType
    }

    /// regq's order for values of `type`: missing values (no value, and the type's missing
    /// value, `ValueType.missing`) last, then the type's natural order.
    static func ordering(_ value: Scalar, type: ValueType, nullable: Bool, descending: Bool) -> Ordering {
        let null: Scalar? = nullable ? .isNull(value) : nil
        func or(_ missing: Scalar) -> Scalar { null.map { .or([$0, missing]) } ?? missing }
        let missing: Scalar? = switch type.missing {
        // TBC is NULL.
        case .none, .tbc: null
        case .emptyText: or(.compare(value, .equal, .text("")))
        case .emptyList: or(.listIsEmpty(value))
        }
        let values: [Scalar] = switch type.naturalOrder {
        case .kindRank: [.kindRank(value)]
        case .textIgnoringCase: textOrder(value)
        case .elementByElement: [.listSortKey(value)]
        case .calendar, .numeric: [value]
        }
        return Ordering(missing: missing, values: values, descending: descending)
    }

    /// The natural order of a group key's values: as `ordering`, except that empty text is
    /// a value like any (first), and that a list's key is one of its elements, or none
    /// (NULL) last.
    static func keyOrdering(_ key: Field, index: Int) -> Ordering {
        let value = Scalar.groupKey(index)
        let missing: Scalar? = switch key.valueType.missing {
        case .none, .emptyText: nil
        case .emptyList, .tbc: .isNull(value)
        }
        let values: [Scalar] = switch key.valueType.naturalOrder {
        case .kindRank: [.kindRank(value)]
        case .textIgnoringCase, .elementByElement: textOrder(value)
        case .calendar, .numeric: [value]
        }
        return Ordering(missing: missing, values: values, descending: false)
    }

    /// Text ignoring case, then by code point.
    private static func textOrder(_ value: Scalar) -> [Scalar] {
        [.binary(.lowered(value)), .binary(value)]
    }
}

extension ProjectedColumn {
    /// The computed value the column shows (another report's field is one), if any.
    var computedValue: ValueExpression? {
        switch source {
        case .field: nil
        case .computed(let value): value
        case .fieldAt(let field, let report): .fieldAt(field, report: report)
        }
    }
}
