#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing
@testable import PseudoTerminalSupport

/// Ctrl-C while a long result is being written: the output stops at once and the prompt
/// comes back, as it did not when every one of 200,000 rows was still printed.
@Suite struct InterruptOutputTests {
    static let rows = 200_000

    /// A register of `rows` interface specifications, written as regq's CSV writes it.
    static func largeRegister(in folder: TemporaryFolder) -> String {
        let path = folder.path + "/large.csv"
        var text = RegisterText.header
        text.reserveCapacity(rows * 100)
        for row in 1 ... rows {
            text += "IF,MHHSP-IF-\(row),Interface number \(row),BPRWG,Smart,Blocked,Change of Agent,Mar-22,Apr-22,May-22\n"
        }
        let file = fopen(path, "w")
        fputs(text, file)
        fclose(file)
        return path
    }

    /// regq on the large register, showing its first prompt.
    static func start(in folder: TemporaryFolder) throws -> PseudoTerminal {
        let path = Self.largeRegister(in: folder)
        // Reading 200,000 rows takes a while in a debug build on a busy machine.
        let regq = try PseudoTerminal(binary: RegqProcess.binary, arguments: ["-r", path], environment: RegqEnvironment.terminal(home: folder.path),
                                      directory: folder.path)
        try regq.expect("regq> ", timeout: 60)
        return regq
    }

    @Test(arguments: ["table", "csv"])
    func controlCStopsALongOutput(format: String) throws {
        let folder = try TemporaryFolder()
        let regq = try Self.start(in: folder)
        regq.send(".format \(format)" + Key.enter)
        try regq.expect("regq> ")
        regq.send("select *" + Key.enter)
        try regq.wait(for: "the first rows", timeout: 60) { $0.lines.contains { $0.contains("MHHSP-IF-1") } }
        let sent = PseudoTerminal.now()
        regq.send(Key.controlC, whenEditing: false)
        try regq.expectCursorLine("regq> ", timeout: 10)
        let elapsed = PseudoTerminal.now() - sent
        let shown = regq.transcriptText.ranges(of: "MHHSP-IF-").count
        #expect(shown < Self.rows / 2, "\(shown) rows were shown after Ctrl-C")
        #expect(elapsed < 5, "the prompt came back \(elapsed) s after Ctrl-C")
        // The REPL goes on.
        regq.send("select count(*)" + Key.enter)
        try regq.expect("200000")
    }

    /// Ctrl-C before the first row shows, while the result is still being laid out.
    @Test func controlCBeforeTheFirstRowStopsTheRendering() throws {
        let folder = try TemporaryFolder()
        let regq = try Self.start(in: folder)
        regq.send("select *" + Key.enter)
        usleep(300_000)
        let sent = PseudoTerminal.now()
        regq.send(Key.controlC, whenEditing: false)
        try regq.expect("interrupted", timeout: 10)
        try regq.expectCursorLine("regq> ", timeout: 10)
        let elapsed = PseudoTerminal.now() - sent
        #expect(elapsed < 5, "the prompt came back \(elapsed) s after Ctrl-C")
        #expect(regq.transcriptText.ranges(of: "MHHSP-IF-").count < Self.rows / 2)
    }
}
