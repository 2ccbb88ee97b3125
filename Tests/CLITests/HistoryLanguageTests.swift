import Foundation
import TestSupport
import Testing

/// The language of a history over the fixture history (Tests/Fixtures/history: its
/// README lists every edit report by report). Each expected answer is worked out by hand
/// from those edits; the README's edit numbers (F1…, M1…) say which edit gives which row.
@Suite struct HistoryLanguageTests {
    static let fixture = Repository.root + "/Tests/Fixtures/history"

    /// The answer as csv, and the notes the query gave (the history's own pairing notes,
    /// shown at load, left out).
    static func run(_ query: String, format: String = "csv") throws -> (out: String, notes: [String], status: Int32) {
        let run = try CLIRunner.run(["--history", fixture, "-f", format, "-e", query])
        let notes = run.stderr.split(separator: "\n").map(String.init).filter { !$0.contains(" paired with ") }
        return (run.stdout, notes, run.status)
    }

    // MARK: - The report a query runs on

    /// A batch run reads in each report only the columns its statements read (and those
    /// pairing compares); a statement that turns out to need more (its parameter set by
    /// `.param` in the run, so not foreseen) has the history read again whole, its
    /// pairing notes not shown twice.
    @Test func aStatementNotForeseenHasTheHistoryReadAgainWhole() throws {
        let run = try CLIRunner.run(["--history", Self.fixture, "-f", "csv", "-e", "select ref where dag slipped", "-e", ".param m Feb-22",
                                     "-e", "select count(*) @$m where status = blocked",
                                     "-e", "select report, count(*) @all where status = blocked group by report"])
        #expect(run.status == 0, "\(run.stderr)")
        // Mar-22 slips BP004 and IF-021 (their dag later than in Feb-22); 36, 35, 35 blocked.
        #expect(run.stdout == "ref\nMHHSP-BP004\nMHHSP-IF-021\ncount\n35\nreport,count\nJan-22,36\nFeb-22,35\nMar-22,35\n")
        let pairingNotes = run.stderr.split(separator: "\n").filter { $0.contains(" paired with ") }
        #expect(pairingNotes.count == 6, "\(run.stderr)")
    }


    @Test func aQueryRunsOnTheLatestReportOrTheOneItNames() throws {
        #expect(try Self.run("select ref, dag where name = 'HH Consumption Data'").out == "ref,dag\nMHHSP-IF-021,Jul-22\n")
        #expect(try Self.run("select ref, dag @Feb-22 where name = 'HH Consumption Data'").out == "ref,dag\nMHHSP-IF-021,May-22\n")
        #expect(try Self.run("select ref, dag @2022-01 where name = 'HH Consumption Data'").out == "ref,dag\nMHHSP-IF-021,Apr-22\n")
        #expect(try Self.run("select ref, dag @first where name = 'HH Consumption Data'").out == "ref,dag\nMHHSP-IF-021,Apr-22\n")
        #expect(try Self.run("select ref, dag @prev where name = 'HH Consumption Data'").out == "ref,dag\nMHHSP-IF-021,May-22\n")
        #expect(try Self.run("select ref, dag @latest where name = 'HH Consumption Data'").out == "ref,dag\nMHHSP-IF-021,Jul-22\n")
        let parameter = try CLIRunner.run(["--history", Self.fixture, "-p", "r=Feb-22", "-f", "csv",
                                           "-e", "select count(*) from IF @$r where status = blocked"])
        // Jan-22 has 33 blocked IFs (the register's); Feb-22 unblocks IF-005 (F10) and drops IF-054 (F5).
        #expect(parameter.stdout == "count\n31\n")
        #expect(try Self.run("select count(*) from IF @Jan-22 where status = blocked").out == "count\n33\n")
    }

    // MARK: - Another report's values

