#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import PseudoTerminalSupport

/// `.output FILE` at the prompt: each result is in the file once its statement has run,
/// before the output is switched back, and a hang-up keeps what was written.
@Suite struct OutputFileTests {
    static let forty = "count\n─────\n   40\n(1 row)\n"
    static let ten = "count\n─────\n   10\n(1 row)\n"

    @Test func resultsAreInTheFileAsEachStatementEnds() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        let path = folder.path + "/out.txt"
        regq.send(".output out.txt" + Key.enter)
        try regq.expectCursorLine("regq> ")
        regq.send("select count(*) from IF" + Key.enter)
        try Self.waitFor(path, toRead: Self.forty)
        regq.send("select count(*) from TD" + Key.enter)
        try Self.waitFor(path, toRead: Self.forty + Self.ten)
        #expect(try Self.entries(folder).filter { $0 != "state" } == ["out.txt"])
    }

    @Test func aHangUpLeavesTheResultsWrittenSoFar() throws {
        let folder = try TemporaryFolder()
        let regq = try REPL.start(in: folder)
        regq.send(".output out.txt" + Key.enter)
        try regq.expectCursorLine("regq> ")
        regq.send("select count(*) from IF" + Key.enter)
        try Self.waitFor(folder.path + "/out.txt", toRead: Self.forty)
        kill(regq.pid, SIGHUP)
        _ = try regq.waitForExit()
        #expect(MetaCommandTests.read(folder.path + "/out.txt") == Self.forty)
        #expect(try Self.entries(folder).filter { $0 != "state" } == ["out.txt"])
    }

    /// Waits (5 s at most) until the file at `path` holds `expected`; nothing on the
    /// terminal says when a result has gone to a file.
    static func waitFor(_ path: String, toRead expected: String) throws {
        let deadline = PseudoTerminal.now() + 5
        while MetaCommandTests.read(path) != expected {
            guard PseudoTerminal.now() < deadline else {
                throw REPLTestFailure(description: "\(path) holds \(String(describing: MetaCommandTests.read(path)))")
            }
            usleep(20_000)
        }
    }

    static func entries(_ folder: TemporaryFolder) throws -> [String] {
        guard let directory = opendir(folder.path) else { throw REPLTestFailure(description: "cannot list \(folder.path)") }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
