import Foundation
import TestSupport
import Testing

/// Meta-commands in batch input (they work the same in the REPL).
@Suite struct MetaCommandTests {
    typealias CLI = CLIRunner

    @Test func paramsSaveQueriesRunOutputAndRead() throws {
        let register = try TemporaryFiles.file("small.csv", RegisterText.header + "GA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n")
        let folder = (register as NSString).deletingLastPathComponent
        try "select count(*) from IF\n".write(toFile: folder + "/count.rq", atomically: true, encoding: .utf8)
        let input = """
            .param kind IF
            .params
            .format csv
            select count(*) where kind = $kind
            .save ifcount
            .queries
            .run ifcount kind=BP
            .output out.csv
            select count(*) from GA
            .output
            .read count.rq
            .load small.csv
            select name

            """
        let run = try CLI.run([], stdin: input, directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "$kind = IF\ncount\n40\nQueries:\n  ifcount  ifcount\ncount\n24\ncount\n40\nname\nGlossary\n")
        #expect(try String(contentsOfFile: folder + "/out.csv", encoding: .utf8) == "count\n5\n")
        #expect(try String(contentsOfFile: folder + "/Queries/ifcount.rq", encoding: .utf8)
                == "#!/usr/bin/env regq\n-- ifcount\nselect count(*) where kind = $kind\n")
        #expect(run.stderr == "saved Queries/ifcount.rq\nloaded small.csv: 1 artefacts\n")
        let again = try CLI.run([], stdin: "select count(*)\n.save ifcount\n", directory: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("cannot save Queries/ifcount.rq: it already exists (.save! ifcount replaces it)"))
    }

    @Test func badCommandsAreErrorsWithSuggestions() throws {
        let run = try CLI.run([], stdin: ".vlaues kind\n")
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("<stdin>:1:1: error: unknown command '.vlaues'; did you mean '.values'? (.help lists the commands)\n"))
        let format = try CLI.run([], stdin: ".format jsn\n")
        #expect(format.stderr.contains("unknown format 'jsn'; did you mean 'json'?"))
    }

    /// An error about an argument underlines the argument, not the whole line.
    @Test func errorsPointAtTheOffendingArgument() throws {
        let values = try CLI.run([], stdin: ".values stauts\n")
        #expect(values.status == 1)
        #expect(values.stderr == """
            <stdin>:1:9: error: unknown field 'stauts'; did you mean 'status'?
              .values stauts
                      ^~~~~~

            """)
        let format = try CLI.run([], stdin: ".format  jsn\n")
        #expect(format.stderr.hasPrefix("<stdin>:1:10: error: unknown format 'jsn'; did you mean 'json'? (formats: "))
        #expect(format.stderr.hasSuffix("\n  .format  jsn\n           ^~~\n"))
        let help = try CLI.run([], stdin: ".help formt\n")
        #expect(help.status == 1)
        #expect(help.stdout == "")
        #expect(help.stderr == """
            <stdin>:1:7: error: unknown help topic 'formt'; did you mean 'formats'? (topics: queries, conditions, history, fields, commands, formats)
              .help formt
                    ^~~~~

            """)
        let quoted = try CLI.run([], stdin: ".values \"sta tus\"\n")
        #expect(quoted.stderr.hasSuffix("\n  .values \"sta tus\"\n          ^~~~~~~~~\n"))
        let command = try CLI.run([], stdin: ".vlaues kind\n")
        #expect(command.stderr.hasSuffix("\n  .vlaues kind\n  ^~~~~~~\n"))
        let timer = try CLI.run([], stdin: ".timer maybe\n")
        #expect(timer.stderr == "<stdin>:1:8: error: usage: .timer on|off\n  .timer maybe\n         ^~~~~\n")
        let run = try CLI.run([], stdin: ".run blocked month\n")
        #expect(run.stderr.hasPrefix("<stdin>:1:14: error: expected NAME=VALUE, found 'month'\n"))
    }

    @Test func helpOnATopicByItsFirstLetters() throws {
        let run = try CLI.run([], stdin: ".help cond\n")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Conditions"))
    }

    @Test func aUsageErrorIsReportedOnce() throws {
        for input in [".timer\n", ".timer maybe\n", ".values\n"] {
            let run = try CLI.run([], stdin: input)
            #expect(run.status == 1)
            #expect(run.stderr.components(separatedBy: "error: usage: ").count == 2, "\(input): \(run.stderr)")
        }
    }

    @Test func timerAndFields() throws {
        let run = try CLI.run(["-f", "csv"], stdin: ".timer on\nselect count(*)\n.fields\n")
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("time: "))
        #expect(run.stdout.hasPrefix("count\n89\nkind       kind: "))
        #expect(run.stdout.contains("status     text: the status label as printed, blocker removed\n"))
    }
}
