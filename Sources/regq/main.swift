import ArgumentParser
import Register
import Shell

#if canImport(Glibc)
import Glibc
#endif

/// `regq [options] [FILE ...]`: the REPL on a terminal, else statements from the files,
/// `-e` texts or standard input.
struct Regq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regq",
        abstract: "Question a design-artefact register in a small query language.",
        discussion: """
        With no FILE and a terminal, starts the REPL; with no FILE and a pipe, reads \
        statements from standard input. Example:
          regq -e 'select IF where status = blocked and dag < May-22 group by blocker'
        Exit status: 0 success, 1 a statement failed, 2 usage, file or register error, \
        3 --fail-on-rows and a query returned rows.
        """
    )

    @Option(name: [.short, .customLong("register")], help: ArgumentHelp("Another register file (default: the embedded one).", valueName: "FILE"))
    var register: String?

    @Option(name: [.short, .long], help: "Output format: table, csv, tsv, json, jsonl, markdown, bar, timeline.")
    var format: FormatArgument = FormatArgument(.table)

    @Option(name: [.short, .long], help: ArgumentHelp("Set a parameter used as $NAME (repeatable).", valueName: "NAME=VALUE"))
    var param: [String] = []

    @Option(name: .customShort("e"), help: ArgumentHelp("Run TEXT (repeatable).", valueName: "TEXT"))
    var execute: [String] = []

    @Flag(help: "Parse and check every statement against the register's schema; run none.")
    var check = false

    @Flag(help: "Exit with status 3 when a query returned at least one row.")
    var failOnRows = false

    @Argument(help: ArgumentHelp("Query files to run in turn.", valueName: "FILE"), completion: .file(extensions: ["rq"]))
    var files: [String] = []

    func validate() throws {
        for assignment in param where Session.assignment(assignment) == nil {
            throw ValidationError("--param expects NAME=VALUE, found '\(assignment)'")
        }
    }

    func run() throws {
        var parameters: [String: String] = [:]
        for assignment in param {
            let (name, value) = Session.assignment(assignment)!
            parameters[name] = value
        }
        let options = BatchOptions(registerPath: register, format: format.value, parameters: parameters,
                                   texts: execute, files: files, checkOnly: check, failOnRows: failOnRows)
        throw ExitCode(Launcher.run(options))
    }
}

do {
    var command = try Regq.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Glibc.exit(exit.rawValue)
} catch {
    let status = Regq.exitCode(for: error)
    if status == .success {
        print(Regq.fullMessage(for: error))
        Glibc.exit(0)
    }
    Terminal.writeError(Regq.fullMessage(for: error) + "\n")
    Terminal.writeError("Usage: regq [options] [FILE ...]   (regq --help lists everything)\n")
    Glibc.exit(2)
}
