import Foundation
import TestSupport
import Testing

/// Gates in shell scripts and results pasted into reports: `--strict` makes a typo fail
/// the gate, `--fail-on-rows` says when a query always returns a row, and Markdown
/// tables of several statements stay separate tables.
@Suite struct GateAndFormatTests {
    @Test func strictMakesAWarningAnErrorInARunAndUnderCheck() throws {
        let query = "select ref where status = blokced"
        let lenient = try CLIRunner.run(["--fail-on-rows", "-e", query])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("warning: no artefact has status 'blokced'; did you mean 'Blocked'?"))
        for arguments in [["--strict", "--fail-on-rows"], ["--check", "--strict"], ["--strict", "--check"]] {
            let strict = try CLIRunner.run(arguments + ["-e", query])
            #expect(strict.status == 1, "\(arguments)")
            #expect(strict.stdout.isEmpty)
            #expect(strict.stderr.contains("<query>:1:27: error: no artefact has status 'blokced'; did you mean 'Blocked'?"))
        }
        // Without a warning, --strict changes nothing.
        let clean = try CLIRunner.run(["--strict", "-f", "csv", "-e", "select count(*) where status = blocked"])
        #expect(clean.status == 0)
        #expect(clean.stdout == "count\n36\n")
    }

    @Test func aCountAlwaysReturnsARowAndTheGateSaysSo() throws {
        let count = try CLIRunner.run(["--fail-on-rows", "-e", "select count(*) where status = blokced"])
        #expect(count.status == 3)
        #expect(count.stderr.contains("note: --fail-on-rows: this query always returns one row, so the gate always fails"))
        let gated = try CLIRunner.run(["--fail-on-rows", "-e", "select count(*) where status = blocked having count > 100"])
        #expect(gated.status == 0)
        #expect(!gated.stderr.contains("always returns one row"))
    }

    @Test func markdownTablesOfSeveralStatementsAreSeparate() throws {
        let run = try CLIRunner.run(["-f", "markdown", "-e", "select count(*) from IF", "-e", "select count(*) from BP"])
        #expect(run.stdout == "| count |\n|------:|\n|    40 |\n\n| count |\n|------:|\n|    24 |\n")
        let folder = try TemporaryFiles.folder()
        let file = folder + "/pack.md"
        let viaOutput = try CLIRunner.run([], stdin: ".format markdown\n.output \(file)\nselect count(*) from IF\nselect count(*) from BP\n")
        #expect(viaOutput.status == 0)
        #expect(try FileText.read(file) == run.stdout)
    }
}
