import ArgumentParser
import ColumnStore
import RegisterCSV
import RegisterModel
import Output
import CommandLineArguments
import Commands
import Shell

#if canImport(Glibc)
import Glibc
import SQLCompiler
#endif

/// `regq [options] [FILE ...]`: the REPL on a terminal, else statements from the files,
/// `-e` texts or standard input. (`regq reconcile …` is `ReconcileCommand`.)
struct Regq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regq",
        abstract: "Question a design-artefact register in a small query language.",
        discussion: """
        With no FILE and a terminal, starts the REPL; with no FILE and a pipe, reads \
        statements from standard input. Example:
          regq -e 'select IF where status = blocked and dag < May-22 group by blocker'
        Exit status: 0 success, 1 a statement failed, 2 usage, file or register error, \
        3 --fail-on-rows and a query returned rows. `-r -` reads the register from \
        standard input (the statements then come from -e or FILE).
        `regq reconcile [FILE] [-f FORMAT] [--strict] [-r REGISTER [--sheet NAME]]` compares the figures \
        the report's summary tables publish with the register (regq reconcile --help). \
        `regq sql [--dialect NAME] [-e TEXT | FILE ...]` prints each statement as one SQL \
        query for SQLite, DuckDB or PostgreSQL (regq sql --help). \
        `regq import REPORT.txt [-o REGISTER.csv] [--summary SUMMARY.csv]` reads a monthly \
        status report's text into a register (regq import --help). \
        `regq report [PACK.md] [-r FILE | --history DIR] [-o FILE.html]` makes the monthly \
        pack as one HTML page (regq report --help).
        """,
        version: RegqVersion.line
    )

    @OptionGroup var registers: RegisterArguments

    @Option(name: CommandLineOption.format.name, help: FormatArgument.help)
    var format: FormatArgument = FormatArgument(.table)

    @Option(name: CommandLineOption.dialect.name, help: ArgumentHelp("The SQL engine -f sql writes for: " + SQLDialect.names.joined(separator: ", ") + ".", valueName: "NAME"))
    var dialect: DialectArgument = DialectArgument(.sqlite)

    @OptionGroup var parameters: ParameterArguments

    @Option(name: CommandLineOption.execute.name, help: ArgumentHelp("Run TEXT (repeatable).", valueName: "TEXT"))
    var execute: [String] = []

    @Flag(name: CommandLineOption.check.name, help: "Parse and check every statement against the register's schema; run none.")
    var check = false

    @Flag(name: CommandLineOption.failOnRows.name, help: "Exit with status 3 when a query returned at least one row.")
    var failOnRows = false

    @Flag(name: CommandLineOption.strict.name, help: "Treat every warning as an error (exit status 1), with --check too.")
    var strict = false

    @Argument(help: ArgumentHelp("Query files to run in turn.", valueName: "FILE"), completion: .file(extensions: ["rq"]))
    var files: [String] = []

    func run() throws {
        var options = BatchOptions(registers: try registers.choice(), format: format.value, parameters: parameters.values,
                                   texts: execute, files: files, checkOnly: check, failOnRows: failOnRows)
        options.sqlDialect = dialect.value
        options.strict = strict
        throw ExitCode(Launcher.run(options))
    }
}

/// `regq reconcile [FILE] [-f FORMAT] [--strict] [-r REGISTER [--sheet NAME]]`: the report's published
/// figures beside the register's.
struct ReconcileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regq reconcile",
        abstract: "Compare the figures the report's summary tables publish with the register.",
        discussion: """
        Runs the query of every figure in FILE (default: the embedded copy of \
        Data/summary.csv, columns table,row,column,published,query) and prints table, row, \
        column, published, computed and difference (computed - published). \
        Exit status: 0, even when figures differ (that is what reconcile is for); 1 with \
        --strict when any figure differs; 2 usage, file, register or query error.
        """
    )

    @Argument(help: ArgumentHelp("The summary file (default: the embedded Data/summary.csv).", valueName: "FILE"),
              completion: .file(extensions: ["csv"]))
    var file: String?

    @Option(name: CommandLineOption.format.name, help: FormatArgument.help)
    var format: FormatArgument = FormatArgument(.table)

    @Flag(name: CommandLineOption.strict.name, help: "Exit with status 1 when any figure differs.")
    var strict = false

    @Option(name: CommandLineOption.register.name, help: ArgumentHelp("Another register file (default: the embedded one).", valueName: "FILE"))
    var register: String?

    @Option(name: CommandLineOption.sheet.name, help: RegisterArguments.sheetHelp)
    var sheet: String?

    func run() throws {
        let options = ReconcileOptions(summaryPath: file, registerPath: register, sheet: sheet, format: format.value, strict: strict)
        throw ExitCode(Reconcile.run(options))
    }
}

