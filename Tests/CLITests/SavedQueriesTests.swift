import Foundation
import TestSupport
import Testing

/// Expected-output files under Tests/CLITests/Expected, read by path as `Repository.root`
/// finds the package. `REGQ_UPDATE_EXPECTED=1` rewrites them from the program's output
/// instead of comparing — after which every changed file must be checked by hand again.
enum Expected {
    static let folder = Repository.root + "/Tests/CLITests/Expected"

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    static func compare(_ actual: String, with name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = folder + "/" + name
        if ProcessInfo.processInfo.environment["REGQ_UPDATE_EXPECTED"] != nil {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "output differs from Expected/\(name)", sourceLocation: sourceLocation)
    }
}

/// A folder holding `regq` (a link to the binary under test), to put first on PATH, so
/// that `#!/usr/bin/env regq` scripts and the README's shell gate find it.
enum RegqOnPath {
    static let folder: String = {
        let folder = try! TemporaryFiles.folder()
        try! FileManager.default.createSymbolicLink(atPath: folder + "/regq", withDestinationPath: RegqProcess.binary)
        return folder
    }()

    static var path: String {
        folder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    }

    /// Runs `executable` (a script) with `regq` on PATH, as a shell would.
    static func run(_ executable: String, _ arguments: [String] = [], directory: String = Repository.root,
                    environment: [String: String] = [:]) throws -> CLIRunner.Run {
        let program = executable.hasPrefix("/") ? executable : directory + "/" + executable
        return CLIRunner.Run(try RegqProcess.run(arguments, environment: ["LC_ALL": "C.UTF-8", "PATH": path].merging(environment) { $1 },
                                                 directory: directory, executable: program))
    }
}

/// The saved queries in Queries/: each runs, as `regq FILE` and as an executable script,
/// against an expected output that was checked by hand against the seed report
/// (the status report the register is transcribed from), and they serve as CI gates (`--check`, `--fail-on-rows`, `.run`).
@Suite struct SavedQueriesTests {
    typealias CLI = CLIRunner

    /// Terminal-free, UTF-8 output: table rules as `─`, charts in block characters.
    static let utf8 = ["LC_ALL": "C.UTF-8"]

