import Foundation
import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
import Testing

/// Each diagnostic's message and position. In each case `⟦…⟧` marks the range the
/// diagnostic must underline; the markers are removed before the text is checked.
@Suite struct DiagnosticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var marked: String
        var severity: Diagnostic.Severity
        var message: String
        var testDescription: String { marked }
    }

    static func diagnose(_ marked: String, parameters: [String: String] = [:]) -> (SourceRange, [Diagnostic]) {
        let open = marked.utf8.firstIndex(of: 0xE2).map { marked.utf8.distance(from: marked.utf8.startIndex, to: $0) }!
        let text = marked.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "")
        let markedEnd = marked.components(separatedBy: "⟧")[0].utf8.count - 3
        let source = SourceFile(name: "<query>", text: text)
        let diagnostics = Compiler.compile(source, parameters: parameters).linted(with: Register.embedded).diagnostics
        return (SourceRange(start: open, end: markedEnd), diagnostics)
    }

    @Test(arguments: [
        Case(marked: "⟦selct⟧ * from IF", severity: .error, message: "expected 'select' or 'diff', found 'selct'; did you mean 'select'?"),
        Case(marked: "select * from IF where ⟦stauts⟧ = blocked", severity: .error, message: "unknown field 'stauts'; did you mean 'status'?"),
        Case(marked: "select ⟦stauts⟧ from IF", severity: .error, message: "unknown field 'stauts'; did you mean 'status'?"),
        Case(marked: "select * from ⟦IFF⟧", severity: .error, message: "unknown kind 'IFF'; did you mean 'IF'?"),
        Case(marked: "select * ⟦wher⟧ status = blocked", severity: .error, message: "expected 'from', 'where', 'group by', 'having', 'order by', 'limit' or the end of the statement, found 'wher'; did you mean 'where'?"),
        Case(marked: "select * where dag < ⟦blocked⟧", severity: .error, message: "expected a month, like May-22 or 2022-05, found 'blocked'"),
        Case(marked: "select * where dag < ⟦Mayy-22⟧", severity: .error, message: "expected a month, like May-22 or 2022-05, found 'Mayy-22'"),
        Case(marked: "select * where status = ⟦review⟧", severity: .error, message: "cannot compare status (text) with review (month)"),
        Case(marked: "select * where status = ⟦blokced⟧", severity: .warning, message: "no artefact has status 'blokced'; did you mean 'Blocked'?"),
        Case(marked: "select * where kind = ⟦XX⟧", severity: .error, message: "expected a kind (BP, IF, BRS, GA or TD), found 'XX'"),
        Case(marked: "select * where dag < ⟦tbc⟧", severity: .error, message: "TBC is neither before nor after any month"),
        Case(marked: "select * where ⟦dag⟧ contains 'x'", severity: .error, message: "'contains' applies to text and lists; dag is a month"),
        Case(marked: "select * where ⟦dag⟧ is empty", severity: .error, message: "'is empty' applies to text and lists; dag is a month"),
        Case(marked: "select * where dag < ⟦$cutoff⟧", severity: .error, message: "parameter '$cutoff' is not set"),
        Case(marked: "select * having ⟦count > 2⟧", severity: .error, message: "'having' needs 'group by': it filters groups"),
        Case(marked: "select * ⟦pivot⟧ dag", severity: .error, message: "'pivot' needs 'group by' before it"),
        Case(marked: "select ⟦name⟧, count(*) group by kind", severity: .error, message: "'name' is neither a group key nor inside an aggregate"),
        Case(marked: "select ⟦min(*)⟧ from IF", severity: .error, message: "min(*) has no meaning; name a field, like min(dag)"),
        Case(marked: "select * where ⟦count(*)⟧ > 2", severity: .error, message: "aggregates belong in 'select' and 'having', not 'where'"),
        Case(marked: "select * group by blocker order by ⟦cnt⟧", severity: .error, message: "'cnt' is not a column of the grouped result; did you mean 'count'?"),
        Case(marked: "select * where (status = blocked ⟦⟧", severity: .error, message: "expected ')' to close '(' at 1:16, found end of input"),
        Case(marked: "select * where name = ⟦'open⟧", severity: .error, message: "unterminated string: the quote opened here never closes"),
        Case(marked: "select * where name ⟦#⟧ x", severity: .error, message: "unexpected character '#'; expected a comparison (=, !=, <, <=, >, >=, between, in, contains, like, is) after 'name'"),
        Case(marked: "select * where status ⟦contians⟧ x", severity: .error, message: "expected a comparison (=, !=, <, <=, >, >=, between, in, contains, like, is) after 'status', found 'contians'; did you mean 'contains'?"),
        Case(marked: "select * limit ⟦-5⟧", severity: .error, message: "expected a whole number of rows after 'limit', found '-5'"),
        Case(marked: "select * limit ⟦99999999999999999999⟧", severity: .error, message: "limit 99999999999999999999 is too large"),
        Case(marked: "select IF from ⟦BP⟧", severity: .error, message: "the kinds are named twice: after 'select' and after 'from'"),
        Case(marked: "select * where status contains ⟦'xyz'⟧", severity: .warning, message: "no artefact has status containing 'xyz'"),
        Case(marked: "select * where status not contains ⟦revew⟧", severity: .warning, message: "no artefact has status containing 'revew'; did you mean 'review'?"),
        Case(marked: "select * where status contains ⟦'sub grup'⟧", severity: .warning, message: "no artefact has status containing 'sub grup'; did you mean 'sub-group'?"),
        Case(marked: "select * where ref like ⟦'MHHSP-XX%'⟧", severity: .warning, message: "no artefact has ref like 'MHHSP-XX%'"),
        Case(marked: "select * where name contains ⟦' - '⟧", severity: .error, message: "'contains' ignores spaces and punctuation, so ' - ' leaves nothing to look for"),
        Case(marked: "select name order by ⟦count(*)⟧", severity: .error, message: "'count(*)' exists only in grouped results"),
        Case(marked: "select * group by kind pivot dag order by ⟦count(*)⟧", severity: .error, message: "a pivot's rows are ordered by their keys or by 'total', not by 'count(*)'"),
    ])
    func reportsWhereAndWhat(_ c: Case) {
        let (range, diagnostics) = Self.diagnose(c.marked)
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.message))")
        #expect(diagnostics.first?.message == c.message)
        #expect(diagnostics.first?.severity == c.severity)
        #expect(diagnostics.first?.range == range)
    }

    @Test func independentErrorsAreAllReported() {
        let (_, diagnostics) = Self.diagnose("⟦⟧select stauts from IF where dag < blocked and wg = x order by nme")
        #expect(diagnostics.map(\.message) == [
            "unknown field 'stauts'; did you mean 'status'?",
            "expected a month, like May-22 or 2022-05, found 'blocked'",
            "no artefact has wg 'x'",
            "unknown field or column 'nme'; did you mean 'name'?",
        ])
    }

    @Test func aSeparatorOnlyNeedleHintsAtLike() {
        let (_, diagnostics) = Self.diagnose("⟦⟧select * where name contains '/'")
        #expect(diagnostics.first?.hints == ["hint: like matches them as written: name like '%/%'"])
    }

    /// Ten warnings about values no artefact has, then one note counting the rest, at the
    /// first left out.
    @Test func warningsPastTheCapAreCountedInANote() {
        let values = (1 ... 13).map { "v\($0)" }
        let text = "select * where name in (" + values.joined(separator: ", ") + ") or status contains 'zzz'"
        let (_, diagnostics) = Self.diagnose("⟦⟧" + text)
        #expect(diagnostics.count == 11, "\(diagnostics.map(\.message))")
        #expect(diagnostics.prefix(10).allSatisfy { $0.severity == .warning })
        #expect(diagnostics.last?.severity == .note)
        #expect(diagnostics.last?.message == "… and 4 more values no artefact has")
        let eleventh = text.components(separatedBy: "v11")[0].utf8.count
        #expect(diagnostics.last?.range == SourceRange(start: eleventh, end: eleventh + 3))
    }

    @Test func tooDeepIsAnErrorNotACrash() {
        let text = "select * where " + String(repeating: "(", count: 100_000) + "a = b"
        let (_, diagnostics) = Self.diagnose("⟦⟧" + text)
        #expect(diagnostics.map(\.message) == ["condition nested too deeply (more than 100 levels of parentheses or 'not')"])
        let nots = "select * where " + String(repeating: "not ", count: 100_000) + "a = b"
        #expect(Self.diagnose("⟦⟧" + nots).1.count == 1)
    }

    @Test func rendersFileLineColumnSourceAndCaret() {
        let source = SourceFile(name: "q.rq", text: "-- blocked\nselect * from IF\nwhere stauts = blocked\n")
        let diagnostics = Compiler.compile(source).linted(with: Register.embedded).diagnostics
        #expect(DiagnosticRenderer().render(diagnostics[0], in: source) == """
            q.rq:3:7: error: unknown field 'stauts'; did you mean 'status'?
              where stauts = blocked
                    ^~~~~~

            """)
    }

    @Test func theHintToQuoteAFieldName() {
        let (_, diagnostics) = Self.diagnose("⟦⟧select * where status = review")
        #expect(diagnostics.first?.hints == ["hint: to compare with the text 'review', quote it: status = 'review'"])
        #expect(Self.diagnose("⟦⟧select * where status = 'review'").1.map(\.severity) == [.warning])
    }
}
