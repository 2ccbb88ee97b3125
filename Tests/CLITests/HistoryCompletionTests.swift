import History
@testable import Shell
import Testing

/// `.matches` completes to the months of the history's reports.
@Suite struct HistoryCompletionTests {
    @Test func matchesCompletesToTheReportMonths() throws {
        let history = try #require(Session.reported(HistorySource.folder(CLIRunner.root + "/Tests/Fixtures/history").load()))
        let completer = Completer(session: Session(history: history))
        #expect(completer.complete(".matches ")?.candidates.map(\.text) == ["Jan-22", "Feb-22", "Mar-22"])
        #expect(completer.complete(".matches M")?.candidates.map(\.text) == ["Mar-22"])
    }
}
