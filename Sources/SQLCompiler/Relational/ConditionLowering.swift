import QueryLanguage
import RegisterModel

/// `where` and `having` conditions in the relational form, with the meaning the engine
/// gives them: text equality on equality keys, text order ignoring case, a list passing
/// when any element does, TBC (NULL) never compared by order and equal only to TBC. Every
/// condition it makes is true or false, never unknown, so `not` is exact. Conditions on
/// another report (`status@prev = blocked`, `dag slipped`, `new`) look for the same
/// artefact's row there; where it has none, they are false, as in regq.
struct ConditionLowering {
    /// The type of each slot's value, and whether it can be NULL.
    let slot: (Int) -> (value: Scalar, type: ValueType, nullable: Bool)
    /// The row whose fields `where` reads: nil for the register row, or another report's.
    private var row: String?
    private var aliases = 0

    init(slot: @escaping (Int) -> (value: Scalar, type: ValueType, nullable: Bool)) {
        self.slot = slot
    }

    /// Over register fields: `where`.
    static func whereCondition(_ condition: Condition<Field>) -> Scalar {
        var lowering = ConditionLowering(slot: Self.fields(of: nil))
        return lowering.lower(condition.mapSlots(\.rawValue))
    }

    /// Slots that are the fields of the register row, or of the row named `alias`.
    private static func fields(of alias: String?) -> (Int) -> (value: Scalar, type: ValueType, nullable: Bool) {
        { raw in
            let field = Field(rawValue: raw)!
            return (alias.map { .fieldOf(alias: $0, field) } ?? .field(field), field.valueType, field.mayBeNull)
        }
    }

    mutating func lower(_ condition: Condition<Int>) -> Scalar {
        switch condition {
        case .constant(let value): return .boolean(value)
        case .not(let inner): return .not(lower(inner))
        case .all(let terms): return .and(terms.map { lower($0) })
        case .any(let terms): return .or(terms.map { lower($0) })
        case .test(let index, let test):
            let (value, type, nullable) = slot(index)
            // A NULL that is the type's missing value (TBC) is decided by its tests; any other is no value.
            return nullable && !type.missingIsNull ? guarded(value, test: test, type: type) : self.test(test, on: value, type: type)
        case .compare(let a, let op, let b):
            return compare(slot(a), op, slot(b))
        case .compareValues(let a, let op, let b):
            // Only in `where`: the values are over the register row. A value of another
            // report is none where the artefact is not in it (NULL there is not TBC).
            let compared = compare((Lowering.value(a, of: row), a.type, true), op, (Lowering.value(b, of: row), b.type, true))
            let read = (a.reportsRead + b.reportsRead).distinctNames
            guard !read.isEmpty else { return compared }
            return .and(read.map { present(in: .one($0)) } + [compared])
        case .inReport(let report, let inner):
            let alias = nextRowAlias()
            return .sameArtefact(.one(report.name), alias: alias, self.condition(inner.mapSlots { Field(rawValue: $0)! }, on: alias))
        case .change(let change):
            return self.change(change)
        }
    }

    /// The artefact has a row in one of `span`'s reports.
    private mutating func present(in span: ReportSpan) -> Scalar {
        .sameArtefact(span, alias: nextRowAlias(), .boolean(true))
    }

    /// A change between the register row's report and another (`change.report`).
    private mutating func change(_ change: ChangeTest) -> Scalar {
        let other = ReportSpan.one(change.report.name)
        switch change.kind {
        case .new, .removed:
            return .not(present(in: other))
        case .changed(let from, let to):
            let field = change.field!, alias = nextRowAlias()
            var terms = [Self.differs(.fieldOf(alias: alias, field), .field(field), type: field.valueType, aliases: nextAliases())]
            if let from { terms.append(condition(from, on: alias)) }
            if let to { terms.append(condition(to, on: nil)) }
            return .sameArtefact(other, alias: alias, .and(terms))
        case .slipped, .advanced:
            let field = change.field!, alias = nextRowAlias()
            let then = Scalar.fieldOf(alias: alias, field), now = Scalar.field(field)
            let op: ComparisonOperator = if case .slipped = change.kind { .greater } else { .less }
            return .sameArtefact(other, alias: alias, .and([.not(.isNull(then)), .not(.isNull(now)), .compare(now, op, then)]))
        case .was(let condition, let through):
            let alias = nextRowAlias()
            let span = ReportSpan(first: change.report.name, last: through.name)
            return .sameArtefact(span, alias: alias, self.condition(condition, on: alias))
        }
    }

