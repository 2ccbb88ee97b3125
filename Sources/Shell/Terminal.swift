#if canImport(Glibc)
import Glibc
#endif
import RegisterCSV
import RegisterModel

/// Facts about the process's terminal and raw writes to its streams.
public enum Terminal {
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    public static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// Colour only on a terminal, never with NO_COLOR set (to anything) or TERM=dumb.
    public static func allowsColor(_ fd: Int32) -> Bool {
        isTerminal(fd) && environment("NO_COLOR") == nil && environment("TERM") != "dumb"
    }

    /// Columns of the terminal on `fd`; else `$COLUMNS` when set; else nil (no limit).
    public static func width(_ fd: Int32) -> Int? {
        if isTerminal(fd) {
            var size = winsize()
            if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let columns = environment("COLUMNS"), let n = Int(columns), n > 0 { return n }
        return nil
    }

    /// Rows of the terminal on `fd`; nil when it is none.
    public static func height(_ fd: Int32) -> Int? {
        guard isTerminal(fd) else { return nil }
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Whether the locale's character set is UTF-8 (for box-drawing and `…`).
    public static var isUTF8: Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment(name), !value.isEmpty {
                let lower = value.lowercased()
                return lower.contains("utf-8") || lower.contains("utf8")
            }
        }
        return true
    }

    // MARK: - Writing

    /// Makes a closed pipe or a full file show as a failed write (EPIPE, EFBIG) instead of
    /// a signal that kills the process silently: `regq … | head -1` then ends quietly, and
    /// a file-size limit becomes a message. Idempotent; the session calls it at start-up.
    public static func ignoreWriteSignals() {
        _ = writeSignalsIgnored
    }

    private static let writeSignalsIgnored: Void = {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }()

    /// Writes all of `text` to `fd`; why not, when that failed. The caller decides what a
    /// failure means: on standard output it ends the run (`WriteFailure`), on standard
    /// error it is ignored, since there is nowhere left to say so.
    public static func write(_ text: String, to fd: Int32) -> WriteFailure? {
        ignoreWriteSignals()
        var text = text
        guard let code = text.withUTF8({ FileBytes.writeAll(UnsafeRawBufferPointer($0), to: fd) }) else { return nil }
        return code == EPIPE ? .readerGone : .failed(reason: FileBytes.Failure(code: code).reason)
    }

    /// Writes a message to standard error, made safe for a terminal: control characters
    /// are shown escaped (`\x1b`) and a line longer than `messageLineLimit` characters is
    /// cut in its middle — a message may quote a register cell, and a register cell may
    /// hold anything. Only the colours a `DiagnosticRenderer` uses pass, and only when
    /// standard error is a colour terminal.
    public static func writeError(_ text: String) {
        _ = write(safeMessage(text, allowingColor: allowsColor(2)), to: 2)
    }

    /// The longest line `writeError` writes whole.
    public static let messageLineLimit = 1000

    /// `text` as `writeError` writes it.
    public static func safeMessage(_ text: String, allowingColor: Bool) -> String {
        if !mayNeedCleaning(text) { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { cleanLine($0, allowingColor: allowingColor) }
            .joined(separator: "\n")
    }

    /// A cheap test on the bytes: false when every line is short and free of controls.
    static func mayNeedCleaning(_ text: String) -> Bool {
        var lineLength = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                lineLength = 0
                continue
            }
            if TerminalText.mayBeginControl(byte) { return true }
            lineLength += 1
            if lineLength > messageLineLimit { return true }
        }
        return false
    }

    /// The colours `DiagnosticRenderer` writes.
    static let diagnosticColors = ["\u{1B}[1;31m", "\u{1B}[1;33m", "\u{1B}[1;36m", "\u{1B}[0m"]

    static func cleanLine(_ line: Substring, allowingColor: Bool) -> String {
        func clean(_ text: Substring) -> String {
            TerminalText.escaped(String(text), cutBeyond: messageLineLimit)
        }
        guard allowingColor, line.utf8.contains(0x1B) else { return clean(line) }
        var out = ""
        var textStart = line.startIndex
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == "\u{1B}", let color = diagnosticColors.first(where: { line[index...].hasPrefix($0) }) {
                out += clean(line[textStart ..< index]) + color
                index = line.index(index, offsetBy: color.count)
                textStart = index
            } else {
                index = line.index(after: index)
            }
        }
        return out + clean(line[textStart...])
    }
}
