import ArgumentParser
import Shell

/// Parses `arguments` as `Command` and runs it, giving the exit status for the executable
/// to exit with. `--help` and `--version` print to standard output, status 0; a usage
/// error is status 2, with the parser's message and `usage`, once (the parser's own usage
/// line is long and would repeat it).
public func commandStatus<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String], usage: String) -> Int32 {
    do {
        var command = try Command.parseAsRoot(arguments)
        try command.run()
        return 0
    } catch let exit as ExitCode {
        return exit.rawValue
    } catch {
        let status = Command.exitCode(for: error)
        if status == .success {
            print(Command.fullMessage(for: error))
            return 0
        }
        let message = Command.message(for: error)
        Terminal.writeError("error: " + message.prefix(1).lowercased() + message.dropFirst() + "\n")
        Terminal.writeError(usage + "\n")
        return 2
    }
}
