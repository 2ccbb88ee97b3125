import QueryLanguage
import RegisterModel

/// `where` and `having` conditions in the relational form, with the meaning the engine
/// gives them: text equality on equality keys, text order ignoring case, a list passing
/// when any element does, TBC (NULL) never compared by order and equal only to TBC. Every
/// condition it makes is true or false, never unknown, so `not` is exact.
struct ConditionLowering {
    /// The type of each slot's value, and whether it can be NULL.
    let slot: (Int) -> (value: Scalar, type: ValueType, nullable: Bool)
    private var aliases = 0

    init(slot: @escaping (Int) -> (value: Scalar, type: ValueType, nullable: Bool)) {
        self.slot = slot
    }

    /// Over register fields: `where`.
    static func whereCondition(_ condition: Condition<Field>) -> Scalar {
        var lowering = ConditionLowering { raw in
            let field = Field(rawValue: raw)!
            return (.field(field), ValueType(field.type), field.type == .month)
        }
        return lowering.lower(condition.mapSlots(\.rawValue))
    }

    mutating func lower(_ condition: Condition<Int>) -> Scalar {
        switch condition {
        case .constant(let value): return .boolean(value)
        case .not(let inner): return .not(lower(inner))
        case .all(let terms): return .and(terms.map { lower($0) })
        case .any(let terms): return .or(terms.map { lower($0) })
        case .test(let index, let test):
            let (value, type, nullable) = slot(index)
            // Month tests decide TBC (NULL) themselves.
            return nullable && type != .month ? guarded(value, test: test, type: type) : self.test(test, on: value, type: type)
        case .compare(let a, let op, let b):
            return compare(slot(a), op, slot(b))
        case .compareValues(let a, let op, let b):
            // Only in `where`: the values are over the register row.
            return compare((Lowering.value(a), a.type, true), op, (Lowering.value(b), b.type, true))
        case .inReport, .change:
            preconditionFailure("a plan that reads a history is refused before it is lowered")
        }
    }

    /// A test on a value that may be NULL (TBC, or no value): NULL passes `is empty` and
    /// `is tbc` only.
    private mutating func guarded(_ value: Scalar, test: Test, type: ValueType) -> Scalar {
        let tested = self.test(test, on: value, type: type)
        switch test {
        case .isEmpty: return .or([.isNull(value), tested])
        default: return .and([.not(.isNull(value)), tested])
        }
    }

    mutating func test(_ test: Test, on value: Scalar, type: ValueType) -> Scalar {
        switch type {
        case .kind:
            guard case .kindIn(let kinds) = test else { return .boolean(false) }
            return .oneOf(value, Kind.allCases.filter(kinds.contains).map { .text($0.code) })
        case .text:
            return textTest(test, on: value)
        case .list:
            if test == .isEmpty { return .listIsEmpty(value) }
            let alias = nextAlias()
            return .anyElement(value, alias: alias, textTest(test, on: .element(alias)))
        case .month:
            return monthTest(test, on: value)
        case .integer:
            switch test {
            case .integerIn(let values): return .oneOf(value, values.sorted().map(Scalar.integer))
            case .integerOrder(let op, let number): return .compare(value, op, .integer(number))
            default: return .boolean(false)
            }
        }
    }

    /// On a text value that is never NULL: a text cell or a list element.
    private func textTest(_ test: Test, on value: Scalar) -> Scalar {
        switch test {
        case .textEquals(let keys):
            return .oneOf(.equalityKey(value), keys.sorted().map(Scalar.text))
        case .textOrder(let op, let literal):
            return .compare(.binary(.lowered(value)), op, .binary(.text(literal.lowercased())))
        case .contains(let needle):
            if needle.key.isEmpty { return .boolean(true) }
            let pattern = "%" + (needle.startsAtWord ? "-" : "") + needle.key + (needle.endsAtWord ? "-" : "") + "%"
            return .like(.concat([.text("-"), .equalityKey(value), .text("-")]), pattern: pattern)
        case .like(let pattern):
            return .like(.lowered(value), pattern: pattern.text.lowercased())
        case .isEmpty:
            return .compare(value, .equal, .text(""))
        default:
            return .boolean(false)
        }
    }

    private func monthTest(_ test: Test, on value: Scalar) -> Scalar {
        switch test {
        case .monthIn(let months):
            let known = months.filter { !$0.isTBC }.sorted().map(Scalar.month)
            var terms: [Scalar] = []
            if !known.isEmpty { terms.append(.and([.not(.isNull(value)), .oneOf(value, known)])) }
            if months.contains(.tbc) { terms.append(.isNull(value)) }
            return terms.count == 1 ? terms[0] : .or(terms)
        case .monthOrder(let op, let month):
            return .and([.not(.isNull(value)), .compare(value, op, .month(month))])
        default:
            return .boolean(false)
        }
    }

    /// Two values of one type compared: months with TBC equal only to TBC and never
    /// ordered; text and lists when some pair of their elements compares so.
    private mutating func compare(_ a: (value: Scalar, type: ValueType, nullable: Bool), _ op: ComparisonOperator,
                                  _ b: (value: Scalar, type: ValueType, nullable: Bool)) -> Scalar {
        switch (a.type, b.type) {
        case (.month, .month):
            if op == .equal { return .sameValue(a.value, b.value) }
            return .and([.not(.isNull(a.value)), .not(.isNull(b.value)), .compare(a.value, op, b.value)])
        case (.integer, .integer):
            // No value (NULL) fails every comparison, equality too.
            if !a.nullable && !b.nullable { return .compare(a.value, op, b.value) }
            return .and([.not(.isNull(a.value)), .not(.isNull(b.value)), .compare(a.value, op, b.value)])
        case (.kind, .kind):
            return .compare(.kindRank(a.value), op, .kindRank(b.value))
        default:
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