    /// Every saved query, and how its expected output (Expected/queries/NAME.txt, table
    /// format, run with `-p month=May-22`) was checked against the seed's detail tables.
    static let checked: [(name: String, howChecked: String)] = [
        ("blocked", """
            the 'Blocked- X' cells of the BP and IF detail tables counted per X: Change of Agent \
            BP001-003 + IF 001-004, 006-010, 030-032, 049 = 16; Interface Approach IF 005, 017, \
            033, 036, 038-040 = 7; Supplier Interaction IF 041-048, 050-054 = 13
            """),
        ("blocked-by-blocker", """
            42 rows: the 36 'Blocked- X' rows of the BP and IF detail tables (BP001-003 and IF 13 \
            Change of Agent, IF 7 Interface Approach, IF 13 Supplier Interaction), read off the \
            seed one by one, plus the 6 technical design rows whose Blocking Issue cell is filled \
            (DIP Functional Specification with its two issues, both Non-Functional Requirements \
            rows, the three SDWG OFGEM rows); sorted by blocker then kind
            """),
        ("blocked-if-due-before", """
            the seed's IF rows 'Blocked-' with DAG Review Complete before May-22: only Apr-22 \
            ones, IF-005, 017, 036, 038, 039, 040, all Interface Approach (IF-033 is Interface \
            Approach but May-22)
            """),
        ("blocked-due-before", """
            the six IF rows above plus the TD rows with a Blocking Issue and DAG before May-22: \
            DIP Functional Specification and Non-Functional Requirements (Mar-22), E2E \
            Non-Functional Requirements (Apr-22); ordered by dag then kind
            """),
        ("reaching-review-stage", """
            every detail row with May-22 in any of the three forecast columns: no sg or review \
            is May-22 in the seed, so it is the DAG May-22 rows: BP001-003, BP013; IF 001-004, \
            006-010, 030-033, 041-054; BRS001-006; Logical Data Model; E2E Solution Architecture \
            and the four SDWG rows — 43
            """),
        ("tbc-forecasts", """
            the rows printed 'TBC TBC TBC': BP014-017 and the two IF rows with reference TBC; no \
            row has only some forecasts TBC
            """),
        ("out-of-order-forecasts", """
            only Design Principles & Assumptions, whose Level 4 Review reads Jan-21 before its \
            Sub-Group Activity Nov-21; no row has DAG before review or sg
            """),
        ("workload-by-subgroup", """
            the Sub-Group(s) column of the BP, IF, BRS and GA tables counted per kind, an \
            artefact under each of its sub-groups (e.g. BP004 under Smart, Advanced, Unmetered): \
            Registration BP 13 (BP001-003, 006-011 with BP010 five times), IF 31; totals count an \
            artefact once (79 = 24 + 40 + 10 + 5)
            """),
        ("business-design-summary", """
            status, BPRWG Review Complete and DAG Review Complete counted per kind over the BP, \
            IF, BRS, GA detail rows (BP010 five rows): e.g. BP Sub-Group Review 16 rows, IF \
            Blocked 33, review Feb-22 BP 12 rows, DAG months one month after review in every row
            """),
        ("key-blocking-issues", """
            'Blocked- X' rows counted per X and kind: Change of Agent BP 3 + IF 13 = 16, \
            Interface Approach IF 7, Supplier Interaction IF 13 (the report's own table says 17, \
            7, 11: see regq reconcile)
            """),
        ("td-status", """
            the TD detail table: statuses by working group (TDWG 6, SDWG 4), then its ten rows \
            with the Blocking Issue cells, Level 4 Review and DAG Review as printed
            """),
        ("first-drafts-not-complete", """
            rows whose status says no first draft yet: 'First Draft Not Complete' (BP013-017, the \
            two TBC IF rows, BRS001-006), GA 'Draft Not Complete' (Operational Choreography, \
            Logical Data Model), TD 'Not Started' and 'Draft in Progress' — 17
            """),
        ("subgroup-tbc", """
            rows whose Sub-Group(s) cell reads TBC: BP013-017, IF-041 (Meter Reading) and the two \
            IF rows with reference TBC — 8
            """),
        ("dag-pipeline", """
            DAG Review Complete counted per kind and month: TD Feb-22 is Design Principles, \
            Mar-22 the three other Nov-21 TDWG rows, May-22 E2E Solution Architecture and the \
            four SDWG rows; the 6 TBC are BP014-017 and the two TBC IF rows
            """),
        ("status-by-kind", """
            the status labels per detail table: BP Blocked 3, First Draft Not Complete 5, \
            Sub-Group Review 16 (rows); IF 33, 2, 5; BRS 6 and 4; GA 2 Draft Not Complete and 3 \
            Maintenance; TD one per label but Agreed 2 and Draft Complete 3
            """),
        ("due-at-dag", """
            the 43 DAG May-22 rows grouped by status and blocker: Change of Agent 3 BP + 13 IF, \
            Interface Approach IF-033, Supplier Interaction 13 IF, First Draft Not Complete \
            BP013 + BRS001-006, Logical Data Model, and the TD rows
            """),
    ]

    static var names: [String] { checked.map(\.name) }

