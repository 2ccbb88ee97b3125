import RegisterModel

/// What names mean inside a condition: register fields in `where`, result columns in `having`.
protocol ConditionScope {
    associatedtype Slot: Hashable & Sendable
    func slot(named name: String) -> (slot: Slot, type: ValueType, name: String)?
    func slot(for spec: AggregateSpec) -> (slot: Slot, type: ValueType, name: String)?
    /// The register field behind a slot, when its values can be checked against the register.
    func registerField(_ slot: Slot) -> Field?
    /// The clause the condition is in: `where` or `having`.
    var clause: Clause { get }
}

struct RegisterScope: ConditionScope {
    func slot(named name: String) -> (slot: Field, type: ValueType, name: String)? {
        Field(name: name).map { ($0, ValueType($0.type), $0.name) }
    }

    func slot(for spec: AggregateSpec) -> (slot: Field, type: ValueType, name: String)? { nil }
    func registerField(_ slot: Field) -> Field? { slot }
    var clause: Clause { .where }
}

struct ResultScope: ConditionScope {
    let grouping: Grouping

    func slot(named name: String) -> (slot: Int, type: ValueType, name: String)? {
        let lower = name.lowercased()
        if let index = grouping.columns.firstIndex(where: { $0.name.lowercased() == lower }) {
            return (index, type(of: grouping.columns[index]), grouping.columns[index].name)
        }
        return nil
    }

    func slot(for spec: AggregateSpec) -> (slot: Int, type: ValueType, name: String)? {
        for (index, column) in grouping.columns.enumerated() {
            if case .aggregate(let i) = column.source, grouping.aggregates[i] == spec { return (index, spec.resultType, column.name) }
        }
        return nil
    }

    func type(of column: GroupColumn) -> ValueType {
        switch column.source {
        case .key(let i): ValueType(grouping.keys[i].type)
        case .aggregate(let i): grouping.aggregates[i].resultType
        }
    }

    func registerField(_ slot: Int) -> Field? {
        if case .key(let i) = grouping.columns[slot].source { return grouping.keys[i] }
        return nil
    }

    var clause: Clause { .having }
}

/// An operand after name resolution.
enum ResolvedOperand<Slot> {
    case slot(Slot, ValueType, name: String, range: SourceRange)
    case literal(text: String, range: SourceRange, isBare: Bool)
}

extension Checker {
    // MARK: - Conditions