    /// A `where` condition over the fields of the row named `alias`, or of the register
    /// row.
    private mutating func condition(_ condition: Condition<Field>, on alias: String?) -> Scalar {
        var inner = ConditionLowering(slot: Self.fields(of: alias))
        inner.row = alias
        inner.aliases = aliases
        defer { aliases = inner.aliases }
        return inner.lower(condition.mapSlots(\.rawValue))
    }

    /// Whether two values of one field differ as a change compares their type
    /// (`ValueType.changeEquality`).
    static func differs(_ a: Scalar, _ b: Scalar, type: ValueType, aliases: (String, String)) -> Scalar {
        switch type.changeEquality {
        case .itself:
            return .not(.compare(a, .equal, b))
        case .equalityKey:
            return .not(.compare(.equalityKey(a), .equal, .equalityKey(b)))
        case .setOfKeys:
            // Some element of one has no element of the same key in the other.
            func missing(_ list: Scalar, _ x: String, from other: Scalar, _ y: String) -> Scalar {
                .anyElement(list, alias: x, .not(.anyElement(other, alias: y,
                    .compare(.equalityKey(.element(x)), .equal, .equalityKey(.element(y))))))
            }
            return .or([missing(a, aliases.0, from: b, aliases.1), missing(b, aliases.0, from: a, aliases.1)])
        case .exactWithMissing:
            return .not(.sameValue(a, b))
        }
    }

    /// A test on a value that may be NULL (no value): NULL passes `is empty` only
    /// (`Test.holdsForNoValue`).
    private mutating func guarded(_ value: Scalar, test: Test, type: ValueType) -> Scalar {
        let tested = self.test(test, on: value, type: type)
        return test.holdsForNoValue ? .or([.isNull(value), tested]) : .and([.not(.isNull(value)), tested])
    }

    mutating func test(_ test: Test, on value: Scalar, type: ValueType) -> Scalar {
        switch (test, type) {
        case (.kind(.oneOf(let kinds)), .kind):
            return .oneOf(value, Kind.allCases.filter(kinds.contains).map { .text($0.code) })
        case (.text(let test), .text):
            return textTest(test, on: value)
        case (.text(.isEmpty), .list):
            return .listIsEmpty(value)
        case (.text(let test), .list):
            let alias = nextAlias()
            return .anyElement(value, alias: alias, textTest(test, on: .element(alias)))
        case (.month(let test), .month):
            return monthTest(test, on: value)
        case (.integer(.oneOf(let values)), .integer):
            return .oneOf(value, values.sorted().map(Scalar.integer))
        case (.integer(.ordered(let op, let number)), .integer):
            return .compare(value, op, .integer(number))
        case (.kind, _), (.text, _), (.month, _), (.integer, _):
            preconditionFailure("the checker tests a value by its type")
        }
    }

    /// On a text value that is never NULL: a text cell or a list element.
    private func textTest(_ test: TextTest, on value: Scalar) -> Scalar {
        switch test {
        case .equalsKey(let keys):
            return .oneOf(.equalityKey(value), keys.sorted().map(Scalar.text))
        case .ordered(let op, let literal):
            return .compare(.binary(.lowered(value)), op, .binary(.text(literal.lowercased())))
        case .contains(let needle):
            if needle.key.isEmpty { return .boolean(true) }
            let pattern = "%" + (needle.startsAtWord ? "-" : "") + needle.key + (needle.endsAtWord ? "-" : "") + "%"
            return .like(.concat([.text("-"), .equalityKey(value), .text("-")]), pattern: pattern)
        case .like(let pattern):
            return .like(.lowered(value), pattern: pattern.text.lowercased())
        case .isEmpty:
            return .compare(value, .equal, .text(""))
        }
    }

