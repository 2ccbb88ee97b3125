#if canImport(Glibc)
import Glibc
#endif

/// Why a REPL test stopped waiting.
struct REPLTestFailure: Error, CustomStringConvertible {
    let description: String
}

// Shared by the REPL tests and the hostile-input tests (`@testable import`).

/// regq running under a real pseudo-terminal (`forkpty`), 80×24, with the keys a person
/// would type and the screen they would see. Waits are bounded (5 s by default), so a
/// hung REPL fails its test rather than the run.
final class PseudoTerminal {
    static let columns: UInt16 = 80
    static let rows: UInt16 = 24

    let pid: pid_t
    private let master: Int32
    private(set) var screen = TerminalScreen(columns: Int(columns), rows: Int(rows))
    /// Lines before this one were matched by an earlier `expect`.
    private var mark = 0
    private var status: Int32?
    /// Everything regq wrote, for the message of a failed wait.
    private var transcript: [UInt8] = []

    /// Everything regq wrote so far, escape sequences and all.
    var transcriptText: String { String(decoding: transcript, as: UTF8.self) }

    /// Starts `binary` in `directory` with exactly `environment`; with `fileSizeLimit`,
    /// files it writes may not grow past that many bytes (a full disk, as the program sees it).
    init(binary: String, arguments: [String] = [], environment: [String: String], directory: String,
         fileSizeLimit: Int? = nil) throws {
        guard access(binary, X_OK) == 0 else {
            throw REPLTestFailure(description: "no regq binary at \(binary): build it first, or set REGQ_BINARY")
        }
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let folder = strdup(directory)!
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
            free(folder)
        }
        var size = winsize(ws_row: Self.rows, ws_col: Self.columns, ws_xpixel: 0, ws_ypixel: 0)
        var limit = rlimit(rlim_cur: rlim_t(fileSizeLimit ?? 0), rlim_max: rlim_t(fileSizeLimit ?? 0))
        let limited = fileSizeLimit != nil
        var master: Int32 = -1
        // regq starts with no signal blocked, as from a shell: the test runner's threads
        // block some, and a forked child would inherit its thread's mask.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        // The child only calls async-signal-safe functions before exec: the test runner
        // has other threads, whose locks a forked copy must not touch.
        let pid = argv.withUnsafeBufferPointer { arguments in
            envp.withUnsafeBufferPointer { environment in
                let program = arguments[0]!
                let argumentList = arguments.baseAddress!
                let environmentList = environment.baseAddress!
                let pid = forkpty(&master, nil, nil, &size)
                if pid == 0 {
                    closefrom(3)
                    sigprocmask(SIG_SETMASK, &unblocked, nil)
                    chdir(folder)
                    if limited { setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) }
                    execve(program, argumentList, environmentList)
                    _exit(127)
                }
                return pid
            }
        }
        guard pid > 0 else { throw REPLTestFailure(description: "forkpty failed: errno \(errno)") }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
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

    // MARK: - Typing

    func send(_ text: String, whenEditing: Bool = true) {
        send(bytes: Array(text.utf8), whenEditing: whenEditing)
    }

    /// Types `bytes`, by default once the line editor has the terminal: libedit shows the
    /// prompt a moment before it turns the terminal's echo off, and keys that arrive in
    /// between are echoed twice, by the terminal and by libedit.
    func send(bytes: [UInt8], whenEditing: Bool = true) {
        if whenEditing {
            let deadline = Self.now() + 5
            while !isEditing && Self.now() < deadline { _ = read(waiting: 0.01) }
        }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            offset += count
        }
    }

    // MARK: - Watching

    /// Waits until `text` shows on the screen below what earlier calls matched (lines
    /// joined with `\n`, blanks at their ends dropped), and moves the mark to the line
    /// where it ends.
    func expect(_ expected: String, timeout: Double = 5) throws {
        let text = expected.trimmingTrailingBlanks()
        try wait(for: "'\(expected)'", timeout: timeout) { screen in
            let joined = screen.lines[min(self.mark, screen.lines.count)...].joined(separator: "\n")
            guard let found = joined.firstRange(of: text) else { return false }
            self.mark += joined[..<found.upperBound].filter { $0 == "\n" }.count
            return true
        }
    }

    /// Waits until the line under the cursor reads exactly `text` (trailing blanks aside).
    func expectCursorLine(_ text: String, timeout: Double = 5) throws {
        try wait(for: "cursor line '\(text)'", timeout: timeout) { $0.cursorLine == text.trimmingTrailingBlanks() }
        mark = screen.cursorLineIndex
    }

    /// Reads output until `condition` holds for the screen, or fails after `timeout` seconds.
    func wait(for what: String, timeout: Double = 5, _ condition: (TerminalScreen) -> Bool) throws {
        let deadline = Self.now() + timeout
        while true {
            if condition(screen) { return }
            let left = deadline - Self.now()
            guard left > 0, read(waiting: left) else {
                if condition(screen) { return }
                throw REPLTestFailure(description: "timed out waiting for \(what); the screen shows:\n"
                    + screen.lines.joined(separator: "\n").trimmingTrailingNewlines()
                    + "\nthe last bytes written: " + Self.escaped(transcript.suffix(600)))
            }
        }
    }

    /// Waits for regq to end and gives its exit status (128 + signal when killed).
    func waitForExit(timeout: Double = 5) throws -> Int32 {
        let deadline = Self.now() + timeout
        while true {
            if !isRunning {
                while read(waiting: 0.05) {}
                return status!
            }
            guard Self.now() < deadline else { throw REPLTestFailure(description: "regq did not exit within \(timeout) s") }
            _ = read(waiting: 0.05)
        }
    }

    /// Whether the terminal's echo is off, as libedit sets it while a line is edited.
    var isEditing: Bool {
        var settings = termios()
        return tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ECHO) == 0
    }

    /// Whether regq is still running; notes its exit status once it has ended.
    var isRunning: Bool {
        guard status == nil else { return false }
        var raw: Int32 = 0
        guard waitpid(pid, &raw, WNOHANG) == pid else { return true }
        status = raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
        return false
    }

    /// Feeds what arrives within `waiting` seconds to the screen; false when nothing
    /// came (time out, or the other side closed).
    private func read(waiting: Double) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(max(1, waiting * 1000))) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        screen.feed(buffer[..<count])
        transcript += buffer[..<count]
        return true
    }

    static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined()
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Keys as a terminal sends them.
enum Key {
    static let enter = "\r"
    static let tab = "\t"
    static let up = "\u{1B}[A"
    static let controlC = "\u{03}"
    static let controlD = "\u{04}"
    static let controlR = "\u{12}"
}