    /// Builds a condition, reporting every independent error in it; nil when any.
    mutating func build<Scope: ConditionScope>(_ expression: Expression, scope: inout Scope) -> Condition<Scope.Slot>? {
        if let subject = expression.subjectInAnotherReport {
            guard scope.clause == .where, Scope.Slot.self == Field.self else {
                error("another report's values belong in 'where' and 'select', not \(scope.clause.quoted)", at: subject.range)
                return nil
            }
            return conditionInAnotherReport(expression, subject: subject).map { $0 as! Condition<Scope.Slot> }
        }
        switch expression {
        case .change(let predicate, let range):
            guard scope.clause == .where, Scope.Slot.self == Field.self else {
                error("changes between reports belong in 'where', not \(scope.clause.quoted)", at: range)
                return nil
            }
            return change(predicate, at: range).map { $0 as! Condition<Scope.Slot> }
        case .or(let terms, _):
            let built = terms.map { build($0, scope: &scope) }
            return built.contains { $0 == nil } ? nil : .any(built.map { $0! })
        case .and(let terms, _):
            let built = terms.map { build($0, scope: &scope) }
            return built.contains { $0 == nil } ? nil : .all(built.map { $0! })
        case .not(let inner, _):
            return build(inner, scope: &scope).map { .not($0) }
        case .comparison(let left, let op, let right, _):
            return comparison(left, op, right, scope: scope)
        case .between(let value, let low, let high, let negated, _):
            let lower = comparison(value, .greaterEqual, low, scope: scope)
            let upper = comparison(value, .lessEqual, high, scope: scope)
            guard let lower, let upper else { return nil }
            return negate(.all([lower, upper]), negated)
        case .membership(let value, let members, let negated, _):
            let built = members.map { comparison(value, .equal, $0, scope: scope) }
            if built.contains(where: { $0 == nil }) { return nil }
            return negate(Self.mergeEqualities(built.map { $0! }), negated)
        case .contains(let value, let needle, let negated, let range):
            guard let (slot, _) = textSlot(value, operation: .contains, scope: scope, range: range),
                  let text = literalText(needle, scope: scope, purpose: "the text to look for") else { return nil }
            let found = TextNeedle(text)
            if found.isOnlySeparators {
                error("'contains' ignores spaces and punctuation, so \(Diagnostic.quoted(text)) leaves nothing to look for",
                      at: needle.range, hints: ["hint: like matches them as written: \(slotName(value)) like \(Diagnostic.quoted("%" + text + "%"))"])
                return nil
            }
            if let field = scope.registerField(slot) { probe(field, .contains(found), at: needle.range) }
            return negate(.test(slot, .text(.contains(found))), negated)
        case .like(let value, let pattern, let negated, let range):
            guard let (slot, _) = textSlot(value, operation: .like, scope: scope, range: range),
                  let text = literalText(pattern, scope: scope, purpose: "a pattern") else { return nil }
            let like = LikePattern(text)
            if let field = scope.registerField(slot) { probe(field, .like(like), at: pattern.range) }
            return negate(.test(slot, .text(.like(like))), negated)
        case .isEmpty(let value, let negated, _):
            guard case .slot(let slot, let type, let name, let range)? = resolve(value, scope: scope, requireSlot: true) else { return nil }
            guard type.isTextual else {
                let hint = type == .month ? ["hint: a month is never empty; to find unknown months use '\(name) is tbc'"] : []
                error("'is empty' applies to text and lists; \(name) is a \(type.name)", at: range, hints: hint)
                return nil
            }
            return negate(.test(slot, .text(.isEmpty)), negated)
        case .isTBC(let value, let negated, _):
            guard case .slot(let slot, let type, let name, let range)? = resolve(value, scope: scope, requireSlot: true) else { return nil }
            switch type {
            case .month: return negate(.test(slot, .month(.oneOf([.tbc]))), negated)
            case .text, .list: return negate(.test(slot, .text(.equalsKey([equalityKey("TBC")]))), negated)
            case .kind, .integer:
                error("'is tbc' applies to months; \(name) is a \(type.name)", at: range)
                return nil
            }
        case .invalid:
            return nil
        }
    }

    func negate<Slot>(_ condition: Condition<Slot>, _ negated: Bool) -> Condition<Slot> {
        negated ? .not(condition) : condition
    }

    /// `a in (x, y)` is `a = x or a = y`; equalities on one slot merge into one set test.
    /// The sets are gathered in place: a 20,000-value list costs 20,000 insertions, not
    /// 20,000 copies of a growing set.
    static func mergeEqualities<Slot>(_ conditions: [Condition<Slot>]) -> Condition<Slot> {
        guard conditions.count > 1, case .test(let slot, let first) = conditions[0] else {
            return conditions.count == 1 ? conditions[0] : .any(conditions)
        }
        var kinds: Set<Kind> = [], texts: Set<String> = [], months: Set<Month> = [], integers: Set<Int> = []
        for condition in conditions {
            guard case .test(let other, let test) = condition, other == slot else { return .any(conditions) }
            switch (first, test) {
            case (.kind(.oneOf), .kind(.oneOf(let more))): kinds.formUnion(more)
            case (.text(.equalsKey), .text(.equalsKey(let more))): texts.formUnion(more)
            case (.month(.oneOf), .month(.oneOf(let more))): months.formUnion(more)
            case (.integer(.oneOf), .integer(.oneOf(let more))): integers.formUnion(more)
            // Order, patterns and `is empty` are not equalities; tests of two types never merge.
            case (.kind, _), (.text, _), (.month, _), (.integer, _): return .any(conditions)
            }
        }
        switch first {
        case .kind: return .test(slot, .kind(.oneOf(kinds)))
        case .text: return .test(slot, .text(.equalsKey(texts)))
        case .month: return .test(slot, .month(.oneOf(months)))
        case .integer: return .test(slot, .integer(.oneOf(integers)))
        }
    }

    // MARK: - Comparisons

