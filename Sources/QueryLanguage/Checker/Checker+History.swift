import RegisterModel

/// The language of a history: which report a query runs on (`@Feb-22`), a field's value
/// in another report (`dag@prev`), and the changes between two reports (`dag slipped`,
/// `status changed to blocked`, `new`, `removed`).
extension Checker {
    /// Whether the field `report` means something here: with a history loaded, the month
    /// of the report a row comes from. Reported when not.
    mutating func reportIsKnown(at range: SourceRange) -> Bool {
        guard reports.isEmpty else { return true }
        error("'report' is the month of a history's report, and no history is loaded", at: range,
              hints: ["hint: load one with --history DIR, -r MONTH=FILE (repeated) or .load DIR; then select report, count(*) from * @all group by report"])
        return false
    }

    /// `report` is the month of the report a row is read from: it names no value of the
    /// artefact to read in another report or to compare across reports.
    mutating func notReport(_ field: Field, at range: SourceRange) -> Bool {
        guard field == .report else { return true }
        error("'report' is the month of the report each row comes from, not a value of the artefact to follow across reports",
              at: range, hints: ["hint: select report, … @all shows each report's rows with their month"])
        return false
    }

    /// The report `reference` names; `@prev` is the report before `base`.
    mutating func resolveReport(_ reference: ReportReference, relativeTo base: ReportIndex) -> ReportIndex? {
        guard !reports.isEmpty else {
            error("'@' names a report of a history, and none is loaded", at: reference.range,
                  hints: ["hint: load one with --history DIR, -r MONTH=FILE (repeated) or .load DIR"])
            return nil
        }
        if acrossReports && !buildingArtefactTerm {
            error("'@all' runs over every report at once, so no other report can be read here", at: reference.range,
                  hints: ["hint: a 'where' condition may, asked of each artefact in the latest report: select report, name, dag @all where dag slipped"])
            return nil
        }
        termReadsAnotherReport = true
        switch reference.target {
        case .all:
            error("'@all' ranges over every report: it names the reports a query runs on, not one to read", at: reference.range,
                  hints: ["hint: select report, name, dag from IF @all where ref = MHHSP-IF-021"])
            return nil
        case .first: return ReportIndex(0, name: .first(on: 0))
        case .latest: return ReportIndex(reports.count - 1, name: .latest(back: 0))
        case .previous:
            guard base.index > 0 else {
                error("there is no report before \(reports[base.index].shortText), the first loaded", at: reference.range,
                      hints: ["hint: the reports are " + reportList])
                return nil
            }
            return report(after: base, by: -1)
        case .month(let name):
            return report(named: name.text, at: name.range)
        case .parameter(let name):
            guard let value = parameterValue(name) else { return nil }
            return report(named: value, at: reference.range)
        }
    }

    /// The report `steps` reports after `base` (before it when negative), named from it.
    private func report(after base: ReportIndex, by steps: Int) -> ReportIndex {
        let index = base.index + steps
        return ReportIndex(index, name: base.name.moved(by: steps, to: reports[index]))
    }

    /// A `where` term. With `@all`, one that compares reports (`dag slipped`,
    /// `status@prev = blocked`) is asked of each artefact in the latest report, the one
    /// it is checked on: a row passes when its artefact passes there. So
    /// `select report, name, dag @all where dag slipped` is the trend of what slipped.
    mutating func buildTerm(_ term: Expression, scope: inout RegisterScope) -> Condition<Field>? {
        guard acrossReports else { return build(term, scope: &scope) }
        (buildingArtefactTerm, termReadsAnotherReport) = (true, false)
        defer { buildingArtefactTerm = false }
        guard let built = build(term, scope: &scope) else { return nil }
        return termReadsAnotherReport ? .inReport(queryReport, built) : built
    }

    private var reportList: String { reports.map(\.shortText).joined(separator: ", ") }

    private mutating func report(named text: String, at range: SourceRange) -> ReportIndex? {
        guard let month = Month(parsing: text), !month.isTBC else {
            error("\(Diagnostic.quoted(text)) is not a report: write a month such as \(reports[reports.count - 1].shortText), or prev, first, latest",
                  at: range, hints: ["hint: the reports are " + reportList])
            return nil
        }
        if let index = reports.firstIndex(of: month) { return ReportIndex(index, name: .month(month)) }
        let nearest = reports.min { abs(Int($0.ordinal) - Int(month.ordinal)) < abs(Int($1.ordinal) - Int(month.ordinal)) }!
        error("no report of \(month.shortText) is loaded; did you mean \(nearest.shortText)?", at: range,
              hints: ["hint: the reports are " + reportList])
        return nil
    }

