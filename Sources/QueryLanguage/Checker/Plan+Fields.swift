import RegisterModel

extension Plan {
    /// Every register field running the plan reads: what a register loaded for it must
    /// hold. `kind` is always among them (the register's row count comes from it).
    public var fieldsRead: FieldSet {
        var fields = FieldSet(.kind)
        for conjunct in conjuncts { conjunct.condition.collectSlots(into: &fields) }
        switch shape {
        case .rows(let columns, _):
            for column in columns { fields.formUnion(column.fieldsRead) }
        case .groups(let grouping):
            fields.formUnion(FieldSet(grouping.keys))
            if let pivot = grouping.pivot { fields.insert(pivot) }
            fields.formUnion(FieldSet(grouping.aggregates.compactMap(\.field)))
        case .diff:
            fields.formUnion(.all)
        }
        for key in orderBy { fields.formUnion(key.fieldsRead) }
        return fields
    }
}

extension Plan {
    /// The fields a row result only shows — not tested, sorted or made distinct — whose
    /// cells are needed for the rows shown alone (a batch run reads those from the file
    /// after the query, not at load). None when every row is shown: reading them later
    /// would only read the file twice.
    public var fieldsOnlyShown: FieldSet {
        guard case .rows(let columns, distinct: false) = shape, kinds != nil || !conjuncts.isEmpty || limit != nil else { return [] }
        var used = FieldSet(.kind)
        for conjunct in conjuncts { conjunct.condition.collectSlots(into: &used) }
        for key in orderBy { used.formUnion(key.fieldsRead) }
        for column in columns {
            if case .computed(let value) = column.source { used.formUnion(value.fields) }
        }
        return FieldSet(columns.compactMap(\.field)).subtracting(used)
    }
}

extension Condition where Slot == Field {
    func collectSlots(into fields: inout FieldSet) {
        switch self {
        case .all(let parts), .any(let parts):
            for part in parts { part.collectSlots(into: &fields) }
        case .not(let inner):
            inner.collectSlots(into: &fields)
        case .test(let field, _):
            fields.insert(field)
        case .compare(let left, _, let right):
            fields.insert(left)
            fields.insert(right)
        case .compareValues(let left, _, let right):
            fields.formUnion(left.fields.union(right.fields))
        case .inReport(_, let inner):
            inner.collectSlots(into: &fields)
        case .change(let change):
            if let field = change.field { fields.insert(field) }
            switch change.kind {
            case .changed(let from, let to):
                from?.collectSlots(into: &fields)
                to?.collectSlots(into: &fields)
            case .was(let condition, _): condition.collectSlots(into: &fields)
            case .slipped, .advanced, .new, .removed: break
            }
        case .constant:
            break
        }
    }
}

extension ProjectedColumn {
    /// The register fields its cells are read or computed from.
    var fieldsRead: FieldSet {
        switch source {
        case .field(let field), .fieldAt(let field, _): FieldSet(field)
        case .computed(let value): value.fields
        }
    }
}

extension SortKey {
    /// The register fields it sorts by (none for a result column).
    var fieldsRead: FieldSet {
        switch source {
        case .field(let field): FieldSet(field)
        case .computed(let value): value.fields
        case .column: []
        }
    }
}
