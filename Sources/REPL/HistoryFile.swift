#if canImport(Glibc)
import Glibc
#endif
import ColumnStore
import RegisterCSV
import RegisterModel
import Shell

/// The REPL's history file: `$XDG_STATE_HOME/regq/history`, else
/// `~/.local/state/regq/history`. One entry a line, a statement typed over several lines
/// kept whole by escaping its newlines (`\n`, and `\\` for a backslash).
///
/// Each new entry is added to what the file holds now (another regq may have written it
/// meanwhile), capped, and written to a temporary file that is renamed over the old one,
/// with mode 0600: a crash never leaves half a file, and others cannot read the queries.
/// A file that cannot be read or written costs a one-line warning, never the REPL.
final class HistoryFile {
    /// The most entries kept; the oldest go first.
    static let capacity = 1000

    let path: String?
    private var warned = false

    init(environment: (String) -> String? = Terminal.environment) {
        path = Self.defaultPath(environment: environment)
    }

    static func defaultPath(environment: (String) -> String?) -> String? {
        if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/regq/history" }
        if let home = environment("HOME"), !home.isEmpty { return home + "/.local/state/regq/history" }
        return nil
    }

    /// The saved entries, oldest first; none when there is no file yet.
    func load() -> [String] {
        guard let path else {
            warn("no history file: neither XDG_STATE_HOME nor HOME is set")
            return []
        }
        guard access(path, F_OK) == 0 else { return [] }
        switch FileBytes.read(path: path) {
        case .success(let bytes): return Self.decode(bytes)
        case .failure(let failure):
            warn("cannot read history file \(path): \(failure.reason)")
            return []
        }
    }

    /// Adds `entry` to the file (unless it repeats the newest entry).
    func append(_ entry: String) {
        guard let path else { return }
        var entries: [String] = []
        if case .success(let bytes) = FileBytes.read(path: path) { entries = Self.decode(bytes) }
        if entries.last != entry { entries.append(entry) }
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        guard Self.makeFolders(for: path) else {
            warn("cannot create the folder of history file \(path): \(String(cString: strerror(errno)).lowercased())")
            return
        }
        if case .failure(let failure) = FileBytes.writeAtomically(Self.encode(entries), to: path, mode: 0o600) {
            warn("cannot write history file \(path): \(failure.reason)")
        }
    }

    /// One warning a session is enough: the REPL works the same without history.
    private func warn(_ message: String) {
        guard !warned else { return }
        warned = true
        Terminal.writeError("warning: \(message)\n")
    }

    // MARK: - Format

    static func encode(_ entries: [String]) -> [UInt8] {
        var text = ""
        for entry in entries {
            for character in entry.unicodeScalars {
                switch character {
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                default: text.unicodeScalars.append(character)
                }
            }
            text += "\n"
        }
        return Array(text.utf8)
    }

    static func decode(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").map { line in
            var entry = ""
            var escaped = false
            for character in line.unicodeScalars {
                if escaped {
                    switch character {
                    case "n": entry += "\n"
                    case "r": entry += "\r"
                    default: entry.unicodeScalars.append(character)
                    }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else {
                    entry.unicodeScalars.append(character)
                }
            }
            return entry
        }.suffix(capacity).map { $0 }
    }

    /// `mkdir -p` of the file's folder; new folders are private (0700), as XDG asks.
    static func makeFolders(for path: String) -> Bool {
        var folder = path.hasPrefix("/") ? "" : "."
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        for part in parts {
            folder += "/" + part
            if mkdir(folder, 0o700) != 0 && errno != EEXIST { return false }
        }
        return true
    }
}
