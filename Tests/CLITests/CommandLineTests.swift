import Foundation
import Commands
import Shell
import TestSupport
import Testing

/// The command line as a person types it: usage errors said once, `--version`, short
/// options with their values joined, and the register from standard input.
@Suite struct CommandLineTests {
    typealias CLI = CLIRunner
    static let count = "select count(*) from IF where dag < $m"

    @Test func aUsageErrorSaysUsageOnce() throws {
        for arguments in [["--no-such-option"], ["-f", "yaml", "-e", "select *"], ["--param", "novalue", "-e", "select *"],
                          ["reconcile", "--no-such-option"]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stdout == "")
            #expect(run.stderr.lowercased().components(separatedBy: "usage:").count == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.hasPrefix("error: "), "\(run.stderr)")
        }
        let option = try CLI.run(["--no-such-option"])
        #expect(option.stderr == """
            error: unknown option '--no-such-option'
            usage: regq [options] [FILE ...]   (regq --help lists everything)

            """)
    }

    @Test func versionPrintsTheVersion() throws {
        let run = try CLI.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == RegqVersion.line + "\n")
        #expect(run.stdout.hasPrefix("regq "))
        #expect(run.stderr == "")
    }

    /// `-fcsv`, `-pm=May-22`, `-e'…'` mean what `-f csv`, `-p m=May-22`, `-e '…'` mean,
    /// read by either command-line reader (`--format=csv` is the argument parser's).
    @Test func shortOptionsTakeTheirValueJoined() throws {
        let separate = try CLI.run(["-f", "csv", "-p", "m=May-22", "-e", Self.count])
        #expect(separate.stdout == "count\n11\n")
        for spelling in [["-fcsv", "-pm=May-22", "-e" + Self.count],
                         ["-fcsv", "-pm=May-22", "-e", Self.count],
                         ["-f=csv", "-p=m=May-22", "-e", Self.count],
                         ["-pm=May-22", "--format=csv", "-e", Self.count],
                         ["-fcsv", "--param=m=May-22", "-e" + Self.count]] {
            let run = try CLI.run(spelling)
            #expect(run.stdout == separate.stdout, "\(spelling): \(run.stderr)")
            #expect(run.status == 0, "\(spelling)")
        }
        let path = try TemporaryFiles.file("small.csv", RegisterText.header + "GA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n")
        #expect(try CLI.run(["-r" + path, "-fcsv", "-eselect name"]).stdout == "name\nGlossary\n")
        // A value that looks like an option stays a value.
        #expect(try CLI.run(["-f", "csv", "-e", "-fcsv"]).status == 1)
    }

    @Test func theRegisterFromStandardInput() throws {
        let register = RegisterText.header + "GA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n"
        let run = try CLI.run(["-r", "-", "-f", "csv", "-e", "select name, dag", "-e", "select count(*)"], stdin: register)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "name,dag\nGlossary,Apr-22\ncount\n1\n")
        let file = try TemporaryFiles.file("q.rq", "select name\n")
        #expect(try CLI.run(["-r", "-", "-f", "csv", file], stdin: register).stdout == "name\nGlossary\n")
        let bad = try CLI.run(["-r", "-", "-e", "select *"], stdin: "kind,ref\nXX,1\n")
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("<stdin>:"), "\(bad.stderr)")
    }

    /// Standard input cannot hold both the register and the statements.
    @Test func theRegisterFromStandardInputNeedsStatementsElsewhere() throws {
        let run = try CLI.run(["-r", "-"], stdin: "select *\n")
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "error: -r - reads the register from standard input, so the statements must come from -e TEXT or a FILE\n")
    }
}
