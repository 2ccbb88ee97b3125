#if canImport(Glibc)
import Glibc
#endif
@testable import PseudoTerminalSupport
import TestSupport

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

/// Starting regq as a person at a terminal would.
enum REPL {
    /// regq started in `folder`, showing its first prompt.
    static func start(in folder: TemporaryFolder, environment: [String: String]? = nil,
                      arguments: [String] = []) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(binary: RegqProcess.binary, arguments: arguments,
                                          environment: environment ?? RegqEnvironment.terminal(home: folder.path),
                                          directory: folder.path)
        try terminal.expect("regq> ")
        return terminal
    }
}
