#if canImport(Glibc)
import Glibc
#endif

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

    /// Writes all of `text`; on a closed pipe (`regq … | head -1`) the process ends quietly.
    public static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { exit(0) }
                    return
                }
                offset += n
            }
        }
    }

    public static func writeError(_ text: String) { write(text, to: 2) }
}
