import ColumnStore
import History
import RegisterCSV
@testable import REPL
@testable import Shell
import TestSupport
import Testing

/// Completion over a history: `.matches` and `@` complete to the reports' months; a field
/// in a condition to the changes that apply to it, and a condition's start to `new` and
/// `removed`. Without a history none of these is offered.
@Suite struct HistoryCompletionTests {
    static func completer() throws -> Completer {
        let workspace = try #require(WorkspaceSource.history(.folder(Repository.root + "/Tests/Fixtures/history")).loadReporting())
        return Completer(session: Session(workspace: workspace))
    }

    @Test func afterAtComeTheReports() throws {
        let completer = try Self.completer()
        #expect(completer.complete("select * @")?.candidates.map(\.text) == ["Jan-22", "Feb-22", "Mar-22", "prev", "first", "latest", "all"])
        #expect(completer.complete("select ref, dag@p")?.candidates.map(\.text) == ["prev"])
        #expect(completer.complete("select ref, dag@")?.candidates.map(\.text) == ["Jan-22", "Feb-22", "Mar-22", "prev", "first", "latest"])
        #expect(completer.complete("select * where dag slipped since @f")?.candidates.map(\.text) == ["Feb-22", "first"])
    }

    @Test func afterAFieldComeTheChangesThatApply() throws {
        let completer = try Self.completer()
        let month = completer.complete("select * where dag ")?.candidates.map(\.text) ?? []
        #expect(["changed", "slipped", "advanced", "was"].allSatisfy(month.contains))
        let text = completer.complete("select * where status ")?.candidates.map(\.text) ?? []
        #expect(text.contains("changed") && text.contains("was") && !text.contains("slipped"))
        #expect(completer.complete("select * where n")?.candidates.map(\.text).contains("new") == true)
        #expect(completer.complete("select * where dag s")?.candidates.map(\.text) == ["slipped"])
    }

    @Test func withoutAHistoryNoneIsOffered() {
        let completer = Completer(session: Session(workspace: .embedded))
        #expect(completer.complete("select * @")?.candidates.isEmpty == true)
        #expect(completer.complete("select * where dag s")?.candidates.map(\.text).contains("slipped") == false)
    }

    @Test func matchesCompletesToTheReportMonths() throws {
        let completer = try Self.completer()
        #expect(completer.complete(".matches ")?.candidates.map(\.text) == ["Jan-22", "Feb-22", "Mar-22"])
        #expect(completer.complete(".matches M")?.candidates.map(\.text) == ["Mar-22"])
    }
}