    @Test func theQueriesFolderHoldsExactlyTheCheckedQueries() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.root + "/Queries").filter { $0.hasSuffix(".rq") }
        #expect(files.map { String($0.dropLast(3)) }.sorted() == Self.names.sorted())
        #expect(Self.names.count >= 12)
    }

    @Test(arguments: names) func startsWithAnInterpreterLineAndADescriptionAndIsExecutable(name: String) throws {
        let path = Repository.root + "/Queries/\(name).rq"
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "#!/usr/bin/env regq")
        #expect(lines.count > 2 && lines[1].hasPrefix("-- ") && lines[1].count > 20)
        #expect(FileManager.default.isExecutableFile(atPath: path))
    }

    @Test(arguments: names) func runsAgainstItsHandCheckedOutput(name: String) throws {
        let run = try CLI.run(["-p", "month=May-22", "Queries/\(name).rq"], environment: Self.utf8, directory: Repository.root)
        #expect(run.status == 0)
        #expect(run.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("note: ") }, "\(run.stderr)")
        try Expected.compare(run.stdout, with: "queries/\(name).txt")
    }

    /// With `-r` the register is read with only the columns the file's statements use;
    /// the answers must be those of the whole (embedded) register.
    @Test(arguments: names) func givesTheSameOutputFromTheRegisterFile(name: String) throws {
        let run = try CLI.run(["-r", "Data/register.csv", "-p", "month=May-22", "Queries/\(name).rq"],
                              environment: Self.utf8, directory: Repository.root)
        #expect(run.status == 0)
        try Expected.compare(run.stdout, with: "queries/\(name).txt")
    }

    @Test(arguments: names) func runsAsAnExecutableScript(name: String) throws {
        let run = try RegqOnPath.run("./Queries/\(name).rq", ["-p", "month=May-22"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try Expected.text("queries/\(name).txt")))
    }

    // MARK: - Gates

    @Test func checkPassesOnEverySavedQuery() throws {
        let files = Self.names.map { "Queries/\($0).rq" }
        let run = try CLI.run(["--check", "-p", "month=May-22"] + files, directory: Repository.root)
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "")
    }

    @Test func checkNamesAnUnsetParameterWithItsPlace() throws {
        let run = try CLI.run(["--check", "Queries/blocked-if-due-before.rq"], directory: Repository.root)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("""
            Queries/blocked-if-due-before.rq:4:73: error: parameter '$month' is not set
              select ref, name, blocker, dag from IF where status = blocked and dag < $month order by dag
                                                                                      ^~~~~~

            """))
    }

    @Test func failOnRowsMakesASavedQueryAGate() throws {
        let failing = try CLI.run(["--fail-on-rows", "-p", "month=May-22", "Queries/blocked-if-due-before.rq"],
                                  environment: Self.utf8, directory: Repository.root)
        #expect(failing.status == 3)
        #expect(failing.stdout == (try Expected.text("queries/blocked-if-due-before.txt")))
        let passing = try CLI.run(["--fail-on-rows", "-f", "csv", "-p", "month=Apr-22", "Queries/blocked-if-due-before.rq"],
                                  directory: Repository.root)
        #expect(passing.status == 0)
        #expect(passing.stdout == "ref,name,blocker,dag\n")
    }

    @Test func runSuppliesParametersFromStandardInput() throws {
        let run = try CLI.run([], stdin: ".run blocked-if-due-before month=May-22\n.run tbc-forecasts\n.params\n",
                              environment: Self.utf8, directory: Repository.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try Expected.text("queries/blocked-if-due-before.txt")) + (try Expected.text("queries/tbc-forecasts.txt")),
                ".params prints nothing: .run's parameters last only for that run")
        let unset = try CLI.run([], stdin: ".run blocked-if-due-before\n", directory: Repository.root)
        #expect(unset.status == 1)
        #expect(unset.stderr.hasPrefix("Queries/blocked-if-due-before.rq:4:73: error: parameter '$month' is not set\n"))
        let given = try CLI.run(["-p", "month=Apr-22", "-f", "csv"], stdin: ".run blocked-if-due-before month=May-22\n.run blocked-if-due-before\n",
                                directory: Repository.root)
        #expect(given.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("MHHSP-IF-") }.count == 6,
                "month=May-22 overrides -p month=Apr-22 for one run only, then Apr-22 again finds none")
    }

    @Test func queriesListsEveryQueryWithItsDescription() throws {
        let run = try CLI.run([], stdin: ".queries\n", directory: Repository.root)
        #expect(run.stdout.hasPrefix("Queries:\n"))
        let lines = run.stdout.split(separator: "\n").dropFirst().map { String($0.dropFirst(2)) }
        // The queries in Queries/ and those in the folders inside it (history/…).
        let history = try FileManager.default.contentsOfDirectory(atPath: Repository.root + "/Queries/history")
            .filter { $0.hasSuffix(".rq") }.map { "history/" + $0.dropLast(3) }
        #expect(!history.isEmpty)
        #expect(lines.count == Self.names.count + history.count)
        for name in Self.names + history {
            let file = try String(contentsOfFile: Repository.root + "/Queries/\(name).rq", encoding: .utf8)
            let description = String(file.split(separator: "\n")[1].dropFirst(3))
            #expect(lines.contains { $0.hasPrefix(name + " ") && $0.hasSuffix(" " + description) }, "\(name)")
        }
    }

    // MARK: - Formats for reports and terminals

    /// Rendered on GitHub: the header, the alignment row (`--:` for counts), one line per
    /// group and the bold total, every line starting and ending with a pipe.
    @Test func aPivotsMarkdownPastesCleanly() throws {
        let run = try CLI.run(["-f", "markdown", "Queries/key-blocking-issues.rq"], directory: Repository.root)
        #expect(run.stdout == """
            | blocker              | BP | IF | total |
            |----------------------|---:|---:|------:|
            | Change of Agent      |  3 | 13 |    16 |
            | Interface Approach   |  0 |  7 |     7 |
            | Supplier Interaction |  0 | 13 |    13 |
            | **total**            |  3 | 33 |    36 |

            """)
    }

    @Test func pipesInGroupKeysAreEscapedInMarkdown() throws {
        let register = try TemporaryFiles.file("pipes.csv", RegisterText.header + """
            IF,MHHSP-IF-901,One,BPRWG,Smart|Advanced,Blocked,Either|Or,Mar-22,Apr-22,May-22
            BP,MHHSP-BP901,Two,BPRWG,Smart|Advanced,Blocked,Either|Or,Mar-22,Apr-22,May-22
            IF,MHHSP-IF-902,Three,BPRWG,Registration,Blocked,C:\\path,Mar-22,Apr-22,May-22

            """)
        let run = try CLI.run(["-r", register, "-f", "markdown", "-e", "select * group by blocker pivot kind",
                               "-e", "select subgroups, count(*) group by subgroups"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == #"""
            | blocker    | BP | IF | total |
            |------------|---:|---:|------:|
            | C:\\path   |  0 |  1 |     1 |
            | Either\|Or |  1 |  1 |     2 |
            | **total**  |  1 |  2 |     3 |

            | subgroups       | count |
            |-----------------|------:|
            | Registration    |     1 |
            | Smart\|Advanced |     2 |

            """#)
        // Every line of a table has one more unescaped pipe than the table has columns.
        let lines = run.stdout.split(separator: "\n").map(String.init)  // the blank line between tables dropped
        for (index, line) in lines.enumerated() {
            let unescaped = line.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(unescaped == (index < 5 ? 5 : 3), "\(line)")
        }
    }

    @Test(arguments: [80, 200]) func barChartOfASavedQuery(width: Int) throws {
        let run = try CLI.run(["-f", "bar", "Queries/status-by-kind.rq"],
                              environment: Self.utf8.merging(["COLUMNS": String(width)]) { $1 }, directory: Repository.root)
        #expect(run.status == 0)
        try Expected.compare(run.stdout, with: "charts/status-by-kind-bar-\(width).txt")
    }

    @Test(arguments: [80, 200]) func timelineOfASavedQuery(width: Int) throws {
        let run = try CLI.run(["-f", "timeline", "-p", "month=May-22", "Queries/reaching-review-stage.rq"],
                              environment: Self.utf8.merging(["COLUMNS": String(width)]) { $1 }, directory: Repository.root)
        #expect(run.status == 0)
        try Expected.compare(run.stdout, with: "charts/reaching-review-stage-timeline-\(width).txt")
    }

    /// A result a chart cannot draw is the table on standard output, and the note saying
    /// why on standard error, so that what reads the results gets only results.
    @Test func aChartShownAsATableSaysWhyOnStandardError() throws {
        let table = try CLI.run(["-e", "select ref from IF limit 2"])
        let bar = try CLI.run(["-f", "bar", "-e", "select ref from IF limit 2"])
        #expect(bar.status == 0)
        #expect(bar.stdout == table.stdout)
        #expect(bar.stderr == "note: -f bar draws a grouped result (select … group by …); shown as a table\n")
        let trend = try CLI.run(["-f", "trend", "-e", "select ref from IF limit 2"])
        #expect(trend.status == 0)
        #expect(trend.stdout == table.stdout)
        #expect(trend.stderr == "note: -f trend needs the month column report, one row per artefact per report "
            + "(select report, name, dag … @all); shown as a table\n")
    }

    @Test func chartsFallBackToPlainCharactersOffUTF8() throws {
        let run = try CLI.run(["-f", "bar", "Queries/key-blocking-issues.rq"], environment: ["LC_ALL": "C", "COLUMNS": "60"],
                              directory: Repository.root)
        #expect(run.stdout == """
            blocker               total
            Change of Agent          16  ###############################
            Interface Approach        7  ##############
            Supplier Interaction     13  #########################
            total                    36

            """)
    }
}
