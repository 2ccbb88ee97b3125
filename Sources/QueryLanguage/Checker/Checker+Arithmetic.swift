import RegisterModel

/// The types of the arithmetic: month ± whole number is a month, month − month a whole
/// number of months, whole number ± whole number a whole number, `size(list)` a whole
/// number. A literal takes the type its place asks for, or, where nothing asks, is a
/// whole number or a month as it reads.
extension Checker {
    /// `dag - review > 1`, `dag > review + 1`: a comparison with arithmetic on a side.
    /// The computed side is typed first, and a literal on the other side as it.
    mutating func valueComparison<Slot>(_ left: Operand, _ op: ComparisonOperator, _ right: Operand,
                                        clause: Clause) -> Condition<Slot>? {
        let computed = left.isComputed ? left : right
        guard clause == .where else {
            error("arithmetic belongs in 'where', 'select' and 'order by'; \(clause.quoted) compares group keys and aggregates",
                  at: computed.range)
            return nil
        }
        let other = left.isComputed ? right : left
        guard let first = value(computed), let second = value(other, as: first.type, comparedWith: computed) else { return nil }
        guard first.type == second.type else {
            error("cannot compare \(text(of: left)) (\(describe(left.isComputed ? first.type : second.type))) with \(text(of: right)) (\(describe(left.isComputed ? second.type : first.type)))",
                  at: other.range)
            return nil
        }
        let (l, r) = left.isComputed ? (first, second) : (second, first)
        if op != .equal, op != .notEqual, l == .month(.tbc) || r == .month(.tbc) {
            error("TBC is neither before nor after any month", at: (l == .month(.tbc) ? left : right).range,
                  hints: ["hint: to find unknown months use 'is tbc' on a month field"])
            return nil
        }
        return op == .notEqual ? .not(.compareValues(l, .equal, r)) : .compareValues(l, op, r)
    }

    /// A selected column or an order key computed per artefact: arithmetic or `size(…)`,
    /// not a value alone (`select (5)`), which would be the same on every row.
    mutating func computedValue(_ operand: Operand, role: String) -> ValueExpression? {
        guard operand.isComputed || operand.readsAnotherReport else {
            error("\(role) is a field, an aggregate or arithmetic on fields, not the value \(Diagnostic.quoted(text(of: operand)))",
                  at: operand.range)
            return nil
        }
        return value(operand)
    }

    /// An operand as a typed value: arithmetic, `size(…)`, a month field or a literal.
    /// `type`, when given, is the type a literal must have; `comparedWith` names what it
    /// is compared with, for messages.
    mutating func value(_ operand: Operand, as type: ValueType? = nil, comparedWith: Operand? = nil) -> ValueExpression? {
        switch operand {
        case .arithmetic(let l, let op, let r, _):
            let left = value(l), right = value(r)
            guard let left, let right else { return nil }
            return arithmetic(left, op, right, l, r)
        case .size(let name, _):
            guard let field = field(name) else { return nil }
            guard field.type == .list else {
                error("size() counts the elements of a list (\(Self.listFieldNames)); \(field.name) is \(ValueType(field.type).name)",
                      at: name.range)
                return nil
            }
            return .size(field)
        case .word(let name):
            if let field = Field(name: name.text) {
                if field == .report, !reportIsKnown(at: name.range) { return nil }
                guard field.type == .month else {
                    notArithmetic(field, at: name.range, comparedWith: comparedWith)
                    return nil
                }
                return .field(field)
            }
            return literal(name.text, as: type, at: name.range, isBare: true, comparedWith: comparedWith)
        case .quoted(let text, let range), .integer(let text, let range):
            return literal(text, as: type, at: range, isBare: false, comparedWith: comparedWith)
        case .parameter(let name):
            guard let text = parameterValue(name) else { return nil }
            return literal(text, as: type, at: name.range, isBare: false, comparedWith: comparedWith)
        case .aggregate(let call):
            error("aggregates belong in 'select' and 'having', not in arithmetic", at: call.range)
            return nil
        case .fieldAt(let name, let reference):
            guard let field = field(name), notReport(field, at: name.range),
                  let report = resolveReport(reference, relativeTo: queryReport) else { return nil }
            guard field.type == .month else {
                error("\(text(of: operand)) is \(ValueType(field.type).name): only months compare with fields and count across reports",
                      at: operand.range, hints: ["hint: '\(field.name) changed' finds a change; '\(text(of: operand)) = value' tests the old value"])
                return nil
            }
            return .fieldAt(field, report: report)
        }
    }