    /// `diff [@A [to @B]] [where …]`: B is the current report unless named, A the one
    /// before B unless named; the condition is checked as on B.
    mutating func diffPlan(_ diff: DiffClause, query: Query, printer: CanonicalText) -> Plan? {
        guard !reports.isEmpty else {
            error("'diff' compares two reports of a history, and none is loaded", at: query.range,
                  hints: ["hint: load one with --history DIR, -r MONTH=FILE (repeated) or .load DIR"])
            return nil
        }
        var to = ReportIndex(reports.count - 1, name: .latest(back: 0))
        if let reference = diff.to {
            guard let index = resolveReport(reference, relativeTo: to) else { return nil }
            to = index
        }
        queryReport = to
        let from: ReportIndex
        if let reference = diff.from {
            guard let index = resolveReport(reference, relativeTo: to) else { return nil }
            from = index
        } else {
            guard let index = resolveReport(ReportReference(target: .previous, range: query.range), relativeTo: to) else { return nil }
            from = index
        }
        guard from.index < to.index else {
            error("'diff' goes from an earlier report to a later one: \(reports[from.index].shortText) is not before \(reports[to.index].shortText)",
                  at: diff.from?.range ?? query.range)
            return nil
        }
        var conjuncts: [(condition: Condition<Field>, text: String)] = []
        if let condition = query.condition {
            let terms: [Expression] = if case .and(let terms, _) = condition { terms } else { [condition] }
            var scope = RegisterScope()
            for term in terms {
                guard let built = build(term, scope: &scope) else { continue }
                conjuncts.append((built, printer.expression(term)))
            }
        }
        return Plan(isExplain: false, canonicalText: printer.query(query), kinds: nil, conjuncts: conjuncts,
                    shape: .diff(from: from, to: to), having: nil, havingText: nil, orderBy: [], limit: nil, report: to)
    }

    /// The report a change is measured against: `since @R` (earlier than the report
    /// queried), or the report before it.
    mutating func sinceReport(_ since: ReportReference?, at range: SourceRange) -> ReportIndex? {
        guard let since else {
            return resolveReport(ReportReference(target: .previous, range: range), relativeTo: queryReport)
        }
        guard let index = resolveReport(since, relativeTo: queryReport) else { return nil }
        guard index.index < queryReport.index else {
            error("'since' names an earlier report than the one the query runs on (\(reports[queryReport.index].shortText))", at: since.range)
            return nil
        }
        return index
    }

    /// A condition whose subject is `field@R` (`status@prev = blocked`): the same
    /// condition on the field, taken in report R. A negated one (`!=`, `not in`) stays
    /// the exact negation, so it holds where the artefact is not in R.
    mutating func conditionInAnotherReport(_ expression: Expression, subject: Operand) -> Condition<Field>? {
        guard case .fieldAt(let name, let reference) = subject, let field = field(name), notReport(field, at: name.range),
              let report = resolveReport(reference, relativeTo: queryReport) else {
            return nil
        }
        var scope = RegisterScope()
        guard let built = build(expression.replacingSubject(with: .word(name)), scope: &scope) else { return nil }
        if case .not(let inner) = built { return .not(.inReport(report, inner)) }
        return .inReport(report, built)
    }

    /// `F changed …`, `F slipped`, `F advanced`, `F was X`, `new`, `removed`.
    mutating func change(_ predicate: ChangePredicate, at range: SourceRange) -> Condition<Field>? {
        if acrossReports && !buildingArtefactTerm {
            error("'@all' runs over every report at once; a change compares one report with another", at: range,
                  hints: ["hint: in 'where', a change is asked of each artefact in the latest report: select report, name, dag @all where dag slipped"])
            return nil
        }
        guard !reports.isEmpty else {
            error("changes are between reports of a history, and none is loaded", at: range,
                  hints: ["hint: load one with --history DIR, -r MONTH=FILE (repeated) or .load DIR"])
            return nil
        }
        var field: Field?
        if let name = predicate.field {
            guard let resolved = self.field(name), notReport(resolved, at: name.range) else { return nil }
            field = resolved
        }
        switch predicate.kind {
        case .removed where predicate.since != nil:
            guard let removedSince, removedSince.range == range else {
                error("'removed since @R' chooses the rows a query runs on (the artefacts of R), so it stands alone as a term of 'where', once",
                      at: range, hints: ["hint: select * where removed since @first and kind = IF"])
                return nil
            }
            // Nil when the term could not choose the report (said already).
            return removedSince.lookedFor.map { .change(ChangeTest(kind: .removed, field: nil, report: $0)) }
        case .removed:
            guard queryReport.index + 1 < reports.count else {
                error("'removed' looks for the artefact in the report after \(reports[queryReport.index].shortText), and there is none", at: range,
                      hints: ["hint: ask it of an earlier report: select * @prev where removed"])
                return nil
            }
            return .change(ChangeTest(kind: .removed, field: nil, report: report(after: queryReport, by: 1)))
        case .new:
            guard let since = sinceReport(predicate.since, at: range) else { return nil }
            return .change(ChangeTest(kind: .new, field: nil, report: since))
        case .slipped, .advanced:
            guard let field else { return nil }
            guard field.type == .month else {
                let word = (predicate.kind == .slipped ? Keyword.slipped : .advanced).text
                error("'\(word)' compares months; \(field.name) is \(ValueType(field.type).name)", at: predicate.field!.range,
                      hints: ["hint: '\(field.name) changed' finds any change of it"])
                return nil
            }
            guard let since = sinceReport(predicate.since, at: range) else { return nil }
            return .change(ChangeTest(kind: predicate.kind == .slipped ? .slipped : .advanced, field: field, report: since))
        case .changed(let from, let to):
            guard let field else { return nil }
            let old = from.flatMap { equality(field, $0) }, new = to.flatMap { equality(field, $0) }
            if (from != nil && old == nil) || (to != nil && new == nil) { return nil }
            guard let since = sinceReport(predicate.since, at: range) else { return nil }
            return .change(ChangeTest(kind: .changed(from: old, to: new), field: field, report: since))
        case .was(let value):
            guard let field, let test = equality(field, value), let since = sinceReport(predicate.since, at: range) else { return nil }
            return .change(ChangeTest(kind: .was(test, through: queryReport), field: field, report: since))
        }
    }

