import ArgumentParser
import SQLCompiler
import Commands
import Shell
import CommandLineArguments

/// `regq sql [--dialect NAME] [-r REGISTER] [-p NAME=VALUE] [-e TEXT | FILE ...]`: each
/// statement as one SQL query over the canonical `register` table.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regq sql",
        abstract: "Print each statement as one SQL query that gives regq's answer.",
        discussion: """
        The query runs over the table `regq -f sql --dialect NAME -e 'select *'` writes \
        (docs/SQL.md), and returns the same rows, columns and order as regq. Statements \
        come from -e TEXT, the FILEs, or standard input; each is checked against the \
        register (a pivot's columns are its values there). Example:
          regq sql --dialect postgres Queries/blocked.rq | psql mydb
        Exit status: 0; 1 when a statement did not check or has no SQL form (the others \
        are still written); 2 usage, file or register error.
        """
    )

    @Option(name: CommandLineOption.dialect.name, help: ArgumentHelp("The SQL engine: " + SQLDialect.names.joined(separator: ", ") + ".", valueName: "NAME"))
    var dialect: DialectArgument = DialectArgument(.sqlite)

    @OptionGroup var registers: RegisterArguments

    @OptionGroup var parameters: ParameterArguments

    @Option(name: CommandLineOption.execute.name, help: ArgumentHelp("Translate TEXT (repeatable).", valueName: "TEXT"))
    var execute: [String] = []

    @Argument(help: ArgumentHelp("Query files to translate in turn.", valueName: "FILE"), completion: .file(extensions: ["rq"]))
    var files: [String] = []

    func run() throws {
        let options = SQLTranslationOptions(dialect: dialect.value, registers: try registers.choice(), parameters: parameters.values,
                                            texts: execute, files: files)
        throw ExitCode(SQLTranslationRun.run(options))
    }
}