    @Test func aFieldOfAnotherReportIsHeadedWithItsMonth() throws {
        let run = try Self.run("select ref, dag@prev, dag, dag@first where ref in (MHHSP-IF-021, MHHSP-BP004)")
        #expect(run.out == """
            ref,dag@Feb-22,dag,dag@Jan-22
            MHHSP-BP004,Apr-22,Jun-22,Apr-22
            MHHSP-IF-021,May-22,Jul-22,Apr-22

            """)
        // A new artefact (M3: Interface List is back, a new artefact) has no value there.
        #expect(try Self.run("select name, status@prev, status where name = 'interface list'").out
            == "name,status@Feb-22,status\nInterface List,,Maintenance\n")
    }

    /// A comparison with a report the artefact is not in is false, `!=` its negation, and
    /// a note counts what was not compared.
    @Test func anArtefactNotInTheOtherReportIsNotCompared() throws {
        let equal = try Self.run("select name where status@prev = maintenance")
        // Maintenance in Feb-22: Data Catalogue and Business Process List (F6 removed Interface List).
        #expect(equal.out == "name\nData Catalogue\nBusiness Process List\n")
        #expect(equal.notes == ["note: 4 artefacts not in Feb-22 were not compared"])
        let different = try Self.run("select name from GA where status@prev != maintenance")
        #expect(different.out == "name\nOperational Choreography\nLogical Data Model\nInterface List\n")
    }

    // MARK: - Changes

    @Test func whatSlippedAndByHowMuch() throws {
        let run = try Self.run("select ref, name, dag@prev, dag, dag - dag@prev as slip where dag slipped order by slip desc")
        // M5 (BP004 Apr-22 → Jun-22) and M6 (IF-021 May-22 → Jul-22).
        #expect(run.out == """
            ref,name,dag@Feb-22,dag,slip
            MHHSP-BP004,Data Collection,Apr-22,Jun-22,2
            MHHSP-IF-021,HH Consumption Data,May-22,Jul-22,2

            """)
        // dag TBC in Mar-22 on BP014–BP017 and DUOS/LLF Management; four artefacts new in Mar-22.
        #expect(run.notes == ["note: 5 artefacts with dag TBC were not compared", "note: 4 artefacts not in Feb-22 were not compared"])
        #expect(try Self.run("select ref, dag where dag advanced").out == "ref,dag\nMHHSP-IF-037,Mar-22\n")
        #expect(try Self.run("select ref, dag @Feb-22 where dag slipped").out == "ref,dag\nMHHSP-BP001,Jun-22\nMHHSP-IF-021,May-22\n")
        // Since Jan-22: BP001 too (F8, May-22 → Jun-22).
        #expect(try Self.run("select ref where dag slipped since @first").out == "ref\nMHHSP-BP001\nMHHSP-BP004\nMHHSP-IF-021\n")
    }

    @Test func whatBecameBlockedAndWhatGotUnblocked() throws {
        #expect(try Self.run("select IF where status changed to blocked group by blocker").out == "blocker,count\nSupplier Interaction,1\n")
        #expect(try Self.run("select ref, blocker@prev where status changed from blocked").out
            == "ref,blocker@Feb-22\nMHHSP-BP001,Change of Agent\n")
        #expect(try Self.run("select ref where status changed from blocked to 'sub group review' since @first").out
            == "ref\nMHHSP-BP001\nMHHSP-IF-005\n")
        // A change is what = calls one: M9 only respells a name.
        #expect(try Self.run("select ref where name changed").out == "ref\n")
        #expect(try Self.run("select ref @Feb-22 where name changed").out == "ref\nMHHSP-BP014\n")
        // Refs compare as sets: M4 writes BRS002's in the other order.
        #expect(try Self.run("select ref from BRS where ref changed").out == "ref\n")
        #expect(try Self.run("select ref from BRS @Feb-22 where ref changed").out == "ref\nMHHSP-BRS001;MHHSP-BPD021\n")
    }

    @Test func wasLooksAtEveryReportSinceTheOneNamed() throws {
        // BP004 was blocked in Feb-22 (F11) and is still; BP001 was (Jan, Feb) and is not now.
        let run = try Self.run("select ref where status was blocked since @first and status != blocked")
        #expect(run.out == "ref\nMHHSP-BP001\nMHHSP-IF-005\n")
        #expect(try Self.run("select ref where status was blocked and status != blocked").out == "ref\nMHHSP-BP001\n")
    }

    @Test func whatIsNewAndWhatWasDropped() throws {
        #expect(try Self.run("select kind, ref, name where new").out == """
            kind,ref,name
            BP,MHHSP-BP010,Change of Registration Data - Address
            BP,MHHSP-BP010,Change of Registration Data - HH Data Consent
            IF,,Demand Control
            GA,,Interface List

            """)
        #expect(try Self.run("select kind, ref, name @prev where removed").out == """
            kind,ref,name
            BP,MHHSP-BP010,Change of Registation Data - Address
            BP,MHHSP-BP010,Change of Registation Data - HH Data Consent
            IF,,Demand Control
            IF,,Demand Control

            """)
        // Since Jan-22: also IF-056 (F7); the Demand Control of Feb-22 was never paired.
        #expect(try Self.run("select count(*) where new since @first").out == "count\n5\n")
        #expect(try Self.run("select ref, name @first where removed").out == "ref,name\nMHHSP-IF-054,Request Disconnection  (D0132)\n,Demand Control\n,Interface List\n")
    }

    /// `removed since @R` runs on R's artefacts, as they were, and keeps those not in the
    /// report the query would have run on: since Jan-22, IF-054 (F5), Demand Control's Jan
    /// row (F4), Interface List (F6: back in Mar-22 as a new artefact, M3) and the two
    /// misspelt BP010 names (M1); with `@Feb-22`, only those Feb-22 had dropped.
    @Test func removedSinceListsWhatTheReportsSinceDropped() throws {
        let run = try Self.run("select kind, ref, name where removed since @Jan-22")
        #expect(run.status == 0)
        #expect(run.out == """
            kind,ref,name
            BP,MHHSP-BP010,Change of Registation Data - Address
            BP,MHHSP-BP010,Change of Registation Data - HH Data Consent
            IF,MHHSP-IF-054,Request Disconnection  (D0132)
            IF,,Demand Control
            GA,,Interface List

            """)
        #expect(try Self.run("select ref, name @Feb-22 where removed since @first and kind = IF").out
            == "ref,name\nMHHSP-IF-054,Request Disconnection  (D0132)\n,Demand Control\n")
        #expect(try Self.run("explain select kind where removed since @Jan-22").out == "explain select kind where removed since @Jan-22\n89 → removed since @Jan-22 5\n")
    }

    // MARK: - diff

    @Test func diffListsWhatIsNewRemovedOrChanged() throws {
        let run = try Self.run("diff")
        #expect(run.out == """
            change,kind,ref,name,status,blocker,sg,review,dag
            changed,BP,MHHSP-BP001,Change of Supplier,Blocked->Sub-Group Review,Change of Agent->,,,
            changed,BP,MHHSP-BP004,Data Collection,,,,,Apr-22->Jun-22
            new,BP,MHHSP-BP010,Change of Registration Data - Address,Sub-Group Review,,Jan-22,Feb-22,Mar-22
            new,BP,MHHSP-BP010,Change of Registration Data - HH Data Consent,Sub-Group Review,,Jan-22,Feb-22,Mar-22
            changed,IF,MHHSP-IF-021,HH Consumption Data,,,,,May-22->Jul-22
            changed,IF,MHHSP-IF-037,LDSO Notification of Changes,Sub-Group Review->Blocked,->Supplier Interaction,,,Apr-22->Mar-22
            new,IF,,Demand Control,First Draft Not Complete,,TBC,TBC,TBC
            new,GA,,Interface List,Maintenance,,Feb-22,Feb-22,Mar-22
            removed,BP,MHHSP-BP010,Change of Registation Data - Address,Sub-Group Review,,Jan-22,Feb-22,Mar-22
            removed,BP,MHHSP-BP010,Change of Registation Data - HH Data Consent,Sub-Group Review,,Jan-22,Feb-22,Mar-22
            removed,IF,,Demand Control,First Draft Not Complete,,TBC,TBC,TBC
            removed,IF,,Demand Control,First Draft Not Complete,,TBC,TBC,TBC

            """)
        #expect(run.notes == ["note: 4 changed, 4 new, 4 removed (Feb-22 → Mar-22)"])
    }

    /// `was … since` in a diff's condition covers the reports from `since` to the later
    /// report, for a removed artefact too (whose own report, the earlier, comes before
    /// `since`): BP001 and BP004 were blocked in Feb-22, IF-037 is in Mar-22; the five
    /// artefacts of Jan-22 not in Mar-22 never were.
    @Test func wasInADiffSpansTheReportsUpToTheLaterOne() throws {
        let run = try Self.run("diff @Jan-22 to @Mar-22 where status was blocked since @Feb-22")
        #expect(run.status == 0)
        #expect(run.out == """
            change,kind,ref,name,status,blocker,dag
            changed,BP,MHHSP-BP001,Change of Supplier,Blocked->Sub-Group Review,Change of Agent->,May-22->Jun-22
            changed,BP,MHHSP-BP004,Data Collection,Sub-Group Review->Blocked,->Interface Approach,Apr-22->Jun-22
            changed,IF,MHHSP-IF-037,LDSO Notification of Changes,Sub-Group Review->Blocked,->Supplier Interaction,Apr-22->Mar-22

            """)
    }

    /// With nothing new or removed, the columns after name are only the fields that changed.
    @Test func diffBetweenNamedReportsWithACondition() throws {
        let run = try Self.run("diff @Jan-22 to @Feb-22 where kind in (BP, BRS)")
        #expect(run.out == """
            change,kind,ref,name,status,blocker,dag
            changed,BP,MHHSP-BP001,Change of Supplier,,,May-22->Jun-22
            changed,BP,MHHSP-BP004,Data Collection,Sub-Group Review->Blocked,->Interface Approach,
            changed,BP,MHHSP-BP014,Behind the Boundry Point Metering Process->Behind the Boundary Point Metering Process,,,
            changed,BRS,MHHSP-BRS001;MHHSP-BPD001->MHHSP-BRS001;MHHSP-BPD021,Smart Data Service,,,

            """)
        #expect(run.notes == ["note: 4 changed, 0 new, 0 removed (Jan-22 → Feb-22)"])
    }

    @Test func diffInJSONHoldsFromAndTo() throws {
        let run = try Self.run("diff where ref = MHHSP-BP004", format: "json")
        #expect(run.out == """
            [
              {"change": "changed", "kind": "BP", "ref": ["MHHSP-BP004"], "name": "Data Collection", "dag": {"from": "2022-04", "to": "2022-06"}}
            ]

            """)
    }

    @Test func diffInATableShowsArrowsAndLeavesUnchangedCellsBlank() throws {
        let run = try Self.run("diff where ref = MHHSP-IF-037 or ref = MHHSP-IF-021", format: "table")
        #expect(run.out.contains("IF    MHHSP-IF-037  LDSO Notification of Changes  Sub-Group Review → Blocked  (none) → Supplier Interaction  Apr-22 → Mar-22"))
        #expect(run.out.contains("IF    MHHSP-IF-021  HH Consumption Data                                                                      May-22 → Jul-22\n"))
    }

    // MARK: - @all

    @Test func allReportsAtOnceWithTheirMonth() throws {
        // Blocked: 36 in Jan-22; Feb-22 loses IF-005 (F10) and IF-054 (F5), gains BP004 (F11);
        // Mar-22 gains IF-037 (M7), loses BP001 (M8).
        #expect(try Self.run("select report, count(*) from * @all where status = blocked group by report").out
            == "report,count\nJan-22,36\nFeb-22,35\nMar-22,35\n")
        #expect(try Self.run("select report, name, dag from IF @all where ref = MHHSP-IF-021").out
            == "report,name,dag\nJan-22,HH Consumption Data,Apr-22\nFeb-22,HH Consumption Data,May-22\nMar-22,HH Consumption Data,Jul-22\n")
        #expect(try Self.run("select report, kind, name from GA @all where name = 'interface list'").out
            == "report,kind,name\nJan-22,GA,Interface List\nMar-22,GA,Interface List\n")
        #expect(try Self.run("select count(*) @all").out == "count\n267\n")
        #expect(try Self.run("select * @all limit 1").out.hasPrefix("report," + RegisterText.header + "Jan-22,BP,"))
    }

    /// With `@all`, a `where` term that compares reports is asked of each artefact in the
    /// latest report, and the rows shown are that artefact's in every report: BP004 and
    /// IF-021 slipped in Mar-22 (M5, M6), so this is their milestone trend; IF-037 became
    /// blocked in Mar-22 (M7), so it is counted in each report it is in. A term that only
    /// reads the row's own report (`kind = BP`) is still asked row by row.
    @Test func allWithAChangeIsTheTrendOfTheArtefactsThatChanged() throws {
        let slipped = try Self.run("select report, name, dag from * @all where dag slipped")
        #expect(slipped.status == 0)
        #expect(slipped.out == """
            report,name,dag
            Jan-22,Data Collection,Apr-22
            Jan-22,HH Consumption Data,Apr-22
            Feb-22,Data Collection,Apr-22
            Feb-22,HH Consumption Data,May-22
            Mar-22,Data Collection,Jun-22
            Mar-22,HH Consumption Data,Jul-22

            """)
        #expect(slipped.notes == ["note: 5 artefacts with dag TBC were not compared", "note: 4 artefacts not in Feb-22 were not compared"])
        #expect(try Self.run("select report, count(*) @all where status changed to blocked group by report").out
            == "report,count\nJan-22,1\nFeb-22,1\nMar-22,1\n")
        #expect(try Self.run("select report, ref, status @all where dag slipped since @first and kind = BP and report >= Feb-22").out
            == "report,ref,status\nFeb-22,MHHSP-BP001,Blocked\nFeb-22,MHHSP-BP004,Blocked\nMar-22,MHHSP-BP001,Sub-Group Review\nMar-22,MHHSP-BP004,Blocked\n")
        let chart = try CLIRunner.run(["--history", Self.fixture, "-f", "trend", "-e", "select report, name, dag @all where dag slipped"])
        #expect(chart.status == 0, "\(chart.stderr)")
        #expect(chart.stdout.contains("A = Data Collection   B = HH Consumption Data"))
    }

    /// A pivot over `report` has no `total` column: its columns are snapshots of the
    /// same artefacts (36, 35 and 35 blocked: Feb-22 unblocks IF-005 and drops IF-054,
    /// blocks BP004; Mar-22 unblocks BP001, blocks IF-037). Its total row, each report's
    /// total, stays.
    @Test func aPivotOverReportHasNoTotalColumn() throws {
        let run = try Self.run("select * @all where status = blocked group by kind pivot report")
        #expect(run.out == "kind,Jan-22,Feb-22,Mar-22\nBP,3,4,3\nIF,33,31,32\n(total),36,35,35\n")
        let order = try Self.run("select * @all group by kind pivot report order by total")
        #expect(order.status == 1)
        #expect(order.notes.contains("<query>:1:51: error: a pivot over report has no 'total': its columns are snapshots of the same artefacts, whose sum means nothing"))
    }

    // MARK: - Diagnostics

    @Test func mistakesAreExplained() throws {
        func error(_ query: String) throws -> String {
            let run = try Self.run(query)
            #expect(run.status == 1, "\(query)")
            return run.notes.joined(separator: "\n")
        }
        #expect(try error("select * @Apr-23").contains("error: no report of Apr-23 is loaded; did you mean Mar-22?"))
        #expect(try error("select * @Apr-23").contains("hint: the reports are Jan-22, Feb-22, Mar-22"))
        #expect(try error("select * @first where new").contains("error: there is no report before Jan-22, the first loaded"))
        #expect(try error("select * where status slipped").contains("error: 'slipped' compares months; status is text"))
        #expect(try error("select * where removed").contains("error: 'removed' looks for the artefact in the report after Mar-22, and there is none"))
        #expect(try error("select * @Feb-22 where new since @Mar-22").contains("error: 'since' names an earlier report than the one the query runs on (Feb-22)"))
        #expect(try error("select report, dag@prev @all").contains("error: '@all' runs over every report at once, so no other report can be read here"))
        #expect(try error("select * where removed since @first or new").contains("error: 'removed since @R' chooses the rows a query runs on (the artefacts of R), so it stands alone as a term of 'where', once"))
        #expect(try error("select * where removed since @Mar-22").contains("error: 'since' names an earlier report than the one the query runs on (Mar-22)"))
        #expect(try error("select * @all where removed").contains("error: 'removed' looks for the artefact in the report after Mar-22, and there is none"))
        #expect(try error("select dag@xyz").contains("error: 'xyz' is not a report"))
        #expect(try error("diff @Mar-22 to @Jan-22").contains("error: 'diff' goes from an earlier report to a later one"))
        #expect(try error("explain diff").contains("error: 'explain' counts a query's rows clause by clause; 'diff' has no clauses to count"))
        #expect(try error("select name where name = name@prev").contains("error: name is text: across reports, fields compare with values, and months with months"))
    }

    @Test func withoutAHistoryTheLanguageSaysHowToLoadOne() throws {
        for query in ["select * @prev", "select * where dag slipped", "diff", "select report", "select dag@prev"] {
            let run = try CLIRunner.run(["-e", query])
            #expect(run.status == 1, "\(query)")
            #expect(run.stderr.contains("hint: load one with --history DIR, -r MONTH=FILE (repeated) or .load DIR"), "\(query)")
        }
    }

    /// Every example of `.help history` runs over the fixture history.
    @Test func theHelpsExamplesRun() throws {
        let help = try CLIRunner.run(["-e", ".help history"]).stdout
        let examples = help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("select ") || $0.hasPrefix("diff") }
            .map { $0.components(separatedBy: "   ")[0] }
        #expect(examples.count >= 10)
        for example in examples {
            let run = try Self.run(example)
            #expect(run.status == 0, "\(example): \(run.notes)")
        }
    }

    @Test func canonicalTextReadsBack() throws {
        let run = try CLIRunner.run(["--history", Self.fixture, "-f", "csv", "-e",
                                     "explain select REF, DAG@PREV from if @FEB-22 where Status CHANGED FROM Blocked to 'Sub Group Review' since @JAN-22"])
        #expect(run.stdout.hasPrefix("explain select ref, dag@prev from IF @Feb-22 where status changed from Blocked to \"Sub Group Review\" since @Jan-22"))
    }
}
