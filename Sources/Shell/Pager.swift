#if canImport(Glibc)
import Glibc
#endif

/// A result longer than the terminal, shown through a pager as psql does: `$PAGER`, else
/// `less -FRX`, run by the shell with the text on its standard input. Only the REPL asks
/// for it, with a terminal on standard output (`Session.pagerAllowed`), and `.pager off`
/// (or `PAGER` set empty) turns it off; a pipe, a file and a batch run get the text as it is.
enum Pager {
    /// The pager's command line: `$PAGER`, else `less -FRX`; nil when `PAGER` is set empty.
    static var command: String? {
        guard let pager = Terminal.environment("PAGER") else { return "less -FRX" }
        return pager.isEmpty ? nil : pager
    }

    /// Whether `text` has more lines than the terminal on standard output, less the line
    /// the prompt takes.
    static func isNeeded(for text: String) -> Bool {
        guard let rows = Terminal.height(1) else { return false }
        var lines = 0
        for byte in text.utf8 where byte == 0x0A {
            lines += 1
            if lines >= rows { return true }
        }
        return false
    }

    /// Runs the pager on `text` and waits for it to end; false when it could not be
    /// started (no shell, or the shell found no such command), the text then unshown.
    static func show(_ text: String, through command: String) -> Bool {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        let words: [String] = ["/bin/sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { word in word.withCString { strdup($0) } } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, environ)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        // The pager may end before reading all (`q` in less): the rest is not wanted.
        _ = Terminal.write(text, to: writeEnd)
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // 127: the shell found no such command, and showed nothing.
        let exited = status & 0x7F == 0
        return !(exited && (status >> 8) & 0xFF == 127)
    }
}
