#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing
@testable import PseudoTerminalSupport

/// A history at a terminal: `.load DIR` loads it, Tab after `.matches` offers its months.
@Suite struct HistoryAtThePromptTests {
    static let fixture = Repository.root + "/Tests/Fixtures/history"

    /// The fixture's reports copied into `folder/history`, so that the message naming the
    /// folder is short whatever the checkout's path (it would wrap at 80 columns).
    static func copyFixture(into folder: TemporaryFolder) throws {
        mkdir(folder.path + "/history", 0o755)
        for name in ["2022-01.csv", "2022-02.csv", "2022-03.csv"] {
            guard let input = fopen(fixture + "/" + name, "rb"), let output = fopen(folder.path + "/history/" + name, "wb") else {
                throw REPLTestFailure(description: "cannot copy \(name)")
            }
            var buffer = [UInt8](repeating: 0, count: 65536)
            while case let count = fread(&buffer, 1, buffer.count, input), count > 0 { fwrite(buffer, 1, count, output) }
            fclose(input)
            fclose(output)
        }
    }

    @Test func loadAFolderThenCompleteAMonth() throws {
        let folder = try TemporaryFolder()
        try Self.copyFixture(into: folder)
        let regq = try REPL.start(in: folder)
        regq.send(".load history" + Key.enter)
        try regq.expect("the latest has 89 artefacts")
        try regq.expect("regq> ")
        regq.send(".matches F" + Key.tab)
        try regq.expect(".matches Feb-22")
        regq.send(Key.enter)
        try regq.expect("Interface List")
        try regq.expect("regq> ")
    }

    /// `diff` alone is a whole statement: Enter runs it, with no continuation prompt.
    @Test func aBareDiffRunsOnEnter() throws {
        let folder = try TemporaryFolder()
        try Self.copyFixture(into: folder)
        let regq = try REPL.start(in: folder)
        regq.send(".load history" + Key.enter)
        try regq.expect("the latest has 89 artefacts")
        regq.send("diff" + Key.enter)
        try regq.expect("4 removed (Feb-22 → Mar-22)")
        try regq.expectCursorLine("regq> ")
    }
}
