import Foundation
import Testing

extension HostileInput {
    /// The REPL's history file is written like `.output`: a temporary file renamed over the
    /// old one. When it cannot be written (here a file-size limit stands in for a full disk)
    /// the REPL warns once, goes on, and the old file stays whole.
    @Suite struct HistoryFileTests {
        @Test func historyThatCannotBeWrittenStaysWhole() throws {
            let folder = try HostileRunner.temporaryFolder()
            let state = folder + "/state/regq"
            try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
            let history = (0 ..< 100).map { "select count(*) from IF -- entry \($0)\n" }.joined()
            try history.write(toFile: state + "/history", atomically: true, encoding: .utf8)
            let before = try NothingLostTests.Fingerprint(state + "/history")

            var environment = ["HOME": folder, "XDG_STATE_HOME": folder + "/state", "TERM": "xterm", "NO_COLOR": "1",
                               "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
            for name in ["ASAN_OPTIONS", "LSAN_OPTIONS", "ASAN_SYMBOLIZER_PATH"] { environment[name] = ProcessInfo.processInfo.environment[name] }
            let terminal = try Terminal(arguments: [], environment: environment, directory: folder, fileSizeLimit: 1024)
            try terminal.waitForPrompt()
            terminal.type("select count(*) from GA\r")
            try terminal.wait(for: "(1 row)")
            try terminal.waitForPrompt()
            terminal.type("select count(*) from TD\r")
            try terminal.wait(for: "10")
            try terminal.waitForPrompt()
            terminal.type("\u{04}")
            let status = try terminal.waitForExit()
            #expect(status == 0, "\(terminal.transcript)")
            #expect(terminal.transcript.components(separatedBy: "warning: cannot write history file \(state)/history: file too large").count == 2,
                    "one warning: \(terminal.transcript)")
            #expect(try NothingLostTests.Fingerprint(state + "/history") == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: state) == ["history"])
        }
    }
}

/// regq under a pseudo-terminal, as small as a test needs: type, wait for text, wait for
/// the exit. Every wait is bounded.
final class Terminal {
    let pid: pid_t
    let master: Int32
    private(set) var output: [UInt8] = []
    private var seen = 0
    private var status: Int32?

    var transcript: String { String(decoding: output, as: UTF8.self) }

    init(arguments: [String], environment: [String: String], directory: String, fileSizeLimit: Int? = nil) throws {
        let argv = ([HostileRunner.binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let folder = strdup(directory)!
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
            free(folder)
        }
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        var limit = rlimit(rlim_cur: rlim_t(fileSizeLimit ?? 0), rlim_max: rlim_t(fileSizeLimit ?? 0))
        let limited = fileSizeLimit != nil
        var master: Int32 = -1
        // Only async-signal-safe calls between fork and exec.
        let pid = argv.withUnsafeBufferPointer { arguments in
            envp.withUnsafeBufferPointer { environment in
                let program = arguments[0]!, argumentList = arguments.baseAddress!, environmentList = environment.baseAddress!
                let pid = forkpty(&master, nil, nil, &size)
                if pid == 0 {
                    closefrom(3)
                    chdir(folder)
                    if limited { setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) }
                    execve(program, argumentList, environmentList)
                    _exit(127)
                }
                return pid
            }
        }
        guard pid > 0 else { throw CocoaError(.featureUnsupported) }
        self.pid = pid
        self.master = master
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            waitpid(pid, &raw, 0)
        }
        close(master)
    }

    func type(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits for `text` in what regq wrote after the last match.
    func wait(for text: String, timeout: Double = 5) throws {
        let deadline = Date().addingTimeInterval(timeout)
        let wanted = Array(text.utf8)
        while true {
            if let found = Self.find(wanted, in: output, from: seen) {
                seen = found + wanted.count
                return
            }
            guard Date() < deadline else { throw TerminalTimeout(waitingFor: text, transcript: transcript) }
            read(waiting: 0.05)
        }
    }

    /// Waits for the prompt and for libedit to take the terminal (echo off), so that what
    /// is typed next is edited, not echoed twice.
    func waitForPrompt(timeout: Double = 5) throws {
        try wait(for: "regq> ", timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ECHO) != 0, Date() < deadline { read(waiting: 0.01) }
    }

    func waitForExit(timeout: Double = 5) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var raw: Int32 = 0
            if waitpid(pid, &raw, WNOHANG) == pid {
                while read(waiting: 0.05) {}
                status = raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
                return status!
            }
            read(waiting: 0.05)
        }
        throw TerminalTimeout(waitingFor: "the exit", transcript: transcript)
    }

    @discardableResult
    private func read(waiting: Double) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(max(1, waiting * 1000))) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        output += buffer[..<count]
        return true
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index ..< index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}

struct TerminalTimeout: Error, CustomStringConvertible {
    let waitingFor: String
    let transcript: String
    var description: String { "timed out waiting for \(waitingFor); regq wrote:\n\(transcript)" }
}