    /// A query with `removed since @R` as a term of its `where` runs on report R, as its
    /// artefacts were there, and asks for each in the report it would have run on (the
    /// latest, or the one `@` names): `select * where removed since @Jan-22` lists what the
    /// reports since Jan-22 dropped. Gives R's index, having made it the report queried.
    mutating func runsOnRemovedSinceReport(_ query: Query) -> ReportIndex? {
        guard let condition = query.condition else { return nil }
        let terms: [Expression] = if case .and(let terms, _) = condition { terms } else { [condition] }
        for term in terms {
            guard case .change(let predicate, let range) = term, case .removed = predicate.kind, let since = predicate.since else { continue }
            removedSince = (range, nil)
            if acrossReports {
                error("'removed since @R' lists the artefacts of R that later reports dropped; '@all' runs over every report at once",
                      at: range, hints: ["hint: select * where removed since @first"])
                return nil
            }
            guard let index = sinceReport(since, at: range) else { return nil }
            removedSince = (range, queryReport)
            queryReport = index
            return index
        }
        return nil
    }

    /// `field = value`, as `where` would test it.
    private mutating func equality(_ field: Field, _ value: Operand) -> Condition<Field>? {
        comparison(.word(Name(text: field.name, range: value.range)), .equal, value, scope: RegisterScope())
    }
}

extension Expression {
    /// The operand a predicate is about, when it reads another report (`status@prev = x`,
    /// `x = status@prev`, `ref@first in (…)`): an operand of another report whose
    /// predicate's other subjects are all literals.
    var subjectInAnotherReport: Operand? {
        var subjects: [Operand] = []
        _ = mapSubjects { subjects.append($0); return $0 }
        return subjects.indices.first { index in
            guard case .fieldAt = subjects[index] else { return false }
            return subjects.indices.allSatisfy { $0 == index || subjects[$0].isLiteral }
        }.map { subjects[$0] }
    }

    /// The same predicate about `operand` instead of the one in another report.
    func replacingSubject(with operand: Operand) -> Expression {
        mapSubjects { if case .fieldAt = $0 { operand } else { $0 } }
    }

    /// The predicate with each operand it is about (both sides of a comparison, the value
    /// any other predicate tests) transformed, in order; `and`, `or`, `not` and changes as
    /// they are. The one traversal of the rewrites for another report, so that a new
    /// predicate is not left out of one of them.
    func mapSubjects(_ transform: (Operand) -> Operand) -> Expression {
        switch self {
        case .comparison(let left, let op, let right, let range): .comparison(transform(left), op, transform(right), range)
        case .between(let value, let low, let high, let negated, let range):
            .between(transform(value), low: low, high: high, negated: negated, range)
        case .membership(let value, let members, let negated, let range): .membership(transform(value), members, negated: negated, range)
        case .contains(let value, let needle, let negated, let range): .contains(transform(value), needle, negated: negated, range)
        case .like(let value, let pattern, let negated, let range): .like(transform(value), pattern, negated: negated, range)
        case .isEmpty(let value, let negated, let range): .isEmpty(transform(value), negated: negated, range)
        case .isTBC(let value, let negated, let range): .isTBC(transform(value), negated: negated, range)
        case .or, .and, .not, .change, .invalid: self
        }
    }
}

extension Operand {
    /// A literal: not a field, not computed, not another report's.
    var isLiteral: Bool {
        switch self {
        case .word(let name): Field(name: name.text) == nil
        case .quoted, .integer, .parameter: true
        case .aggregate, .arithmetic, .size, .fieldAt: false
        }
    }
}
