import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
import Testing

/// The arithmetic as the checker types it: the plan it gives (the tree a later stage,
/// such as an SQL translation, reads), the canonical text, and each type error with what
/// it expected and where.
@Suite struct ArithmeticCheckTests {
    static func plan(_ text: String, parameters: [String: String] = [:]) -> Plan? {
        Compiler.compile(SourceFile(name: "<query>", text: text), parameters: parameters).linted(with: Register.embedded).plan
    }

    static func condition(_ text: String) -> Condition<Field>? {
        plan("select * where " + text)?.conjuncts.first?.condition
    }

    @Test func monthsBetweenComparedWithANumber() {
        guard case .compareValues(let left, .greater, let right)? = Self.condition("dag - review > 1") else {
            Issue.record("not a comparison of values")
            return
        }
        #expect(left == .monthsBetween(.field(.dag), .field(.review)))
        #expect(right == .integer(1))
        #expect(left.type == .integer)
        #expect(left.fields == FieldSet([Field.dag, .review]))
    }

    @Test func aMonthComparedWithAMovedMonth() {
        guard case .compareValues(let left, .greater, let right)? = Self.condition("dag > review + 1") else {
            Issue.record("not a comparison of values")
            return
        }
        #expect(left == .field(.dag))
        #expect(right == .monthPlus(.field(.review), months: .integer(1)))
        #expect(right.type == .month)
    }

    @Test func literalsTakeTheTypeOfTheComputedSide() {
        guard case .compareValues(_, .less, let month)? = Self.condition("review - 2 < May-22"),
              case .compareValues(let size, .equal, let number)? = Self.condition("2 = size(subgroups)") else {
            Issue.record("not comparisons of values")
            return
        }
        #expect(month == .month(Month(year: 2022, month: 5)))
        #expect(size == .integer(2))
        #expect(number == .size(.subgroups))
    }

