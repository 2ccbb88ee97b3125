import RegisterModel

extension Plan {
    /// Every register field running the plan reads: what a register loaded for it must
    /// hold. `kind` is always among them (the register's row count comes from it).
    public var fieldsRead: FieldSet {
        var fields = FieldSet(.kind)
        for conjunct in conjuncts { conjunct.condition.collectSlots(into: &fields) }
        switch shape {
        case .rows(let columns, _):
            fields.formUnion(FieldSet(columns.map(\.field)))
        case .groups(let grouping):
            fields.formUnion(FieldSet(grouping.keys))
            if let pivot = grouping.pivot { fields.insert(pivot) }
            fields.formUnion(FieldSet(grouping.aggregates.compactMap(\.field)))
        }
        for key in orderBy {
            if case .field(let field) = key.source { fields.insert(field) }
        }
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
        for key in orderBy {
            if case .field(let field) = key.source { used.insert(field) }
        }
        return FieldSet(columns.map(\.field)).subtracting(used)
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
        case .constant:
            break
        }
    }
}