/// `regq import REPORT.txt [-o REGISTER.csv] [--summary SUMMARY.csv] [--like FILE]`: the
/// register and the published figures a monthly status report's text holds.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regq import",
        abstract: "Read a monthly status report's text into a register file (and its published figures).",
        discussion: """
        Writes the register the report's detail tables hold as CSV (standard output \
        without -o), and with --summary the figures its summary tables publish, in \
        Data/summary.csv's form, for `regq reconcile SUMMARY.csv -r REGISTER.csv`. Cells \
        run together are told apart by the values a register already holds (the embedded \
        one, or --like FILE's); a line that cannot be read for certain refuses the report \
        (docs/REPORTS.md). Exit status: 0; 2 usage, file or report error.
        """
    )

    @Argument(help: ArgumentHelp("The report's text, as extracted from its slides.", valueName: "REPORT"),
              completion: .file(extensions: ["txt"]))
    var report: String

    @Option(name: CommandLineOption.output.name, help: ArgumentHelp("Write the register to FILE (default: standard output).", valueName: "FILE"))
    var output: String?

    @Option(name: CommandLineOption.summary.name, help: ArgumentHelp("Write the published figures to FILE.", valueName: "FILE"))
    var summary: String?

    @Option(name: CommandLineOption.like.name, help: ArgumentHelp("The register whose values tell cells apart (default: the embedded one).", valueName: "FILE"))
    var like: String?

    func run() throws {
        throw ExitCode(ReportImport.run(ImportOptions(reportPath: report, outputPath: output, summaryPath: summary, likePath: like)))
    }
}


// `reconcile`, `sql`, `report` or `import` as the first argument picks that subcommand; anything
// else is `regq [options] [FILE ...]` (a query file named `sql` is `./sql`).
let arguments = JoinedShortOptions.split(Array(CommandLine.arguments.dropFirst()))
/// The exit status of an everyday command line (`PlainArguments`), or nil when the argument
/// parser is to read it. The options are released before the process exits, so that the
/// leak checker (`make test-sanitize`) sees no value in flight at exit: it cannot follow
/// the tagged pointers Swift keeps in an enum's payload, and would report them as lost.
func runEverydayCommandLine(_ arguments: [String]) -> Int32? {
    guard let options = PlainArguments.parse(arguments) else { return nil }
    return Launcher.run(options)
}

if let status = runEverydayCommandLine(arguments) {
    Glibc.exit(status)
} else if arguments.first == "sql" {
    Glibc.exit(commandStatus(SQLCommand.self, Array(arguments.dropFirst()),
         usage: "usage: regq sql [--dialect NAME] [-r REGISTER] [-p NAME=VALUE] [-e TEXT | FILE ...]   (regq sql --help lists everything)"))
} else if arguments.first == "reconcile" {
    Glibc.exit(commandStatus(ReconcileCommand.self, Array(arguments.dropFirst()),
         usage: "usage: regq reconcile [FILE] [-f FORMAT] [--strict] [-r REGISTER [--sheet NAME]]   (regq reconcile --help lists everything)"))
} else if arguments.first == "report" {
    // The pack is made by regq-report, beside this binary: it alone links the Markdown
    // library (and Foundation with it), so that everyday regq starts as fast as it can.
    SiblingCommand.replaceProcess(with: "regq-report", arguments: Array(arguments.dropFirst()))
} else if arguments.first == "import" {
    Glibc.exit(commandStatus(ImportCommand.self, Array(arguments.dropFirst()),
         usage: "usage: regq import REPORT.txt [-o REGISTER.csv] [--summary SUMMARY.csv] [--like FILE]   (regq import --help lists everything)"))
} else {
    Glibc.exit(commandStatus(Regq.self, arguments, usage: "usage: regq [options] [FILE ...]   (regq --help lists everything)"))
}