    /// The typed arithmetic of two typed values, or an error at the side that does not fit.
    mutating func arithmetic(_ left: ValueExpression, _ op: ArithmeticOperator, _ right: ValueExpression,
                             _ l: Operand, _ r: Operand) -> ValueExpression? {
        switch (left.type, op, right.type) {
        case (.month, .plus, .integer): return .monthPlus(left, months: right)
        case (.integer, .plus, .month): return .monthPlus(right, months: left)
        case (.month, .minus, .integer): return .monthMinus(left, months: right)
        case (.month, .minus, .month): return .monthsBetween(left, right)
        case (.integer, .plus, .integer): return .sum(left, right)
        case (.integer, .minus, .integer): return .difference(left, right)
        case (.month, .plus, .month):
            error("'+' adds a whole number of months to a month; \(text(of: r)) is a month", at: r.range,
                  hints: ["hint: the months between two months are their difference: \(text(of: l)) - \(text(of: r))"])
        default:
            error("cannot subtract a month from a whole number; \(text(of: r)) is a month", at: r.range,
                  hints: ["hint: write the month first: \(text(of: r)) - \(text(of: l))"])
        }
        return nil
    }

    /// A literal in arithmetic or compared with it: of `type` when given, otherwise a
    /// whole number or a month as it reads.
    mutating func literal(_ text: String, as type: ValueType?, at range: SourceRange, isBare: Bool,
                          comparedWith: Operand?) -> ValueExpression? {
        if type != .month, let number = Int(text) { return .integer(number) }
        if type != .integer, let month = Month(parsing: text) {
            if month.isTBC, comparedWith == nil {
                error("TBC has no arithmetic: it is not a month", at: range, hints: ["hint: to find unknown months use 'is tbc' on a month field"])
                return nil
            }
            return .month(month)
        }
        if isBare, let suggestion = suggestion(for: text, among: Field.stored.map(\.name)) {
            error("unknown field \(Diagnostic.quoted(text)); did you mean '\(suggestion)'?", at: range)
            return nil
        }
        let against = comparedWith.map { " (compared with \(self.text(of: $0)))" } ?? ""
        switch type {
        case .month?:
            error("expected a month, like May-22 or 2022-05, found \(Diagnostic.quoted(text))\(against)", at: range)
        case .integer?:
            error("expected a whole number, found \(Diagnostic.quoted(text))\(against)", at: range)
        default:
            error("expected a month (like May-22 or 2022-05) or a whole number in arithmetic, found \(Diagnostic.quoted(text))",
                  at: range, hints: ["hint: the month fields are \(Field.stored.filter { $0.type == .month }.map(\.name).joined(separator: ", "))"])
        }
        return nil
    }

    /// A field that is not a month where a month or a number is needed.
    mutating func notArithmetic(_ field: Field, at range: SourceRange, comparedWith: Operand?) {
        let type = ValueType(field.type)
        let hints = field.type == .list ? ["hint: size(\(field.name)) is how many elements it holds"] : []
        if let comparedWith {
            error("cannot compare \(field.name) (\(type.name)) with \(text(of: comparedWith)), which is computed from months and numbers",
                  at: range, hints: hints)
        } else {
            error("arithmetic takes months and whole numbers; \(field.name) is \(type.name)", at: range, hints: hints)
        }
    }

    /// `dag-review` is one word (words may hold `-`): when one reads as a field minus
    /// something, a hint to put spaces around the `-`.
    func arithmeticSpacingHint(_ text: String) -> [String] {
        guard let dash = text.firstIndex(of: "-"), let field = Field(name: text[..<dash]) else { return [] }
        let rest = text[text.index(after: dash)...]
        guard !rest.isEmpty else { return [] }
        return ["hint: to subtract, put spaces around '-': \(field.name) - \(rest)"]
    }

    /// How a value's type reads in a message.
    func describe(_ type: ValueType) -> String {
        type == .integer ? "a whole number" : "a " + type.name
    }

    /// An operand as canonical text, for messages and default column names.
    func text(of operand: Operand) -> String {
        CanonicalText(parameters: parameters).operand(operand)
    }

    static var listFieldNames: String { Field.fields(of: .list).map(\.name).joined(separator: ", ") }
}