    @Test func everyArithmeticCase() {
        guard case .compareValues(let value, .equal, _)? = Self.condition("(1 + dag) - (review - 2) + (3 - size(blocker)) = 0") else {
            Issue.record("not a comparison of values")
            return
        }
        #expect(value == .sum(.monthsBetween(.monthPlus(.field(.dag), months: .integer(1)),
                                             .monthMinus(.field(.review), months: .integer(2))),
                              .difference(.integer(3), .size(.blocker))))
    }

    @Test func notEqualIsNotEqual() {
        guard case .not(.compareValues(_, .equal, _))? = Self.condition("dag - review != 1") else {
            Issue.record("'!=' is not 'not ='")
            return
        }
    }

    @Test func comparisonsWithoutArithmeticKeepTheirPlan() {
        guard case .compare(.dag, .greater, .review)? = Self.condition("dag > review"),
              case .test(.dag, .month(.ordered(.less, _)))? = Self.condition("dag < May-22") else {
            Issue.record("a plain comparison changed its plan")
            return
        }
    }

    @Test func computedColumnsAndTheirDefaultNames() throws {
        let plan = try #require(Self.plan("select ref, dag - review as wait, size(subgroups), review + $n from IF order by wait desc, size(ref)",
                                          parameters: ["n": "3"]))
        guard case .rows(let columns, _) = plan.shape else {
            Issue.record("not a row result")
            return
        }
        #expect(columns.map(\.name) == ["ref", "wait", "size(subgroups)", "review + 3"])
        #expect(columns[1].source == .computed(.monthsBetween(.field(.dag), .field(.review))))
        #expect(columns.map(\.type) == [.list, .integer, .integer, .month])
        #expect(plan.orderBy == [SortKey(source: .computed(.monthsBetween(.field(.dag), .field(.review))), descending: true),
                                 SortKey(source: .computed(.size(.ref)), descending: false)])
        #expect(plan.fieldsRead == FieldSet([Field.kind, .ref, .subgroups, .review, .dag]))
        #expect(plan.canonicalText == "select ref, dag - review as wait, size(subgroups), review + 3 from IF order by wait desc, size(ref)")
    }

    @Test func canonicalTextKeepsTheParenthesesItNeeds() throws {
        let plan = try #require(Self.plan("SELECT Dag - ( Review - 1 ) - 2 AS x WHERE ( DAG - review ) > 1 ORDER BY (x)"))
        #expect(plan.canonicalText == "select dag - (review - 1) - 2 as x where dag - review > 1 order by x")
        #expect(plan.conjuncts.map { $0.text } == ["dag - review > 1"])
    }

    /// What `explain` and `.save` print checks again, to the same text.
    @Test(arguments: [
        "select ref where not (dag - review) = 1",
        "select ref where (dag - review) + 1 > 2 or 1 + (dag - review) < 0",
        "select ref where size(ref) - -5 > 0 and review = dag -1",
        "select ref, review + $n, dag - $neg as x where dag - 2022-05 between $n and 13 order by x desc",
        "select ref where review + 1 = tbc and size(subgroups) in (0, 3)",
        "select dag - review as dag order by dag, size(blocker) desc",
        "select size(ref) as size order by size",
        "select ref where \"May-22\" - review > '1'",
    ])
    func canonicalTextChecksAgainToItself(_ text: String) throws {
        let parameters = ["n": "3", "neg": "-2"]
        let plan = try #require(Self.plan(text, parameters: parameters))
        let again = try #require(Self.plan(plan.canonicalText, parameters: parameters), "\(plan.canonicalText)")
        #expect(again.canonicalText == plan.canonicalText)
    }

    @Test func aMinusWrittenAgainstItsDigitsSubtracts() {
        guard case .compareValues(_, .equal, let right)? = Self.condition("review = dag -1") else {
            Issue.record("not a comparison of values")
            return
        }
        #expect(right == .monthMinus(.field(.dag), months: .integer(1)))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var marked: String
        var message: String
        var testDescription: String { marked }
    }

    @Test(arguments: [
        Case(marked: "select * where dag + ⟦review⟧ > 1", message: "'+' adds a whole number of months to a month; review is a month"),
        Case(marked: "select * where 1 - ⟦dag⟧ > 1", message: "cannot subtract a month from a whole number; dag is a month"),
        Case(marked: "select * where ⟦status⟧ + 1 > 2", message: "arithmetic takes months and whole numbers; status is text"),
        Case(marked: "select * where size(⟦status⟧) > 1", message: "size() counts the elements of a list (ref, subgroups, blocker); status is text"),
        Case(marked: "select * where dag - review > ⟦May-22⟧", message: "expected a whole number, found 'May-22' (compared with dag - review)"),
        Case(marked: "select * where dag > review + ⟦x⟧", message: "expected a month (like May-22 or 2022-05) or a whole number in arithmetic, found 'x'"),
        Case(marked: "select * where ⟦dag⟧ > review - review", message: "cannot compare dag (a month) with review - review (a whole number)"),
        Case(marked: "select * where dag - review = ⟦status⟧", message: "cannot compare status (text) with dag - review, which is computed from months and numbers"),
        Case(marked: "select * where dag - ⟦reveiw⟧ > 1", message: "unknown field 'reveiw'; did you mean 'review'?"),
        Case(marked: "select * where dag + ⟦tbc⟧ > May-22", message: "TBC has no arithmetic: it is not a month"),
        Case(marked: "select * where review + 1 < ⟦tbc⟧", message: "TBC is neither before nor after any month"),
        Case(marked: "select * where ⟦dag - review⟧ is tbc", message: "expected a field here, found 'dag - review', which is computed"),
        Case(marked: "select kind, ⟦dag - review⟧ group by kind", message: "'dag - review' is computed per artefact; a grouped result shows group keys and aggregates only"),
        Case(marked: "select kind group by kind order by ⟦size(ref)⟧", message: "'size(ref)' is computed per artefact; a grouped result is ordered by its columns"),
        Case(marked: "select * group by dag ⟦-⟧ review", message: "'group by' takes fields; arithmetic and size() cannot be group keys"),
        Case(marked: "select * group by size⟦(⟧subgroups)", message: "'group by' takes fields; arithmetic and size() cannot be group keys"),
        Case(marked: "select kind group by kind having ⟦count + 1⟧ > 2", message: "arithmetic belongs in 'where', 'select' and 'order by'; 'having' compares group keys and aggregates"),
        Case(marked: "select * where (dag - review ⟦and⟧ kind = IF)", message: "expected a comparison (=, !=, <, <=, >, >=, between, in, contains, like, is) after 'dag - review', found 'and'"),
        Case(marked: "select ref, ⟦size(ref) as REF⟧", message: "duplicate column name 'REF'"),
        Case(marked: "select (⟦5⟧)", message: "a selected column is a field, an aggregate or arithmetic on fields, not the value '5'"),
        Case(marked: "select ref order by (⟦'x'⟧)", message: "an order key is a field, an aggregate or arithmetic on fields, not the value '\"x\"'"),
    ])
    func typeErrorsSayWhatWasExpected(_ c: Case) {
        let open = c.marked.utf8.firstIndex(of: 0xE2).map { c.marked.utf8.distance(from: c.marked.utf8.startIndex, to: $0) }!
        let text = c.marked.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "")
        let end = c.marked.components(separatedBy: "⟧")[0].utf8.count - 3
        let diagnostics = Compiler.compile(SourceFile(name: "<query>", text: text), parameters: [:]).linted(with: Register.embedded).diagnostics
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.message))")
        #expect(diagnostics.first?.message == c.message)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.range == SourceRange(start: open, end: end))
    }

    @Test func aWordJoinedByMinusGetsAHint() {
        let diagnostics = Compiler.compile(SourceFile(name: "<query>", text: "select * where dag-review > 1"), parameters: [:]).linted(with: Register.embedded).diagnostics
        #expect(diagnostics.first?.hints == ["hint: to subtract, put spaces around '-': dag - review"])
    }

    @Test func aLongChainIsAnErrorNotACrash() {
        let text = "select * where dag" + String(repeating: " + 1", count: 50_000) + " > May-22"
        let diagnostics = Compiler.compile(SourceFile(name: "<query>", text: text), parameters: [:]).linted(with: Register.embedded).diagnostics
        #expect(diagnostics.first?.message.hasPrefix("value too long") == true)
    }
}
