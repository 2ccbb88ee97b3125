import Testing
@testable import PseudoTerminalSupport

/// Ctrl-C, Ctrl-D and bytes that are not UTF-8: none of them may lose the REPL.
@Suite struct KeyTests {
    @Test func controlCAbandonsPartialLine() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select part" + Key.controlC)
        try regq.expect("regq> select part^C")
        try regq.expectCursorLine("regq> ")
        regq.send("select count(*) from IF" + Key.enter)
        try regq.expect("40")
        #expect(regq.isRunning)
    }

    @Test func controlCAbandonsUnfinishedStatement() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select count(*) from" + Key.enter)
        try regq.expectCursorLine("  ...> ")
        regq.send(Key.controlC)
        try regq.expectCursorLine("regq> ")
        // Had the abandoned line been kept, this would read `… from select …`, an error.
        regq.send("select count(*) from TD" + Key.enter)
        try regq.expect("10")
        try regq.expect("(1 row)")
    }

    @Test func controlDOnEmptyLineExitsWithStatusZero() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(Key.controlD)
        #expect(try regq.waitForExit() == 0)
    }

    @Test func invalidUTF8DoesNotCrash() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(bytes: [0xFF, 0xFE, 0xC3, 0x0D])
        try regq.expect("regq> ")
        regq.send(bytes: Array("select * where name = \"".utf8) + [0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF8] + Array("\"".utf8) + [0x09, 0x0D])
        try regq.expect("regq> ")
        regq.send(bytes: Array("select * from ".utf8) + [0xE2, 0x82, 0x09, 0x03])
        try regq.expect("^C")
        regq.send("select count(*) from IF" + Key.enter)
        try regq.expect("40")
        #expect(regq.isRunning)
    }
}
