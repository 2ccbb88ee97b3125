import Foundation
import Testing
@testable import PseudoTerminalSupport

/// Statements and meta-commands typed at the prompt: results show, and no error ends the REPL.
@Suite struct QueryTests {
    @Test func theStartSaysWhatIsLoadedAndHowToGetHelp() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        // Shown before the first prompt (which `start` waits for).
        #expect(regq.screen.lines.first?.trimmingCharacters(in: .whitespaces)
            == "regq on the embedded register: 89 artefacts; .help for help, Ctrl-D to leave")
        try regq.expectCursorLine("regq> ")
    }

    @Test func loadAloneGoesBackToTheEmbeddedRegister() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".load" + Key.enter)
        try regq.expect("loaded the embedded register: 89 artefacts")
        try regq.expectCursorLine("regq> ")
    }

    @Test func queryShowsItsResult() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select count(*) from IF" + Key.enter)
        try regq.expect("count")
        try regq.expect("40")
        try regq.expect("(1 row)")
        try regq.expectCursorLine("regq> ")
    }

    @Test func statementTypedOverSeveralLinesRunsWhenComplete() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select count(*) from" + Key.enter)
        try regq.expectCursorLine("  ...> ")
        regq.send("BP" + Key.enter)
        try regq.expect("24")
        try regq.expectCursorLine("regq> ")
    }

    @Test func statementErrorShowsCaretAndREPLGoesOn() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select * where sttus = blocked" + Key.enter)
        try regq.expect("error: unknown field 'sttus'")
        try regq.expect("select * where sttus = blocked\n")
        try regq.expect("^")
        try regq.expect("regq> ")
        regq.send("select count(*) from IF" + Key.enter)
        try regq.expect("40")
        #expect(regq.isRunning)
    }

    @Test func badMetaCommandGetsSuggestionAndREPLGoesOn() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".vlaues kind" + Key.enter)
        try regq.expect("did you mean '.values'")
        try regq.expect("regq> ")
        regq.send(".values kind" + Key.enter)
        try regq.expect("IF")
        try regq.expect("40")
        try regq.expect("(5 rows)")
    }

    @Test func formatMetaCommandChangesTheOutput() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".format csv" + Key.enter)
        try regq.expect("regq> ")
        regq.send("select kind, count(*) from BP, GA group by kind" + Key.enter)
        try regq.expect("kind,count\nBP,24\nGA,5")
    }

    @Test func helpShowsTheLanguage() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".help" + Key.enter)
        try regq.expect("select count(*) from IF")
        try regq.expectCursorLine("regq> ")
    }

    @Test func quitExitsWithStatusZero() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".quit" + Key.enter)
        #expect(try regq.waitForExit() == 0)
    }
}
