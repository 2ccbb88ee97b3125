import Foundation
import TestSupport
import Testing

/// The saved questions about change, Queries/history/: each runs over the fixture history
/// (Tests/Fixtures/history) against an expected output worked out by hand from the
/// fixture's documented edits (its README), as `regq --history DIR FILE` and as an
/// executable script.
@Suite struct HistorySavedQueriesTests {
    typealias CLI = CLIRunner

    static let fixture = "Tests/Fixtures/history"

    /// Every saved history query, and the edits (the fixture README's numbers) its
    /// expected output follows from, Feb-22 → Mar-22 unless said.
    static let checked: [(name: String, howChecked: String)] = [
        ("slipped", "M5 BP004 dag Apr-22 → Jun-22 and M6 IF-021 May-22 → Jul-22, 2 months each; five dag TBC; four artefacts new"),
        ("became-blocked", "M7 IF-037 Sub-Group Review → Blocked by Supplier Interaction; the IF Demand Control is new"),
        ("unblocked", "M8 BP001 Blocked (Change of Agent) → Sub-Group Review"),
        ("new", "M1 the two BP010 rows respelt (not paired), M2 one Demand Control, M3 Interface List back"),
        ("dropped", "Feb-22 rows 9, 10 (BP010, M1) and 63, 64 (the two Demand Control rows, M2)"),
        ("changes", "M5–M8 changed (M4 refs reordered and M9 respelt are no change), the four new and four removed above"),
        ("blocked-trend", "36 in Jan-22; Feb-22 −IF-005 (F10) −IF-054 (F5) +BP004 (F11); Mar-22 +IF-037 (M7) −BP001 (M8)"),
        ("if-021-forecasts", "IF-021's dag: Apr-22 (the register), May-22 (F9), Jul-22 (M6)"),
        ("slipped-trend", "the two that slipped (M5, M6) in every report: BP004 Apr-22, Apr-22, Jun-22; IF-021 Apr-22, May-22 (F9), Jul-22"),
    ]

    static var names: [String] { checked.map(\.name) }

    @Test func theFolderHoldsExactlyTheCheckedQueries() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.root + "/Queries/history").filter { $0.hasSuffix(".rq") }
        #expect(files.map { String($0.dropLast(3)) }.sorted() == Self.names.sorted())
    }

    @Test(arguments: names) func runsAgainstItsHandCheckedOutput(name: String) throws {
        let run = try CLI.run(["--history", Self.fixture, "Queries/history/\(name).rq"], environment: SavedQueriesTests.utf8, directory: Repository.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("note: ") }, "\(run.stderr)")
        try Expected.compare(run.stdout, with: "history-queries/\(name).txt")
    }

    @Test(arguments: names) func runsAsAnExecutableScript(name: String) throws {
        let path = Repository.root + "/Queries/history/\(name).rq"
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "#!/usr/bin/env regq")
        #expect(lines.count > 2 && lines[1].hasPrefix("-- "))
        let run = try RegqOnPath.run("./Queries/history/\(name).rq", ["--history", Self.fixture])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try Expected.text("history-queries/\(name).txt")))
    }

    /// IF-021's dag as a milestone trend chart: Apr-22 forecast in Jan-22, May-22 in
    /// Feb-22, Jul-22 in Mar-22, each a line higher than the last (slipping).
    @Test func theForecastsOfOneArtefactAsATrendChart() throws {
        let run = try CLI.run(["--history", Self.fixture, "-f", "trend", "Queries/history/if-021-forecasts.rq"],
                              environment: SavedQueriesTests.utf8.merging(["COLUMNS": "80"]) { $1 }, directory: Repository.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            dag
            Jul-22 │          A
            Jun-22 │
            May-22 │      A
            Apr-22 │  A
            Mar-22 │          ·
            Feb-22 │      ·
            Jan-22 │  ·
                   └───────────
            report   Jan Feb Mar
                     2022
            A = HH Consumption Data   · = the report's month

            """)
    }

    /// An artefact renamed between reports is one line of marks, labelled with its latest
    /// name: BP014's "Boundry" became "Boundary" in Feb-22 (paired by its ref).
    @Test func aRenamedArtefactIsOneLineInATrendChart() throws {
        let query = "select report, name, dag from BP @all where ref = MHHSP-BP014 or ref = MHHSP-BP001"
        let run = try CLI.run(["--history", Self.fixture, "-f", "trend", "-e", query],
                              environment: SavedQueriesTests.utf8.merging(["COLUMNS": "80"]) { $1 }, directory: Repository.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            dag
               TBC │  B   B   B
                   │
            Jun-22 │      A   A
            May-22 │  A
            Apr-22 │
            Mar-22 │          ·
            Feb-22 │      ·
            Jan-22 │  ·
                   └───────────
            report   Jan Feb Mar
                     2022
            A = Change of Supplier   B = Behind the Boundary Point Metering Process
            · = the report's month

            """)
    }

    /// Nothing is hidden: IF-001 and IF-002 forecast May-22 in every report, so their
    /// marks are always under `*`, and the legend says so and names them with `*`; the
    /// forecasts a trend chart does not draw are named in a note.
    @Test func aTrendChartHidesNoArtefactAndNoForecastSilently() throws {
        let query = "select report, name, dag from IF @all where ref in (MHHSP-IF-001, MHHSP-IF-002, MHHSP-IF-021)"
        let run = try CLI.run(["--history", Self.fixture, "-f", "trend", "-e", query],
                              environment: SavedQueriesTests.utf8.merging(["COLUMNS": "80"]) { $1 }, directory: Repository.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("""
            A = Metering Service Appointment (only under *)
            B = Metering Service De-Appointment (only under *)   C = HH Consumption Data
            * = two or more artefacts: A, B, C   · = the report's month

            """), "\(run.stdout)")
        let stages = try CLI.run(["--history", Self.fixture, "-f", "trend", "-e",
                                  "select report, name, sg, review, dag from IF @all where ref = MHHSP-IF-021"], directory: Repository.root)
        #expect(stages.status == 0)
        #expect(stages.stdout.hasPrefix("sg\n"))
        #expect(stages.stderr.contains("note: -f trend draws one forecast, 'sg'; left out: 'review', 'dag' (a chart of each: select report, name, review …)\n"))
    }
}