    private func monthTest(_ test: MonthTest, on value: Scalar) -> Scalar {
        switch test {
        case .oneOf(let months):
            let known = months.filter { !$0.isTBC }.sorted().map(Scalar.month)
            var terms: [Scalar] = []
            if !known.isEmpty { terms.append(.and([.not(.isNull(value)), .oneOf(value, known)])) }
            if months.contains(.tbc) { terms.append(.isNull(value)) }
            return terms.count == 1 ? terms[0] : .or(terms)
        case .ordered(let op, let month):
            return .and([.not(.isNull(value)), .compare(value, op, .month(month))])
        }
    }

    /// Two values of one type compared: months with TBC equal only to TBC and never
    /// ordered; text and lists when some pair of their elements compares so.
    private mutating func compare(_ a: (value: Scalar, type: ValueType, nullable: Bool), _ op: ComparisonOperator,
                                  _ b: (value: Scalar, type: ValueType, nullable: Bool)) -> Scalar {
        // The checker compares values of one type, or text with lists.
        switch a.type {
        case .month:
            if op == .equal { return .sameValue(a.value, b.value) }
            return .and([.not(.isNull(a.value)), .not(.isNull(b.value)), .compare(a.value, op, b.value)])
        case .integer:
            // No value (NULL) fails every comparison, equality too.
            if !a.nullable && !b.nullable { return .compare(a.value, op, b.value) }
            return .and([.not(.isNull(a.value)), .not(.isNull(b.value)), .compare(a.value, op, b.value)])
        case .kind:
            return .compare(.kindRank(a.value), op, .kindRank(b.value))
        case .text, .list:
            var left = a.value, right = b.value
            var wrappers: [(list: Scalar, alias: String)] = []
            if a.type == .list {
                let alias = nextAlias()
                wrappers.append((a.value, alias))
                left = .element(alias)
            }
            if b.type == .list {
                let alias = nextAlias()
                wrappers.append((b.value, alias))
                right = .element(alias)
            }
            var condition: Scalar = op == .equal
                ? .compare(.equalityKey(left), .equal, .equalityKey(right))
                : .compare(.binary(.lowered(left)), op, .binary(.lowered(right)))
            for wrapper in wrappers.reversed() { condition = .anyElement(wrapper.list, alias: wrapper.alias, condition) }
            if a.nullable || b.nullable {
                condition = .and([.not(.isNull(a.value)), .not(.isNull(b.value)), condition])
            }
            return condition
        }
    }

    private mutating func nextAlias() -> String {
        aliases += 1
        return "regq_e\(aliases)"
    }

    /// Two element aliases.
    private mutating func nextAliases() -> (String, String) { (nextAlias(), nextAlias()) }

    /// A name for another report's row.
    private mutating func nextRowAlias() -> String {
        aliases += 1
        return "regq_h\(aliases)"
    }
}

extension Condition {
    /// The same condition over other slots.
    func mapSlots<Other>(_ transform: (Slot) -> Other) -> Condition<Other> {
        switch self {
        case .all(let terms): .all(terms.map { $0.mapSlots(transform) })
        case .any(let terms): .any(terms.map { $0.mapSlots(transform) })
        case .not(let inner): .not(inner.mapSlots(transform))
        case .test(let slot, let test): .test(transform(slot), test)
        case .compare(let a, let op, let b): .compare(transform(a), op, transform(b))
        case .compareValues(let a, let op, let b): .compareValues(a, op, b)
        case .inReport(let report, let inner): .inReport(report, inner.mapSlots(transform))
        case .change(let change): .change(change)
        case .constant(let value): .constant(value)
        }
    }
}
