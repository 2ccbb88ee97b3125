import Foundation
import TestSupport
import Testing

/// `regq sql` on the command line: what it writes, what it refuses, its exit status, and
/// the pipelines docs/SQL.md shows.
@Suite struct SQLCommandTests {
    @Test func eachStatementIsItsTextAsACommentThenOneQuery() throws {
        let run = try CLIRunner.run(["sql", "--dialect", "duckdb", "-e", "select ref from IF where dag < May-22", "-e", "select count(*)"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let statements = run.stdout.components(separatedBy: ";\n\n").filter { !$0.isEmpty }
        #expect(statements.count == 2)
        #expect(statements[0].hasPrefix("-- select ref from IF where dag < May-22\nSELECT r.\"ref\" AS \"ref\"\nFROM \"register\" AS r\n"))
        #expect(statements[0].contains("r.\"dag\" < DATE '2022-05-01'"))
        #expect(statements[1].hasPrefix("-- select count(*)\n"))
    }

    @Test func aPivotSaysWhereItsColumnsCameFrom() throws {
        let run = try CLIRunner.run(["sql", "-e", "select * where dag between Feb-22 and Apr-22 group by kind pivot dag"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("-- the pivot's columns are the values of dag in the register regq loaded: Feb-22, Mar-22, Apr-22\n"))
    }

    @Test func parametersComeFromTheCommandLineOrParamLines() throws {
        let flag = try CLIRunner.run(["sql", "-p", "month=May-22", Repository.root + "/Queries/blocked-if-due-before.rq"])
        #expect(flag.status == 0)
        #expect(flag.stdout.contains("'2022-05'"))
        let line = try CLIRunner.run(["sql"], stdin: ".param month Jun-22\nselect ref where dag < $month\n")
        #expect(line.status == 0)
        #expect(line.stdout.contains("'2022-06'"))
        // `$` is the parameter's sign, as in regq itself: `.param $gap 2` sets `gap`.
        let signed = try CLIRunner.run(["sql"], stdin: ".param $month Jul-22\nselect ref where dag < $month\n")
        #expect(signed.status == 0)
        #expect(signed.stdout.contains("'2022-07'"))
        let unset = try CLIRunner.run(["sql", "-e", "select ref where dag < $month"])
        #expect(unset.status == 1)
        #expect(unset.stderr.contains("$month"))
    }

    @Test func whatHasNoSQLFormIsAnErrorAndTheRestIsStillWritten() throws {
        let run = try CLIRunner.run(["sql", "-e", "explain select IF", "-e", "select nme", "-e", "select count(*)"], stdin: nil)
        #expect(run.status == 1)
        #expect(run.stderr.contains("<query>:1:1: error: 'explain' has no SQL form"))
        #expect(run.stderr.contains("error: unknown field 'nme'; did you mean 'name'?"))
        #expect(run.stdout.hasPrefix("-- select count(*)\n"))
        let meta = try CLIRunner.run(["sql"], stdin: "select count(*)\n.fields\n")
        #expect(meta.status == 1)
        #expect(meta.stderr.contains("<stdin>:2:1: error: regq sql translates queries; only '.param NAME VALUE' may come between them"))
    }

    /// Over a history, a statement checks as regq runs it, against the reports loaded.
    @Test func aHistoryQueryIsCheckedAgainstTheReports() throws {
        let history = Repository.root + "/Tests/Fixtures/history"
        let unknown = try CLIRunner.run(["sql", "--history", history, "-e", "select * @Apr-23", "-e", "select count(*)"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("error: no report of Apr-23 is loaded; did you mean Mar-22?"))
        #expect(unknown.stdout.hasPrefix("-- select count(*)\n"))
        let diff = try CLIRunner.run(["sql", "--history", history, "-e", "diff"])
        #expect(diff.status == 0)
        #expect(diff.stdout.hasPrefix("-- diff\n-- the diff's columns after name are the fields that changed from Feb-22 to Mar-22 "
                                      + "in the history regq loaded, and where a new or removed artefact stands: status, blocker, sg, review, dag\n"))
    }

    /// `@all` with a condition that compares reports is refused, never written as SQL
    /// that would give another answer.
    @Test func allWithAChangeIsRefused() throws {
        let history = Repository.root + "/Tests/Fixtures/history"
        let run = try CLIRunner.run(["sql", "--history", history, "-e", "select report, name, dag @all where dag slipped"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("error: '@all' with a condition that compares reports (asked of each artefact in the latest report) has no SQL form"))
    }

    /// docs/SQL.md's pipeline for a history, as a shell runs it: load every report into
    /// SQLite with `select * @all`, then run saved questions across reports there; the
    /// rows are regq's.
    @Test func aHistoryRunsInSQLiteAsDocumented() throws {
        let folder = try TemporaryFiles.folder()
        let regq = RegqProcess.binary, history = Repository.root + "/Tests/Fixtures/history"
        for name in ["changes", "became-blocked"] {
            let query = Repository.root + "/Queries/history/\(name).rq"
            let script = """
                set -e
                rm -f '\(folder)/history.db'
                '\(regq)' --history '\(history)' -f sql --dialect sqlite -e 'select * @all' 2>/dev/null | sqlite3 '\(folder)/history.db'
                '\(regq)' sql --history '\(history)' '\(query)' 2>/dev/null | sqlite3 -header -separator , '\(folder)/history.db'
                """
            let shell = try CLIRunner.run(["-c", script], binary: "/bin/sh")
            #expect(shell.status == 0, "\(shell.stderr)")
            let regqRun = try CLIRunner.run(["--history", history, "-f", "csv", query])
            #expect(regqRun.stdout.split(separator: "\n").count > 1)
            #expect(shell.stdout.replacingOccurrences(of: "\r\n", with: "\n") == regqRun.stdout, "\(name)")
        }
    }

    /// PostgreSQL keeps 63 bytes of a name: a pivot column named by a longer status
    /// cannot be one of its columns.
    @Test func aColumnNamePostgreSQLWouldCutIsRefused() throws {
        let query = "select * group by kind pivot status"
        let postgres = try CLIRunner.run(["sql", "--dialect", "postgres", "-e", query])
        #expect(postgres.status == 1)
        #expect(postgres.stderr.contains("PostgreSQL cuts column names to 63 bytes, and the column 'Initial review by Sub-Group completed- Update required following volumetric modelling' has 85"))
        #expect(postgres.stdout.isEmpty)
        #expect(try CLIRunner.run(["sql", "--dialect", "duckdb", "-e", query]).status == 0)
    }

    @Test func usageAndFileErrorsExitTwo() throws {
        let dialect = try CLIRunner.run(["sql", "--dialect", "oracle", "-e", "select *"])
        #expect(dialect.status == 2)
        #expect(dialect.stderr.contains("'oracle' is invalid for '--dialect <NAME>'"))
        let file = try CLIRunner.run(["sql", "/nonexistent/q.rq"])
        #expect(file.status == 2)
        #expect(file.stderr == "error: cannot read /nonexistent/q.rq: no such file or directory\n")
        let help = try CLIRunner.run(["sql", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: regq sql"))
    }

    /// docs/SQL.md's pipeline, as a shell runs it: load the register into SQLite, then run
    /// a saved query there; the rows are regq's.
    @Test func aSavedQueryRunsInSQLiteAsDocumented() throws {
        let folder = try TemporaryFiles.folder()
        let regq = RegqProcess.binary, query = Repository.root + "/Queries/blocked.rq"
        let script = """
            set -e
            '\(regq)' -f sql --dialect sqlite -e 'select *' | sqlite3 '\(folder)/reg.db'
            '\(regq)' sql --dialect sqlite '\(query)' | sqlite3 -header -separator , '\(folder)/reg.db'
            """
        let shell = try CLIRunner.run(["-c", script], binary: "/bin/sh")
        #expect(shell.status == 0, "\(shell.stderr)")
        let regqRun = try CLIRunner.run(["-f", "csv", query])
        #expect(regqRun.stdout.hasPrefix("blocker,count\nChange of Agent,16\n"))
        #expect(shell.stdout.replacingOccurrences(of: "\r\n", with: "\n") == regqRun.stdout)
    }
}