    mutating func comparison<Scope: ConditionScope>(_ left: Operand, _ op: ComparisonOperator, _ right: Operand,
                                                    scope: Scope) -> Condition<Scope.Slot>? {
        if left.readsAnotherReport || right.readsAnotherReport, let field = [left, right].lazy.compactMap(\.textualField).first {
            error("\(field.name) is \(ValueType(field.type).name): across reports, fields compare with values, and months with months",
                  at: left.range.union(right.range), hints: ["hint: '\(field.name) changed' finds where it differs from the report before"])
            return nil
        }
        if left.isComputed || right.isComputed || left.readsAnotherReport || right.readsAnotherReport {
            return valueComparison(left, op, right, clause: scope.clause)
        }
        let l = resolve(left, scope: scope), r = resolve(right, scope: scope)
        guard let l, let r else { return nil }
        switch (l, r) {
        case (.slot(let slot, let type, let name, _), .literal(let text, let range, _)):
            return test(slot, type: type, name: name, op, literal: text, at: range, scope: scope)
        case (.literal(let text, let range, _), .slot(let slot, let type, let name, _)):
            return test(slot, type: type, name: name, op.swapped, literal: text, at: range, scope: scope)
        case (.slot(let a, let typeA, let nameA, _), .slot(let b, let typeB, let nameB, let rangeB)):
            guard typeA.comparable(with: typeB) else {
                var hints: [String] = []
                if case .word(let word) = right { hints.append("hint: to compare with the text \(Diagnostic.quoted(word.text)), quote it: \(nameA) \(op.rawValue) \(Diagnostic.quoted(word.text))") }
                error("cannot compare \(nameA) (\(typeA.name)) with \(nameB) (\(typeB.name))", at: rangeB, hints: hints)
                return nil
            }
            if typeA == .list || typeB == .list, op != .equal, op != .notEqual {
                error("lists can be compared with '=' and '!=' only", at: rangeB)
                return nil
            }
            return op == .notEqual ? .not(.compare(a, .equal, b)) : .compare(a, op, b)
        case (.literal(let text, let range, let isBare), .literal):
            if isBare, let suggestion = suggestion(for: text, among: Field.stored.map(\.name)) {
                error("unknown field \(Diagnostic.quoted(text)); did you mean '\(suggestion)'?", at: range)
            } else {
                let spacing = arithmeticSpacingHint(text)
                error("neither side of '\(op.rawValue)' is a field", at: left.range.union(right.range),
                      hints: spacing.isEmpty ? ["hint: the fields are \(Field.stored.map(\.name).joined(separator: ", "))"] : spacing)
            }
            return nil
        }
    }

    /// A slot compared with a literal: the literal takes the slot's type.
    mutating func test<Scope: ConditionScope>(_ slot: Scope.Slot, type: ValueType, name: String, _ op: ComparisonOperator,
                                              literal text: String, at range: SourceRange, scope: Scope) -> Condition<Scope.Slot>? {
        if op == .notEqual {
            return test(slot, type: type, name: name, .equal, literal: text, at: range, scope: scope).map { .not($0) }
        }
        switch type {
        case .kind:
            guard let kind = Kind(code: text) else {
                var message = "expected a kind (\(Kind.codeList)), found \(Diagnostic.quoted(text))"
                if let suggestion = suggestion(for: text, among: Kind.allCases.map(\.code)) { message += "; did you mean '\(suggestion)'?" }
                error(message, at: range)
                return nil
            }
            let kinds = Kind.allCases.filter { Self.holds(op, $0.rawValue, kind.rawValue) }
            return .test(slot, .kind(.oneOf(Set(kinds))))
        case .text, .list:
            if op == .equal {
                let key = equalityKey(text)
                if let field = scope.registerField(slot) { probe(field, .equals(key: key, text: text), at: range) }
                return .test(slot, .text(.equalsKey([key])))
            }
            return .test(slot, .text(.ordered(op, text)))
        case .month:
            guard let month = Month(parsing: text) else {
                error("expected a month, like May-22 or 2022-05, found \(Diagnostic.quoted(text))", at: range,
                      hints: ["hint: \(name) is a month; TBC is written tbc"] + arithmeticSpacingHint(text))
                return nil
            }
            if op == .equal { return .test(slot, .month(.oneOf([month]))) }
            if month.isTBC {
                error("TBC is neither before nor after any month", at: range, hints: ["hint: to find unknown months use '\(name) is tbc'"])
                return nil
            }
            return .test(slot, .month(.ordered(op, month)))
        case .integer:
            guard let number = Int(text) else {
                error("expected a whole number, found \(Diagnostic.quoted(text))", at: range, hints: ["hint: \(name) is a number"])
                return nil
            }
            return .test(slot, .integer(op == .equal ? .oneOf([number]) : .ordered(op, number)))
        }
    }

