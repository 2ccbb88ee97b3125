import Foundation
import Testing

/// Meta-commands in batch input (they work the same in the REPL).
@Suite struct MetaCommandTests {
    typealias CLI = CLIRunner

    @Test func paramsSaveQueriesRunOutputAndRead() throws {
        let register = try CLI.temporaryFile("small.csv", "kind,ref,name,wg,subgroups,status,blocker,sg,review,dag\nGA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n")
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
