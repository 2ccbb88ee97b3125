import Testing
@testable import PseudoTerminalSupport

/// What regq prints at an 80-column terminal fits it: each line regq wrote, as written
/// (before the terminal could wrap it), is at most 80 columns.
@Suite struct TerminalWidthTests {
    /// The lines written since `start` (a count of bytes of the transcript), without the
    /// ones the line editor drew (they hold escape sequences).
    static func linesWritten(_ regq: PseudoTerminal, since start: Int) -> [Substring] {
        let text = String(decoding: regq.transcriptText.utf8.dropFirst(start), as: UTF8.self)
        return text.split(separator: "\r\n").filter { !$0.contains("\u{1B}") && !$0.contains("regq> ") }
    }

    static func run(_ regq: PseudoTerminal, _ command: String, until ending: String) throws -> [Substring] {
        let start = regq.transcriptText.utf8.count
        regq.send(command + Key.enter)
        try regq.expect(ending)
        try regq.expectCursorLine("regq> ")
        return linesWritten(regq, since: start)
    }

    @Test(arguments: ["auto", "table", "vertical"])
    func resultsFitEightyColumns(mode: String) throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".mode \(mode)" + Key.enter)
        try regq.expectCursorLine("regq> ")
        for (query, ending) in [("select * from BP limit 3", "(3 rows"), ("select * group by kind pivot status", "(5 rows"),
                                ("select name, blocker from IF limit 5", "(5 rows")] {
            let lines = try Self.run(regq, query, until: ending)
            #expect(lines.count > 3)
            for line in lines {
                #expect(line.unicodeScalars.count <= 80, "\(query) in \(mode): \(line.unicodeScalars.count) columns: \(line)")
            }
            // No name is cut to a stump.
            if query.hasPrefix("select * from BP") {
                #expect(regq.transcriptText.contains("Change of Agent - Me"), "\(mode)")
            }
        }
    }

    @Test func fieldsFitEightyColumns() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        let lines = try Self.run(regq, ".fields", until: "dag")
        try regq.expectCursorLine("regq> ")
        let all = Self.linesWritten(regq, since: 0)
        #expect(all.count > 20)
        for line in lines + all {
            #expect(line.unicodeScalars.count <= 80, "\(line.unicodeScalars.count) columns: \(line)")
        }
    }
}
