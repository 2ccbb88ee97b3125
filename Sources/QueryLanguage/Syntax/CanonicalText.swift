import RegisterModel

/// Prints a statement back in one canonical spelling: keywords and fields lower-case,
/// kinds upper-case, months as `May-22`, literals quoted only when they must be, and
/// parameters replaced by their values. `explain` shows it; `.save` writes it.
public struct CanonicalText {
    let parameters: [String: String]

    public init(parameters: [String: String] = [:]) { self.parameters = parameters }

    /// The statement; `conditionTerms`, when given, are the canonical texts of the
    /// condition's top-level `and` terms, already printed (a long condition is then
    /// printed once, not twice).
    public func query(_ q: Query, conditionTerms: [String]? = nil) -> String {
        if let diff = q.diff {
            var parts = [spelled(.diff)]
            if let from = diff.from { parts.append(report(from)) }
            if let to = diff.to { parts.append(spelled(.to) + " " + report(to)) }
            if let condition = q.condition { parts.append(spelled(.where) + " " + expression(condition)) }
            return parts.joined(separator: " ")
        }
        var parts: [String] = [q.isExplain ? spelled(.explain, .select) : spelled(.select)]
        if q.distinct { parts.append(spelled(.distinct)) }
        switch q.selection {
        case .star: parts.append("*")
        case .columns(let columns): parts.append(columns.map(column).joined(separator: ", "))
        }
        if let from = q.from { parts.append(spelled(.from) + " " + from.map { word($0.text) }.joined(separator: ", ")) }
        if let reference = q.report { parts.append(report(reference)) }
        if let condition = q.condition {
            if let texts = conditionTerms, case .and(let terms, _) = condition, texts.count == terms.count {
                parts.append(spelled(.where) + " " + zip(terms, texts).map { term, text in
                    if case .or = term { return "(" + text + ")" }
                    return text
                }.joined(separator: " " + spelled(.and) + " "))
            } else if let texts = conditionTerms, texts.count == 1 {
                parts.append(spelled(.where) + " " + texts[0])
            } else {
                parts.append(spelled(.where) + " " + expression(condition))
            }
        }
        if !q.groupBy.isEmpty { parts.append(spelled(.group, .by) + " " + q.groupBy.map { word($0.text) }.joined(separator: ", ")) }
        if let pivot = q.pivot { parts.append(spelled(.pivot) + " " + word(pivot.text)) }
        if let having = q.having { parts.append(spelled(.having) + " " + expression(having)) }
        if !q.orderBy.isEmpty {
            parts.append(spelled(.order, .by) + " " + q.orderBy.map { key in
                (key.aggregate.map(aggregate) ?? key.computed.map(operand) ?? word(key.name.text)) + (key.descending ? " " + spelled(.desc) : "")
            }.joined(separator: ", "))
        }
        if let limit = q.limit {
            switch limit.value {
            case .count(let n): parts.append(spelled(.limit) + " \(n)")
            case .parameter(let name): parts.append(spelled(.limit) + " " + (parameters[name.text] ?? "$" + name.text))
            }
        }
        return parts.joined(separator: " ")
    }

    func column(_ c: SelectedColumn) -> String {
        var text: String
        switch c.value {
        case .name(let name): text = word(name.text)
        case .aggregate(let call): text = aggregate(call)
        case .computed(let value): text = operand(value)
        }
        if let alias = c.alias { text += " " + spelled(.as) + " " + alias.text }
        return text
    }

    func aggregate(_ call: AggregateCall) -> String {
        call.function.rawValue + "(" + (call.distinct ? spelled(.distinct) + " " : "") + (call.argument.map { word($0.text) } ?? "*") + ")"
    }

