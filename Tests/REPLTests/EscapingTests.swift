import TestSupport
import Testing
@testable import PseudoTerminalSupport

/// Data at the prompt: a bidirectional override or a backslash in a cell, or in a value
/// typed, reaches the terminal escaped, in results and in messages.
@Suite struct EscapingTests {
    @Test func bidirectionalControlsAndBackslashesReachTheTerminalEscaped() throws {
        let folder = try TemporaryFolder()
        MetaCommandTests.write(RegisterText.header
            + "GA,,Glos\u{202E}sary,BPRWG,All,Main\\tenance,,Mar-22,Mar-22,Apr-22\n", to: folder.path + "/bidi.csv")
        let regq = try REPL.start(in: folder, arguments: ["-r", "bidi.csv"])
        for mode in ["table", "vertical"] {
            regq.send(".mode \(mode)" + Key.enter)
            try regq.expectCursorLine("regq> ")
            regq.send("select name, status" + Key.enter)
            try regq.expect(#"Glos\u{202e}sary"#)
            try regq.expect(#"Main\\tenance"#)
            try regq.expectCursorLine("regq> ")
        }
        regq.send("select * where status = 'x\u{202E}y'" + Key.enter)
        try regq.expect(#"'x\u{202e}y'"#)
        try regq.expectCursorLine("regq> ")
        // What regq wrote, apart from the line editor's echo of what was typed.
        let written = regq.transcriptText.split(separator: "\r\n").filter { !$0.contains("regq> ") }
        #expect(!written.contains { $0.unicodeScalars.contains("\u{202E}") }, "\(written)")
    }
}
