#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing
@testable import PseudoTerminalSupport

/// The meta-commands at a terminal, one session through all of them.
@Suite struct MetaCommandTests {
    static func write(_ text: String, to path: String) {
        let file = fopen(path, "w")
        fputs(text, file)
        fclose(file)
    }

    static func read(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var text = ""
        var buffer = [CChar](repeating: 0, count: 4096)
        while fgets(&buffer, Int32(buffer.count), file) != nil { text += String(cString: buffer) }
        return text
    }

    @Test func everyMetaCommandAtThePrompt() throws {
        let folder = try TemporaryFolder()
        Self.write(RegisterText.header + "GA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n",
                   to: folder.path + "/small.csv")
        Self.write("-- count the BRS\nselect count(*) from BRS\n", to: folder.path + "/brs.rq")
        let regq = try REPL.start(in: folder)

        regq.send(".param kind TD" + Key.enter)
        try regq.expect("regq> ")
        regq.send(".params" + Key.enter)
        try regq.expect("$kind = TD")
        regq.send(".timer on" + Key.enter)
        try regq.expect("regq> ")
        regq.send("select count(*) where kind = $kind" + Key.enter)
        try regq.expect("10")
        try regq.expect("time: ")
        regq.send(".timer off" + Key.enter)
        try regq.expect("regq> ")

        regq.send(".save tdcount" + Key.enter)
        try regq.expect("saved Queries/tdcount.rq")
        regq.send(".queries" + Key.enter)
        try regq.expect("tdcount  tdcount")
        regq.send(".run tdcount kind=GA" + Key.enter)
        try regq.expect("5")

        regq.send(".output out.txt" + Key.enter)
        try regq.expect("regq> ")
        regq.send("select count(*) from IF" + Key.enter)
        try regq.expect("regq> ")
        regq.send(".output" + Key.enter)
        // Output is back on the terminal (so the file has been written) once this shows.
        regq.send(".help formats" + Key.enter)
        try regq.expect("Formats (-f NAME")
        #expect(Self.read(folder.path + "/out.txt") == "count\n─────\n   40\n(1 row)\n")

        regq.send(".read brs.rq" + Key.enter)
        try regq.expect("10")
        regq.send(".fields" + Key.enter)
        try regq.expect("dag")
        try regq.expect("DAG Review Complete")
        regq.send(".load small.csv" + Key.enter)
        try regq.expect("loaded small.csv: 1 artefacts")
        regq.send("select name" + Key.enter)
        try regq.expect("Glossary")
        regq.send(".exit" + Key.enter)
        #expect(try regq.waitForExit() == 0)
    }
}