    /// A condition; nested `or` inside `and` (and any `not` of a compound) is parenthesised.
    public func expression(_ e: Expression) -> String {
        switch e {
        case .or(let terms, _): return terms.map(expression).joined(separator: " " + spelled(.or) + " ")
        case .and(let terms, _): return terms.map { term in
            if case .or = term { return "(" + expression(term) + ")" }
            return expression(term)
        }.joined(separator: " " + spelled(.and) + " ")
        case .not(let inner, _):
            switch inner {
            case .or, .and: return spelled(.not) + " (" + expression(inner) + ")"
            default: return spelled(.not) + " " + expression(inner)
            }
        case .comparison(let l, let op, let r, _):
            return operand(l) + " " + op.rawValue + " " + operand(r)
        case .between(let v, let low, let high, let negated, _):
            return operand(v) + negation(negated) + " " + spelled(.between) + " " + operand(low) + " " + spelled(.and) + " " + operand(high)
        case .membership(let v, let values, let negated, _):
            return operand(v) + negation(negated) + " " + spelled(.in) + " (" + values.map(operand).joined(separator: ", ") + ")"
        case .contains(let v, let needle, let negated, _):
            return operand(v) + negation(negated) + " " + spelled(.contains) + " " + operand(needle)
        case .like(let v, let pattern, let negated, _):
            return operand(v) + negation(negated) + " " + spelled(.like) + " " + operand(pattern)
        case .isEmpty(let v, let negated, _):
            return operand(v) + " " + spelled(.is) + negation(negated) + " " + spelled(.empty)
        case .isTBC(let v, let negated, _):
            return operand(v) + " " + spelled(.is) + negation(negated) + " " + spelled(.tbc)
        case .change(let change, _):
            return self.change(change)
        case .invalid:
            return "…"
        }
    }

    func change(_ c: ChangePredicate) -> String {
        var text = c.field.map { word($0.text) + " " } ?? ""
        switch c.kind {
        case .changed(let from, let to):
            text += spelled(.changed) + (from.map { " " + spelled(.from) + " " + operand($0) } ?? "") + (to.map { " " + spelled(.to) + " " + operand($0) } ?? "")
        case .slipped: text += spelled(.slipped)
        case .advanced: text += spelled(.advanced)
        case .was(let value): text += spelled(.was) + " " + operand(value)
        case .new: text += spelled(.new)
        case .removed: text += spelled(.removed)
        }
        return text + (c.since.map { " " + spelled(.since) + " " + report($0) } ?? "")
    }

    /// Keywords as the canonical text spells them, one space apart.
    func spelled(_ keywords: Keyword...) -> String {
        keywords.map(\.text).joined(separator: " ")
    }

    /// ` not` before a negated predicate word.
    func negation(_ negated: Bool) -> String {
        negated ? " " + spelled(.not) : ""
    }

    /// `@Mar-22`, `@prev`; a parameter as its value.
    func report(_ r: ReportReference) -> String {
        switch r.target {
        case .month(let name): return "@" + word(name.text)
        case .parameter(let name): return "@" + (parameters[name.text].map(word) ?? "$" + name.text)
        case .previous: return "@" + spelled(.prev)
        case .first: return "@" + spelled(.first)
        case .latest: return "@" + spelled(.latest)
        case .all: return "@" + spelled(.all)
        }
    }

    func operand(_ o: Operand) -> String {
        switch o {
        case .word(let name): return word(name.text)
        case .quoted(let text, _): return Self.quote(text)
        case .integer(let text, _): return text
        case .parameter(let name):
            guard let value = parameters[name.text] else { return "$" + name.text }
            return Self.isBareSafe(value) && Field(name: value) == nil ? word(value) : Self.quote(value)
        case .aggregate(let call): return aggregate(call)
        case .arithmetic(let left, let op, let right, _):
            // Left-associative: only a sum or difference on the right needs parentheses.
            let rightText = if case .arithmetic = right { "(" + operand(right) + ")" } else { operand(right) }
            return operand(left) + " " + op.rawValue + " " + rightText
        case .size(let field, _): return Grammar.size + "(" + word(field.text) + ")"
        case .fieldAt(let field, let reference): return word(field.text) + report(reference)
        }
    }

    /// A bare word in its canonical case.
    func word(_ text: String) -> String {
        if let field = Field(name: text) { return field.name }
        if let kind = Kind(code: text) { return kind.code }
        if let month = Month(parsing: text) { return month.shortText }
        let lower = text.lowercased()
        if ["count", "total"].contains(lower) { return lower }
        return text
    }

    /// `"text"`, a quote inside doubled; one pass over the text, however long.
    static func quote(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    static func isBareSafe(_ text: String) -> Bool {
        guard let first = text.utf8.first, Lexer.isWordStart(first) else { return false }
        return text.utf8.allSatisfy(Lexer.isWordByte) && !text.contains("--")
    }
}
