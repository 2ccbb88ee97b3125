import Foundation
import TestSupport
import Testing

/// A batch run of grouped statements over a register file answers them while the file
/// streams past, holding only the groups. Everything a user sees — results in every
/// format, notes, warnings, refusals and exit statuses — is what the run that loads the
/// register whole gives. (A meta-command in the run, here `.timer off`, which writes
/// nothing, makes it load the register whole.)
@Suite struct StreamedBatchTests {
    static let register = RegisterText.realRegisterWrittenSeveralWays

    /// Small batches, so that the register streams past in many.
    static let environment = ["REGQ_BATCH_ROWS": "4"]

    static func both(_ arguments: [String], statements: [String], file: String) throws -> (streamed: CLIRunner.Run, whole: CLIRunner.Run) {
        let streamed = try CLIRunner.run(["-r", file] + arguments + statements.flatMap { ["-e", $0] }, environment: environment)
        let whole = try CLIRunner.run(["-r", file] + arguments + ["-e", ".timer off"] + statements.flatMap { ["-e", $0] },
                                      environment: environment)
        return (streamed, whole)
    }

    @Test(arguments: ["table", "csv", "json", "markdown"])
    func groupedStatementsGiveWhatTheWholeRegisterGives(format: String) throws {
        let file = try TemporaryFiles.file("mixed.csv", Self.register)
        let statements = [
            "select status, count(*) group by status",
            "select blocker, count(*), min(dag) where status = blocked group by blocker order by count desc",
            "select kind, count(*) group by kind pivot status",
            "select count(*) where dag < May-22",
            "select subgroups, count(distinct status) group by subgroups having count_distinct_status > 1",
        ]
        let (streamed, whole) = try Self.both(["-f", format], statements: statements, file: file)
        #expect(streamed.status == 0)
        #expect(streamed.stdout == whole.stdout)
        #expect(streamed.stderr == whole.stderr)
        #expect(streamed.stdout.contains("Blocked"))
        #expect(streamed.stderr.contains("'blocked' and 'BLOCKED' counted as 'Blocked'"), "\(streamed.stderr)")
        #expect(streamed.stderr.contains("1 blank month cell read as TBC"), "\(streamed.stderr)")
    }

    @Test func warningsStrictnessAndGatesAreTheSame() throws {
        let file = try TemporaryFiles.file("mixed.csv", Self.register)
        for (arguments, statement, status) in [([String](), "select count(*) where status = blokced", Int32(0)),
                                                (["--strict"], "select count(*) where status = blokced", 1),
                                                (["--fail-on-rows"], "select blocker, count(*) where status = blocked group by blocker", 3)] {
            let (streamed, whole) = try Self.both(arguments, statements: [statement], file: file)
            #expect(streamed.status == status, "\(arguments)")
            #expect(streamed.status == whole.status, "\(arguments)")
            #expect(streamed.stdout == whole.stdout, "\(arguments)")
            #expect(streamed.stderr == whole.stderr, "\(arguments)")
        }
    }

    @Test func aBadRowRefusesTheFileWithNoAnswer() throws {
        let file = try TemporaryFiles.file("bad.csv", Self.register + "IF,MHHSP-IF-999,Late,BPRWG,,Blocked,,Mayy-22,TBC,TBC\n")
        let (streamed, whole) = try Self.both([], statements: ["select status, count(*) group by status"], file: file)
        #expect(streamed.status == 2)
        #expect(streamed.stdout.isEmpty)
        #expect(streamed.stderr.contains("'Mayy-22' is not a month"))
        #expect(streamed.stderr == whole.stderr)
        #expect(streamed.status == whole.status)
    }
}
