import Foundation
import TestSupport
import Testing

/// JSON never makes two different things look alike (SPEC §3.3): TBC is `"TBC"`, no
/// value (an artefact not in the other report) is `null`, and a diff's unchanged cell is
/// left out of its object.
@Suite struct HistoryJSONTests {
    /// Feb-22 and Mar-22: Alpha's dag goes from TBC to Jun-22, Beta's from May-22 to TBC
    /// (and Beta becomes blocked), Gamma is new with its dag TBC.
    static func history() throws -> String {
        let folder = try TemporaryFiles.folder()
        try RegisterText.csv("""
            IF,MHHSP-IF-001,Alpha,BPRWG,Smart,Blocked,Interface Approach,Mar-22,Apr-22,TBC
            IF,MHHSP-IF-002,Beta,BPRWG,Smart,Sub-Group Review,,Mar-22,Apr-22,May-22

            """).write(toFile: folder + "/2022-02.csv", atomically: true, encoding: .utf8)
        try RegisterText.csv("""
            IF,MHHSP-IF-001,Alpha,BPRWG,Smart,Blocked,Interface Approach,Mar-22,Apr-22,Jun-22
            IF,MHHSP-IF-002,Beta,BPRWG,Smart,Blocked,Change of Agent,Mar-22,Apr-22,TBC
            IF,MHHSP-IF-003,Gamma,BPRWG,Smart,Sub-Group Review,,Mar-22,Apr-22,TBC

            """).write(toFile: folder + "/2022-03.csv", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func tbcIsTextAndAnArtefactNotInTheOtherReportIsNull() throws {
        let run = try CLIRunner.run(["--history", Self.history(), "-f", "jsonl", "-e", "select name, dag@prev, dag"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            {"name":"Alpha","dag@Feb-22":"TBC","dag":"2022-06"}
            {"name":"Beta","dag@Feb-22":"2022-05","dag":"TBC"}
            {"name":"Gamma","dag@Feb-22":null,"dag":"TBC"}

            """)
    }

    @Test func aDiffLeavesUnchangedCellsOutAndWritesTBCAsText() throws {
        let diff = try CLIRunner.run(["--history", Self.history(), "-f", "jsonl", "-e", "diff where ref != MHHSP-IF-003"])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout == """
            {"change":"changed","kind":"IF","ref":["MHHSP-IF-001"],"name":"Alpha","dag":{"from":"TBC","to":"2022-06"}}
            {"change":"changed","kind":"IF","ref":["MHHSP-IF-002"],"name":"Beta","status":{"from":"Sub-Group Review","to":"Blocked"},"blocker":{"from":[],"to":["Change of Agent"]},"dag":{"from":"2022-05","to":"TBC"}}

            """)
    }

    /// A new artefact's row holds its values, plain: only a changed cell is an object.
    @Test func aNewArtefactInADiffHoldsItsValues() throws {
        let diff = try CLIRunner.run(["--history", Self.history(), "-f", "jsonl", "-e", "diff where new"])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout == """
            {"change":"new","kind":"IF","ref":["MHHSP-IF-003"],"name":"Gamma","status":"Sub-Group Review","blocker":[],"sg":"2022-03","review":"2022-04","dag":"TBC"}

            """)
    }
}