    static func holds(_ op: ComparisonOperator, _ a: UInt8, _ b: UInt8) -> Bool {
        switch op {
        case .equal: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessEqual: a <= b
        case .greater: a > b
        case .greaterEqual: a >= b
        }
    }

    // MARK: - Operands

    mutating func resolve<Scope: ConditionScope>(_ operand: Operand, scope: Scope, requireSlot: Bool = false) -> ResolvedOperand<Scope.Slot>? {
        switch operand {
        case .word(let name):
            if let (slot, type, fieldName) = scope.slot(named: name.text) {
                if let field = scope.registerField(slot), field == .report, !reportIsKnown(at: name.range) { return nil }
                return .slot(slot, type, name: fieldName, range: name.range)
            }
            if scope.clause == .having, let field = Field(name: name.text) {
                error("'\(field.name)' is not a column of the grouped result", at: name.range,
                      hints: ["hint: 'having' sees the group keys and aggregates, such as count"])
                return nil
            }
            if requireSlot {
                _ = self.field(name)
                return nil
            }
            return .literal(text: name.text, range: name.range, isBare: true)
        case .quoted(let text, let range):
            if requireSlot { return notAField(range) }
            return .literal(text: text, range: range, isBare: false)
        case .integer(let text, let range):
            if requireSlot { return notAField(range) }
            return .literal(text: text, range: range, isBare: false)
        case .parameter(let name):
            guard let value = parameterValue(name) else { return nil }
            if requireSlot { return notAField(name.range) }
            return .literal(text: value, range: name.range, isBare: false)
        case .aggregate(let call):
            guard scope.clause == .having else {
                error("aggregates belong in 'select' and 'having', not \(scope.clause.quoted)", at: call.range)
                return nil
            }
            guard let spec = aggregateSpec(call) else { return nil }
            guard let (slot, type, name) = scope.slot(for: spec) else { return nil }
            return .slot(slot, type, name: name, range: call.range)
        case .arithmetic, .size:
            error("expected a field here, found \(Diagnostic.quoted(text(of: operand))), which is computed", at: operand.range)
            return nil
        case .fieldAt:
            error("expected a field of the report queried here, found \(Diagnostic.quoted(text(of: operand)))", at: operand.range)
            return nil
        }
    }

    mutating func notAField<Slot>(_ range: SourceRange) -> ResolvedOperand<Slot>? {
        error("expected a field here, found a value", at: range)
        return nil
    }

    /// The slot before `contains`/`like`, which must be text.
    mutating func textSlot<Scope: ConditionScope>(_ operand: Operand, operation: Keyword, scope: Scope,
                                                  range: SourceRange) -> (Scope.Slot, ValueType)? {
        guard case .slot(let slot, let type, let name, let slotRange)? = resolve(operand, scope: scope, requireSlot: true) else { return nil }
        guard type.isTextual else {
            error("'\(operation.text)' applies to text and lists; \(name) is a \(type.name)", at: slotRange)
            return nil
        }
        return (slot, type)
    }

    /// The operand before `contains` or `like` in canonical form, for hints.
    func slotName(_ operand: Operand) -> String {
        CanonicalText(parameters: parameters).operand(operand)
    }

    /// The literal after `contains`/`like`: a bare word here is text even if it names a field.
    mutating func literalText<Scope: ConditionScope>(_ operand: Operand, scope: Scope, purpose: String) -> String? {
        switch operand {
        case .word(let name): return name.text
        case .quoted(let text, _), .integer(let text, _): return text
        case .parameter(let name): return parameterValue(name)
        case .aggregate(let call):
            error("expected \(purpose), found an aggregate", at: call.range)
            return nil
        case .arithmetic, .size, .fieldAt:
            error("expected \(purpose), found \(Diagnostic.quoted(text(of: operand))), which is computed", at: operand.range)
            return nil
        }
    }
}

extension Operand {
    /// The text or list field it names (`status`, `ref@prev`), if any.
    var textualField: Field? {
        switch self {
        case .word(let name), .fieldAt(let name, _):
            guard let field = Field(name: name.text), field.type == .text || field.type == .list else { return nil }
            return field
        default:
            return nil
        }
    }
}
