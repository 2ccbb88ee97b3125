#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing
@testable import PseudoTerminalSupport

/// History: Up, a statement over several lines as one entry, the file and its reload.
@Suite struct HistoryTests {
    @Test func upRecallsMultiLineStatementAsOneEntry() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select count(*) from" + Key.enter)
        try regq.expectCursorLine("  ...> ")
        regq.send("GA" + Key.enter)
        try regq.expect("5")
        try regq.expectCursorLine("regq> ")
        regq.send(Key.up)
        try regq.wait(for: "the two lines recalled") { screen in
            let lines = screen.lines
            let at = screen.cursorLineIndex
            return at >= 1 && lines[at - 1] == "regq> select count(*) from" && lines[at] == "GA"
        }
        regq.send(Key.enter)
        try regq.expect("(1 row)")
    }

    @Test func historyFileIsPrivateAndReloadedInNextRun() throws {
        let folder = try TemporaryFolder()
        let first = try REPL.start(in: folder)
        first.send("select count(*) from TD" + Key.enter)
        try first.expect("10")
        first.send(Key.controlD)
        #expect(try first.waitForExit() == 0)

        var status = stat()
        #expect(stat(folder.path + "/state/regq/history", &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)

        let second = try REPL.start(in: folder)
        second.send(Key.up)
        try second.expectCursorLine("regq> select count(*) from TD")
    }

    @Test func historyGoesUnderHomeWithoutXDGStateHome() throws {
        let folder = try TemporaryFolder()
        var environment = RegqEnvironment.terminal(home: folder.path)
        environment["XDG_STATE_HOME"] = nil
        let regq = try REPL.start(in: folder, environment: environment)
        regq.send("select count(*) from GA" + Key.enter)
        try regq.expect("5")
        regq.send(".quit" + Key.enter)
        #expect(try regq.waitForExit() == 0)
        #expect(access(folder.path + "/.local/state/regq/history", R_OK) == 0)
    }

    @Test func unwritableHistoryIsOnlyAWarning() throws {
        let folder = try TemporaryFolder()
        try "not a folder\n".write(toFile: folder.path + "/state")
        let regq = try REPL.start(in: folder)
        regq.send("select count(*) from IF" + Key.enter)
        try regq.expect("warning: cannot")
        try regq.expect("40")
        regq.send("select count(*) from BP" + Key.enter)
        try regq.expect("24")
        #expect(regq.screen.lines.filter { $0.hasPrefix("warning:") }.count == 1)
    }

    @Test func controlRSearchesHistory() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select count(*) from BRS" + Key.enter)
        try regq.expect("10")
        regq.send("select count(*) from GA" + Key.enter)
        try regq.expect("5")
        regq.send(Key.controlR + "BRS")
        regq.send(Key.enter)
        try regq.expect("10")
        try regq.expect("(1 row)")
    }
}

extension String {
    /// Writes the string to a new file (test setup).
    func write(toFile path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw REPLTestFailure(description: "cannot create \(path)") }
        defer { close(fd) }
        var text = self
        _ = text.withUTF8 { Glibc.write(fd, $0.baseAddress, $0.count) }
    }
}
