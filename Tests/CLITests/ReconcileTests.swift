import Foundation
import TestSupport
import Testing

/// `regq reconcile`: the seed report's published figures (Data/summary.csv) beside the
/// figures computed from the register.
@Suite struct ReconcileTests {
    typealias CLI = CLIRunner

    /// Expected/reconcile.csv was checked by hand: each `published` against the seed's three
    /// summary tables (the Technical Design rows' month cells placed by the Total row, as
    /// docs/RECONCILE.md explains), each `computed` by counting the seed's detail tables for
    /// that column's meaning (docs/RECONCILE.md, "How each column maps to a query").
    @Test func theSeedsFiguresBesideTheRegisters() throws {
        let run = try CLI.run(["reconcile", "-f", "csv"])
        #expect(run.status == 0, "differences are what reconcile shows, not a failure")
        // The figures no status in the detail can give (docs/RECONCILE.md) come from a
        // test no artefact passes, and say so.
        let warnings = run.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count == 11, "\(run.stderr)")
        #expect(warnings.allSatisfy { $0.hasPrefix("<embedded summary.csv>:") && ($0.hasSuffix(": warning: no artefact has status containing 'BPRWG'")
                                        || $0.hasSuffix(": warning: no artefact has status containing 'Level 4'")) })
        #expect(run.stderr.split(separator: "\n").count == 11 * 3 + 1)
        #expect(run.stderr.hasSuffix("\nnote: 64 of 115 published figures differ from the register\n"))
        try Expected.compare(run.stdout, with: "reconcile.csv")
    }

    @Test func theSummaryFileHasOneRowPerPublishedFigure() throws {
        let lines = try String(contentsOfFile: Repository.root + "/Data/summary.csv", encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "table,row,column,published,query")
        let tables = Dictionary(grouping: lines.dropFirst(), by: { $0.prefix { $0 != "," } }).mapValues(\.count)
        // 5 rows × 12 columns; 3 issues; 5 rows × 8 printed figures + the Total's 12.
        #expect(tables == ["Business Design Artefact Status Report": 60, "Key Blocking Issues": 3,
                           "Technical Design Artefact Status Report": 52])
    }

    @Test func strictFailsWhenAnyFigureDiffers() throws {
        let run = try CLI.run(["reconcile", "--strict", "-f", "csv"])
        #expect(run.status == 1)
        #expect(run.stdout == (try Expected.text("reconcile.csv")))
    }

    @Test func strictPassesWhenEveryFigureAgrees() throws {
        let path = try TemporaryFiles.file("agrees.csv", """
            table,row,column,published,query
            Key Blocking Issues,Interface Approach,No. of Artefacts Blocked,7,select count(*) where blocker = 'Interface Approach'
            "Business Design Artefact Status Report",Business Process Maps,No. of Docs,20,select count(distinct ref) from BP

            """)
        let run = try CLI.run(["reconcile", path, "--strict", "-f", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            table,row,column,published,computed,difference
            Key Blocking Issues,Interface Approach,No. of Artefacts Blocked,7,7,0
            Business Design Artefact Status Report,Business Process Maps,No. of Docs,20,20,0

            """)
        #expect(run.stderr == "note: 0 of 2 published figures differ from the register\n")
    }

    @Test func theEmbeddedSummaryIsDataSummaryCSV() throws {
        let generated = try String(contentsOfFile: Repository.root + "/Sources/Commands/EmbeddedSummary.swift", encoding: .utf8)
        let start = try #require(generated.range(of: "#\"\"\"\n"))
        let end = try #require(generated.range(of: "\n\"\"\"#", options: .backwards))
        let file = try String(contentsOfFile: Repository.root + "/Data/summary.csv", encoding: .utf8)
        #expect(String(generated[start.upperBound ..< end.lowerBound]) == file, "run scripts/embed-summary.sh after editing Data/summary.csv")
        let embedded = try CLI.run(["reconcile", "-f", "csv"], directory: "/tmp")
        let named = try CLI.run(["reconcile", Repository.root + "/Data/summary.csv", "-f", "csv"])
        #expect(embedded.stdout == named.stdout)
    }

    @Test func everyFormat() throws {
        let json = try CLI.run(["reconcile", "-f", "json"])
        #expect(json.stdout.hasPrefix("""
            [
              {"table": "Business Design Artefact Status Report", "row": "Business Process Maps", "column": "No. of Docs", "published": 20, "computed": 20, "difference": 0},
            """))
        let table = try CLI.run(["reconcile"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(table.stdout.contains("Key Blocking Issues                      Supplier Interaction                                   No. of Artefacts Blocked            11        13           2\n"))
        #expect(table.stdout.hasSuffix("(115 rows)\n"))
        let markdown = try CLI.run(["reconcile", "-f", "markdown"])
        #expect(markdown.stdout.contains("\n| Key Blocking Issues                     | Change of Agent                                       | No. of Artefacts Blocked    |        17 |       16 |         -1 |\n"))
        let narrow = try CLI.run(["reconcile"], environment: ["COLUMNS": "100"])
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func anotherRegister() throws {
        let register = try TemporaryFiles.file("small.csv", RegisterText.header + """
            IF,MHHSP-IF-001,One,BPRWG,Registration,Blocked,Interface Approach,Mar-22,Apr-22,May-22

            """)
        let summary = try TemporaryFiles.file("summary.csv", """
            table,row,column,published,query
            Key Blocking Issues,Interface Approach,No. of Artefacts Blocked,7,select count(*) where blocker = 'Interface Approach'

            """)
        let run = try CLI.run(["reconcile", summary, "-r", register, "-f", "tsv"])
        #expect(run.stdout == "table\trow\tcolumn\tpublished\tcomputed\tdifference\nKey Blocking Issues\tInterface Approach\tNo. of Artefacts Blocked\t7\t1\t-6\n")
        #expect(run.stderr == "note: 1 of 1 published figure differs from the register\n")
        let bad = try CLI.run(["reconcile", "--register", "/nonexistent.csv"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("/nonexistent.csv: cannot read the register"))
    }

    // MARK: - A summary that cannot be used

    @Test func aQueryThatFailsIsReportedAtItsPlaceInTheFile() throws {
        let path = try TemporaryFiles.file("typos.csv", """
            table,row,column,published,query
            Key Blocking Issues,Change of Agent,No. of Artefacts Blocked,17,select count(*) where blocker = 'Change of Agent'
            Key Blocking Issues,Interface Approach,No. of Artefacts Blocked,7,select count(*) where stauts = blocked
            Business Design,Total,Blocked,35,"select count(*) from BP, IF where (status = blocked"
            Business Design,Total,Blocked,35,"select count(*) from BP, IF where name = ""Meter Faults"" and dag < blocked"

            """)
        let run = try CLI.run(["reconcile", path])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("\(path):3:89: error: unknown field 'stauts'; did you mean 'status'?\n"))
        #expect(run.stderr.contains("\(path):4:86: error: expected ')' to close '(' at 4:69, found end of input\n"))
        #expect(run.stderr.contains("\(path):5:103: error: expected a month, like May-22 or 2022-05, found 'blocked'\n"),
                "a query with doubled quotes is placed at its line and column in the file too")
        #expect(run.stderr.contains("\"Meter Faults\"\" and dag < blocked\"\n"), "the file's own line is shown")
        #expect(run.stderr.hasSuffix("summary refused: nothing was reconciled\n"))
    }

    @Test func aQueryThatIsNotOneCountIsRefused() throws {
        let path = try TemporaryFiles.file("shape.csv", """
            table,row,column,published,query
            Key Blocking Issues,All,No. of Artefacts Blocked,35,select blocker from IF where status = blocked
            Key Blocking Issues,All,No. of Artefacts Blocked,35,explain select count(*)

            """)
        let run = try CLI.run(["reconcile", path])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            \(path):2: expected a query giving one count, like select count(*) from BP where status = blocked; found 33 rows of 1 column
            \(path):3: expected a query giving one count, found explain
            summary refused: nothing was reconciled

            """)
    }

    @Test func aMalformedSummaryIsRefusedWhole() throws {
        let header = try TemporaryFiles.file("header.csv", "table,row,colum,published\n")
        let run = try CLI.run(["reconcile", header])
        #expect(run.status == 2)
        #expect(run.stderr == """
            \(header):1: unknown column 'colum' (expected table,row,column,published,query)
            \(header):1: missing column 'column'
            \(header):1: missing column 'query'
            summary refused: nothing was reconciled

            """)
        let rows = try TemporaryFiles.file("rows.csv", """
            query,published,table,row,column
            select count(*),seventeen,T,R,C
            select count(*),1,T,R
            ,1,T,R,C
            "select count(*)

            """)
        let bad = try CLI.run(["reconcile", rows])
        #expect(bad.status == 2)
        #expect(bad.stderr == """
            \(rows):5: unterminated quote: the field opened here never closes
            summary refused: nothing was reconciled

            """)
        let fixed = try TemporaryFiles.file("rows.csv", """
            query,published,table,row,column
            select count(*),seventeen,T,R,C
            select count(*),1,T,R
            ,1,T,R,C
            select count(*),89,T,R,C

            """)
        let listed = try CLI.run(["reconcile", fixed])
        #expect(listed.status == 2)
        #expect(listed.stderr == """
            \(fixed):2: column 'published': 'seventeen' is not a count (expected a whole number)
            \(fixed):3: expected 5 fields, found 4
            \(fixed):4: column 'query' is empty
            summary refused: nothing was reconciled

            """)
        let missing = try CLI.run(["reconcile", "/nonexistent/summary.csv"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("/nonexistent/summary.csv: cannot read the summary: no such file or directory\n"))
        let empty = try TemporaryFiles.file("empty.csv", "")
        #expect(try CLI.run(["reconcile", empty]).status == 2)
    }

    // MARK: - The command line

    @Test func usageErrorsExitTwo() throws {
        let option = try CLI.run(["reconcile", "--no-such-option"])
        #expect(option.status == 2)
        #expect(option.stderr.contains("usage: regq reconcile [FILE] [-f FORMAT] [--strict] [-r REGISTER [--sheet NAME]]"))
        let format = try CLI.run(["reconcile", "-f", "yaml"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("yaml"))
        #expect(try CLI.run(["reconcile", "a.csv", "b.csv"]).status == 2)
        let help = try CLI.run(["reconcile", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: regq reconcile [<FILE>] [--format <format>] [--strict] [--register <FILE>]"))
        #expect(try CLI.run(["--help"]).stdout.contains("regq reconcile"))
    }

    /// Only a first argument `reconcile` is the subcommand: a query file of that name is
    /// still run as `./reconcile`, and `reconcile` after options is a FILE.
    @Test func reconcileIsOnlyTheFirstArgument() throws {
        let path = try TemporaryFiles.file("reconcile", "select count(*) from IF\n")
        let folder = (path as NSString).deletingLastPathComponent
        let file = try CLI.run(["-f", "csv", "./reconcile"], directory: folder)
        #expect(file.stdout == "count\n40\n")
        let afterOptions = try CLI.run(["-f", "csv", "reconcile"], directory: folder)
        #expect(afterOptions.stdout == "count\n40\n")
    }
}
