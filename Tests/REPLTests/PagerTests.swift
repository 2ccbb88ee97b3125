#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing
@testable import PseudoTerminalSupport

/// A result longer than the terminal (24 rows here) goes through `$PAGER` at the prompt,
/// as psql does; a short one, `.pager off`, and a run that is not the REPL write it as it is.
@Suite struct PagerTests {
    /// A pager in `folder` that keeps what it was given in `paged.txt` and says `(paged)`.
    static func pagerScript(in folder: TemporaryFolder) -> String {
        let script = folder.path + "/pager.sh"
        MetaCommandTests.write("#!/bin/sh\ncat > '\(folder.path)/paged.txt'\necho '(paged)'\n", to: script)
        chmod(script, 0o755)
        return script
    }

    /// regq at the prompt with `pager` (else `pagerScript`) as its PAGER.
    static func start(_ folder: TemporaryFolder, pager: String? = nil) throws -> PseudoTerminal {
        var environment = RegqEnvironment.terminal(home: folder.path)
        environment["PAGER"] = pager ?? pagerScript(in: folder)
        return try REPL.start(in: folder, environment: environment)
    }

    @Test func aLongResultGoesThroughThePager() throws {
        let folder = try TemporaryFolder()
        let regq = try Self.start(folder)
        regq.send("select ref, name from IF" + Key.enter)
        try regq.expect("(paged)")
        try regq.expectCursorLine("regq> ")
        let paged = try #require(MetaCommandTests.read(folder.path + "/paged.txt"))
        #expect(paged.hasPrefix("ref           name\n"))
        #expect(paged.hasSuffix("(40 rows)\n"))
        #expect(!regq.transcriptText.contains("(40 rows)"))
    }

    @Test func aShortResultAndPagerOffAreShownAsTheyAre() throws {
        let folder = try TemporaryFolder()
        let regq = try Self.start(folder)
        regq.send("select count(*) from IF" + Key.enter)
        try regq.expect("(1 row)")
        regq.send(".pager off" + Key.enter)
        try regq.expectCursorLine("regq> ")
        regq.send("select ref, name from IF" + Key.enter)
        try regq.expect("(40 rows)")
        #expect(MetaCommandTests.read(folder.path + "/paged.txt") == nil)
        regq.send(".pager on" + Key.enter)
        try regq.expectCursorLine("regq> ")
        regq.send("select ref, name from BP" + Key.enter)
        try regq.expect("(paged)")
    }

    /// A pager that cannot be started costs one note; the result is shown as it is.
    @Test func aPagerThatCannotStartLeavesTheResultShown() throws {
        let folder = try TemporaryFolder()
        let regq = try Self.start(folder, pager: folder.path + "/no-such-pager")
        regq.send("select ref, name from IF" + Key.enter)
        try regq.expect("could not be started")
        try regq.expect("(40 rows)")
    }

    /// Not the REPL: a batch run on a terminal-less output never pages.
    @Test func aBatchRunNeverPages() throws {
        let folder = try TemporaryFolder()
        let run = try RegqProcess.run(["-e", "select ref, name from IF"], environment: ["PAGER": Self.pagerScript(in: folder), "COLUMNS": "80"])
        #expect(run.out.hasSuffix("(40 rows)\n"))
        #expect(MetaCommandTests.read(folder.path + "/paged.txt") == nil)
    }
}
