import Foundation
@testable import REPL
import Shell
import TestSupport
import Testing

/// Grouping, `distinct`, a pivot's columns, `count(distinct …)`, `.values` and the counts
/// completion lists compare text as `=` does: `Blocked`, `blocked` and `BLOCKED` are one
/// group, shown in the spelling most of its rows use, with a note naming what was merged.
/// A hand-kept register of six rows, counted by hand: status Blocked ×2, blocked ×1,
/// BLOCKED ×1, `Sub Group Review` ×1 and `Sub-Group Review` ×1.
@Suite struct GroupingAsEqualsTests {
    static let register = RegisterText.csv("""
        BP,A,one,BPRWG,Smart,Blocked,Change of Agent,Mar-22,Apr-22,May-22
        BP,B,two,BPRWG,smart,blocked,change of agent,Mar-22,Apr-22,May-22
        IF,C,three,BPRWG,SMART;Advanced,BLOCKED,,Mar-22,Apr-22,May-22
        IF,D,four,BPRWG,,Blocked,Change-of-Agent,Mar-22,Apr-22,Jun-22
        IF,E,five,BPRWG,,Sub Group Review,,Mar-22,Apr-22,Jun-22
        GA,,six,BPRWG,,Sub-Group Review,,Mar-22,Apr-22,Jun-22

        """)

    static func run(_ statements: String...) throws -> CLIRunner.Run {
        let path = try TemporaryFiles.file("hand-kept.csv", register)
        return try CLIRunner.run(["-r", path, "-f", "csv"] + statements.flatMap { ["-e", $0] })
    }

    @Test func groupsMergeSpellingsThatEqualsTreatsAsOne() throws {
        let run = try Self.run("select status, count(*) group by status")
        #expect(run.status == 0)
        // Sub Group Review and Sub-Group Review: one of each, the first in register order shown.
        #expect(run.stdout == "status,count\nBlocked,4\nSub Group Review,2\n")
        #expect(run.stderr.contains("note: status: 'blocked' and 'BLOCKED' counted as 'Blocked'"))
        #expect(run.stderr.contains("'Sub-Group Review' counted as 'Sub Group Review'"))
        // The same count as the test that selects them.
        let counted = try Self.run("select count(*) where status = blocked")
        #expect(counted.stdout == "count\n4\n")
    }

    @Test func listFieldsAndBlockersMergeToo() throws {
        let run = try Self.run("select subgroups, count(*) group by subgroups", "select blocker, count(*) group by blocker")
        #expect(run.stdout == "subgroups,count\nAdvanced,1\nSmart,3\n,3\nblocker,count\nChange of Agent,3\n,3\n")
        #expect(run.stderr.contains("note: subgroups: 'smart' and 'SMART' counted as 'Smart'"))
        #expect(run.stderr.contains("note: blocker: 'change of agent' and 'Change-of-Agent' counted as 'Change of Agent'"))
    }

    @Test func distinctPivotAndCountDistinctAgree() throws {
        let run = try Self.run("select distinct status", "select kind, count(*) group by kind pivot status",
                               "select count(distinct status)")
        #expect(run.stdout == """
            status
            Blocked
            Sub Group Review
            kind,Blocked,Sub Group Review,total
            BP,2,0,2
            IF,2,1,3
            GA,0,1,1
            (total),4,2,6
            count_distinct_status
            2

            """)
        #expect(run.stderr.contains("note: status: 'blocked' and 'BLOCKED' shown as 'Blocked'"))
    }

    @Test func theShownSpellingIsTheOneMostRowsOfTheGroupUse() throws {
        // Among the IF rows: BLOCKED once, Blocked once; the first in register order wins.
        let run = try Self.run("select status, count(*) from IF where status = blocked group by status")
        #expect(run.stdout == "status,count\nBLOCKED,2\n")
    }

    @Test func valuesAndCompletionCountAsEqualsDoes() throws {
        let run = try Self.run(".values status")
        #expect(run.stdout == "status,count\nBlocked,4\nSub Group Review,2\n")
        let path = try TemporaryFiles.file("hand-kept.csv", Self.register)
        let workspace = try #require(WorkspaceSource(path: path).loadReporting())
        let completion = Completer(session: Session(workspace: workspace)).complete("select * where status = ")
        #expect(completion?.candidates.map { "\($0.text) \($0.detail ?? "")" } == ["Blocked (4)", "Sub Group Review (2)"])
    }
}
