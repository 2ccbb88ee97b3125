import Foundation
import TestSupport
@testable import PseudoTerminalSupport
import Testing

extension HostileInput {
    /// The REPL's history file is written like `.output`: a temporary file renamed over the
    /// old one. When it cannot be written (here a file-size limit stands in for a full disk)
    /// the REPL warns once, goes on, and the old file stays whole.
    @Suite struct HistoryFileTests {
        @Test func historyThatCannotBeWrittenStaysWhole() throws {
            let folder = try TemporaryFiles.folder()
            let state = folder + "/state/regq"
            try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
            let history = (0 ..< 100).map { "select count(*) from IF -- entry \($0)\n" }.joined()
            try history.write(toFile: state + "/history", atomically: true, encoding: .utf8)
            let before = try NothingLostTests.Fingerprint(state + "/history")

            let terminal = try PseudoTerminal(binary: RegqProcess.binary, environment: RegqEnvironment.terminal(home: folder), directory: folder,
                                              fileSizeLimit: 1024)
            try terminal.expect("regq> ")
            terminal.send("select count(*) from GA\r")
            try terminal.expect("(1 row)")
            terminal.send("select count(*) from TD\r")
            try terminal.expect("10")
            try terminal.expect("regq> ")
            terminal.send("\u{04}")
            let status = try terminal.waitForExit()
            #expect(status == 0, "\(terminal.transcriptText)")
            #expect(terminal.transcriptText.components(separatedBy: "warning: cannot write history file \(state)/history: file too large").count == 2,
                    "one warning: \(terminal.transcriptText)")
            #expect(try NothingLostTests.Fingerprint(state + "/history") == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: state) == ["history"])
        }
    }
}
