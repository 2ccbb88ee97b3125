#if canImport(Glibc)
import Glibc
#endif
@testable import PseudoTerminalSupport

/// A fresh folder for one test: regq's working directory, HOME and XDG_STATE_HOME, so
/// that no test reads or writes a real history. Removed when the test is done.
final class TemporaryFolder {
    let path: String

    init() throws {
        var template = Array("/tmp/regq-repl-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw REPLTestFailure(description: "mkdtemp failed: errno \(errno)") }
        path = String(cString: made)
    }

    deinit { Self.remove(path) }

    static func remove(_ path: String) {
        if let folder = opendir(path) {
            while let entry = readdir(folder) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != "." && name != ".." { remove(path + "/" + name) }
            }
            closedir(folder)
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}

/// Starting regq as a person at a terminal would, and where it is.
enum REPL {
    /// `$REGQ_BINARY`, else the debug build in the package (`make test` builds it first).
    static var binary: String {
        if let path = getenv("REGQ_BINARY"), path.pointee != 0 { return String(cString: path) }
        let parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        return parts.dropLast(3).joined(separator: "/") + "/.build/debug/regq"
    }

    /// HOME and XDG_STATE_HOME in `folder`, TERM=xterm, a UTF-8 locale and no colour.
    static func environment(_ folder: TemporaryFolder) -> [String: String] {
        var environment = ["HOME": folder.path, "XDG_STATE_HOME": folder.path + "/state", "TERM": "xterm", "NO_COLOR": "1",
                           "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        // `make test-sanitize`: the sanitized regq needs its options (leak suppressions).
        for name in ["ASAN_OPTIONS", "LSAN_OPTIONS", "ASAN_SYMBOLIZER_PATH", "SWIFT_BACKTRACE"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }

    /// regq started in `folder`, showing its first prompt.
    static func start(in folder: TemporaryFolder, environment: [String: String]? = nil,
                      arguments: [String] = []) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(binary: binary, arguments: arguments,
                                          environment: environment ?? Self.environment(folder), directory: folder.path)
        try terminal.expect("regq> ")
        return terminal
    }
}
