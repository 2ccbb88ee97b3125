import Testing
@testable import PseudoTerminalSupport

/// Text pasted at the prompt, as a terminal sends it with bracketed paste on: the lines
/// between `ESC [ 200 ~` and `ESC [ 201 ~`, each ended by a carriage return. A paste runs
/// as the same text would run from a file, never a line at a time.
@Suite struct PasteTests {
    static func paste(_ lines: [String], endingLine: Bool = true) -> String {
        "\u{1B}[200~" + lines.joined(separator: "\r") + (endingLine ? "\r" : "") + "\u{1B}[201~"
    }

    /// Lines 3–4 of Queries/first-drafts-not-complete.rq: the first is a statement on its
    /// own, which used to run over every artefact before `where …` failed.
    static let firstDrafts = [
        "select kind, ref, name, subgroups, status, sg from *",
        "where status in ('First Draft Not Complete', 'Draft Not Complete', 'Not Started', 'Draft in Progress')",
    ]

    @Test func aPastedStatementOfTwoLinesRunsWhole() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".format csv" + Key.enter)
        try regq.expect("regq> ")
        regq.send(Self.paste(Self.firstDrafts))
        try regq.expect("kind,ref,name,subgroups,status,sg")
        try regq.expectCursorLine("regq> ")
        #expect(!regq.transcriptText.contains("error"), "\(regq.transcriptText)")
        // Every row shown has one of the four statuses: the where clause ran.
        let rows = regq.transcriptText.split(separator: "\r\n").filter { $0.hasPrefix("BP,") || $0.hasPrefix("IF,") || $0.hasPrefix("TD,") || $0.hasPrefix("GA,") }
        #expect(!rows.isEmpty)
        #expect(rows.count < 89)
        for row in rows {
            #expect(["First Draft Not Complete", "Draft Not Complete", "Not Started", "Draft in Progress"].contains { row.contains($0) }, "\(row)")
        }
    }

    @Test func aPasteOfSeveralStatementsRunsEachOnce() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".format csv" + Key.enter)
        try regq.expect("regq> ")
        regq.send(Self.paste(["select count(*) from IF", "select count(*)", "from TD"]))
        try regq.expect("\ncount\n40")
        try regq.expect("\ncount\n10")
        try regq.expectCursorLine("regq> ")
        #expect(!regq.transcriptText.contains("error"))
    }

    /// A blank line inside a pasted statement ends it, as in a file: the lines above run
    /// alone, and the error for the rest says why.
    @Test func aBlankLineInAPasteSaysWhyTheStatementSplit() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".format csv" + Key.enter)
        try regq.expect("regq> ")
        regq.send(Self.paste(["select count(*) from IF", "", "where status = blocked"]))
        try regq.expect("\ncount\n40")
        try regq.expect("error: expected 'select' or 'diff', found 'where'")
        try regq.expect("hint: a blank line ends a statement, in a file and in a paste alike")
        try regq.expectCursorLine("regq> ")
    }

    /// A paste whose last line has no line break waits, as typing would, for Enter.
    @Test func anUnfinishedLastLineIsLeftToEdit() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".format csv" + Key.enter)
        try regq.expect("regq> ")
        regq.send(Self.paste(["select count(*)", "from I"], endingLine: false))
        try regq.expectCursorLine("  ...> from I")
        regq.send("F" + Key.enter)
        try regq.expect("count\n40")
        try regq.expectCursorLine("regq> ")
    }

    /// Pasted within one line, text is typed: a tab in it does not complete.
    @Test func aOneLinePasteIsTyped() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send("select " + Self.paste(["count(*)\tfrom IF"], endingLine: false))
        try regq.expectCursorLine("regq> select count(*) from IF")
        regq.send(Key.enter)
        try regq.expect("40")
    }
}
