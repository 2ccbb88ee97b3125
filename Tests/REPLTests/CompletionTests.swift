import Testing
@testable import PseudoTerminalSupport

/// Tab completion by context, as the screen shows it.
@Suite struct CompletionTests {
    @Test func completesKeyword() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("sel" + Key.tab)
        try regq.expectCursorLine("regq> select ")
    }

    @Test func completesField() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select * where sta" + Key.tab)
        try regq.expectCursorLine("regq> select * where status ")
    }

    @Test func completesValueOfField() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select * where status = Bl" + Key.tab)
        try regq.expectCursorLine("regq> select * where status = Blocked ")
        regq.send("and status != Sub" + Key.tab)
        try regq.expectCursorLine("regq> select * where status = Blocked and status != \"Sub-Group Review\" ")
    }

    @Test func completesKindAfterFrom() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select count(*) from br" + Key.tab)
        try regq.expectCursorLine("regq> select count(*) from BRS ")
        regq.send(Key.enter)
        try regq.expect("10")
    }

    @Test func listsSeveralCandidates() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select * where s" + Key.tab)
        try regq.expect("subgroups  status  sg  size(\nregq> select * where s")
        try regq.expectCursorLine("regq> select * where s")
    }

    @Test func completesSizeAndItsListFields() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select * where siz" + Key.tab)
        try regq.expectCursorLine("regq> select * where size(")
        regq.send(Key.tab)
        try regq.expect("ref  subgroups  blocker\nregq> select * where size(")
    }

    @Test func listsValuesWithCounts() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select * where wg in (" + Key.tab)
        try regq.expect("BPRWG (79)  SDWG (4)  TDWG (6)\nregq> select * where wg in (")
    }

    @Test func completesCommonPrefixOfValues() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select * where blocker = sec" + Key.tab)
        try regq.expect("Security Clarifications (1)")
        try regq.expectCursorLine("regq> select * where blocker = \"Security Clarifications")
    }

    @Test func completesMetaCommandAndItsArgument() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".val" + Key.tab)
        try regq.expectCursorLine("regq> .values ")
        regq.send("ki" + Key.tab)
        try regq.expectCursorLine("regq> .values kind ")
    }

    @Test func completesFileNameAfterRead() throws {
        let folder = try TemporaryFolder()
        try "select count(*) from GA\n".write(toFile: folder.path + "/ga-count.rq")
        let regq = try REPL.start(in: folder)
        regq.send(".read ga" + Key.tab)
        try regq.expectCursorLine("regq> .read ga-count.rq ")
        regq.send(Key.enter)
        try regq.expect("5")
        try regq.expect("(1 row)")
    }
}
