import TestSupport
import Testing

/// What `diff` and `F changed` count as a change over the test history
/// (`Tests/Fixtures/history/README.md`): text as `=` compares it, refs as a set.
@Suite struct HistoryChangeTests {
    typealias CLI = CLIRunner
    static let folder = Repository.root + "/Tests/Fixtures/history"

    @Test func diffListsEachEditOfFebruary() throws {
        let run = try CLI.run(["--history", Self.folder, "-f", "csv", "-e", "diff @Jan-22 to @Feb-22"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            change,kind,ref,name,status,blocker,sg,review,dag
            changed,BP,MHHSP-BP001,Change of Supplier,,,,,May-22->Jun-22
            changed,BP,MHHSP-BP004,Data Collection,Sub-Group Review->Blocked,->Interface Approach,,,
            changed,BP,MHHSP-BP014,Behind the Boundry Point Metering Process->Behind the Boundary Point Metering Process,,,,,
            changed,IF,MHHSP-IF-005,Metering Service Updates to Registration,Blocked->Sub-Group Review,Interface Approach->,,,
            changed,IF,MHHSP-IF-021,HH Consumption Data,,,,,Apr-22->May-22
            new,IF,MHHSP-IF-056,Meter Technical Details,First Draft Not Complete,,Apr-22,May-22,Jun-22
            changed,IF,->MHHSP-IF-055,DUOS/LLF Management,,,,,
            new,IF,,Demand Control,First Draft Not Complete,,TBC,TBC,TBC
            new,IF,,Demand Control,First Draft Not Complete,,TBC,TBC,TBC
            changed,BRS,MHHSP-BRS001;MHHSP-BPD001->MHHSP-BRS001;MHHSP-BPD021,Smart Data Service,,,,,
            removed,IF,MHHSP-IF-054,Request Disconnection  (D0132),Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
            removed,IF,,Demand Control,First Draft Not Complete,,TBC,TBC,TBC
            removed,GA,,Interface List,Maintenance,,Feb-22,Feb-22,Mar-22

            """)
        #expect(run.stderr.hasSuffix("note: 7 changed, 3 new, 3 removed (Jan-22 → Feb-22)\n"), "\(run.stderr)")
    }

    /// At 80 columns a diff too wide for a table shows each artefact as `field: value`
    /// lines: what identifies it (a rename whole, wrapped at words), what changed, and for
    /// a removed artefact where it stood; a changed artefact's unchanged fields are left out.
    @Test func aDiffAt80ColumnsShowsEachRenameAndChangeWhole() throws {
        let run = try CLI.run(["--history", Self.folder, "-e", "diff @Jan-22 to @Feb-22 where ref in (MHHSP-BP014, MHHSP-IF-054, MHHSP-IF-021)"],
                              environment: ["COLUMNS": "80"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            ── row 1 ──
            change:  changed
            kind:    BP
            ref:     MHHSP-BP014
            name:    Behind the Boundry Point Metering Process → Behind the Boundary Point
                     Metering Process
            ── row 2 ──
            change:  changed
            kind:    IF
            ref:     MHHSP-IF-021
            name:    HH Consumption Data
            dag:     Apr-22 → May-22
            ── row 3 ──
            change:  removed
            kind:    IF
            ref:     MHHSP-IF-054
            name:    Request Disconnection  (D0132)
            status:  Blocked
            blocker: Supplier Interaction
            sg:      Mar-22
            review:  Apr-22
            dag:     May-22
            (3 rows)

            """)
    }

    /// March reorders a BRS's refs (M4) and drops a full stop from a name (M9): neither is a change.
    @Test func refsInAnotherOrderAndPunctuationAreNoChange() throws {
        let run = try CLI.run(["--history", Self.folder, "-f", "csv", "-e",
                               "select ref, name from * where name changed or ref changed or subgroups changed"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "ref,name\n")
        let since = try CLI.run(["--history", Self.folder, "-f", "csv", "-e",
                                 "select ref, name, ref@Jan-22 from * where name changed since @Jan-22 or ref changed since @Jan-22"])
        #expect(since.stdout == """
            ref,name,ref@Jan-22
            MHHSP-BP014,Behind the Boundary Point Metering Process,MHHSP-BP014
            MHHSP-IF-055,DUOS/LLF Management,
            MHHSP-BRS001;MHHSP-BPD021,Smart Data Service,MHHSP-BRS001;MHHSP-BPD001

            """)
    }
}
