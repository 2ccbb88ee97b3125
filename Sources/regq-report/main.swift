#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import CommandLineArguments
import PackCommand

/// `regq report [PACK.md] [-r FILE | --history DIR] [-p NAME=VALUE …] [-o FILE.html]`: the
/// monthly pack as one self-contained HTML page.
struct ReportPackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regq report",
        abstract: "Make the monthly pack: one self-contained HTML page of tables and charts.",
        discussion: """
        Without PACK.md, the standard pack: status by kind, blocked by blocker, what \
        reaches DAG in the next three months, forecasts TBC or out of order; with a \
        history, what slipped, became blocked, was unblocked, is new or was removed since \
        the report before, the blocked count report by report and a trend chart of what \
        slipped. PACK.md is Markdown whose ```regq blocks hold statements (```regq bar, \
        timeline, trend draw a chart; docs/PACK.md). $month defaults to the latest \
        report's month. Exit status: 0; 1 a statement failed (nothing is written); 2 \
        usage, file or register error.
        """
    )

    @Argument(help: ArgumentHelp("The pack: Markdown with ```regq blocks (default: the standard pack).", valueName: "PACK.md"),
              completion: .file(extensions: ["md"]))
    var pack: String?

    @OptionGroup var registers: RegisterArguments

    @OptionGroup var parameters: ParameterArguments

    @Option(name: CommandLineOption.output.name, help: ArgumentHelp("Write the page to FILE, whole or not at all (default: standard output).", valueName: "FILE.html"))
    var output: String?

    func run() throws {
        throw ExitCode(ReportCommand.run(ReportOptions(registers: try registers.choice(), packPath: pack,
                                                       parameters: parameters.values, outputPath: output)))
    }
}

// regq-report is what `regq report` runs (beside regq, so that only this executable
// links the Markdown library); run alone, it is the same command.
Glibc.exit(commandStatus(ReportPackCommand.self, Array(CommandLine.arguments.dropFirst()),
                         usage: "usage: regq report [PACK.md] [-r FILE | --history DIR] [-p NAME=VALUE …] [-o FILE.html]   (regq report --help lists everything)"))
