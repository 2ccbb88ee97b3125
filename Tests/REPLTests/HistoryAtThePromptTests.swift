#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import PseudoTerminalSupport

/// A history at a terminal: `.load DIR` loads it, Tab after `.matches` offers its months.
@Suite struct HistoryAtThePromptTests {
    static let fixture: String = {
        let parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        return parts.dropLast(3).joined(separator: "/") + "/Tests/Fixtures/history"
    }()

    @Test func loadAFolderThenCompleteAMonth() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".load \(Self.fixture)" + Key.enter)
        try regq.expect("the latest has 89 artefacts")
        try regq.expect("regq> ")
        regq.send(".matches F" + Key.tab)
        try regq.expect(".matches Feb-22")
        regq.send(Key.enter)
        try regq.expect("Interface List")
        try regq.expect("regq> ")
    }
}
