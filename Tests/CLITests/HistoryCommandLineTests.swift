import Foundation
import TestSupport
import Testing

/// Loading a history from the command line (`--history DIR`, `-r MONTH=FILE …`) and in a
/// batch (`.load DIR`): queries run on the latest report, the pairings' notes go to
/// stderr, and every bad history is refused whole with a message naming the file.
@Suite struct HistoryCommandLineTests {
    typealias CLI = CLIRunner
    static let folder = Repository.root + "/Tests/Fixtures/history"
    static let notes = """
        note: 1 row named 'Demand Control' in Jan-22 was not paired with Feb-22
        note: 2 rows named 'Demand Control' in Feb-22 were not paired with Jan-22
        note: 2 rows of MHHSP-BP010 in Feb-22 were not paired with Mar-22
        note: 2 rows named 'Demand Control' in Feb-22 were not paired with Mar-22
        note: 2 rows of MHHSP-BP010 in Mar-22 were not paired with Feb-22
        note: 1 row named 'Demand Control' in Mar-22 was not paired with Feb-22

        """

    static let row = "GA,,Catalogue,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n"

    @Test func queriesRunOnTheLatestReport() throws {
        for arguments in [["--history", Self.folder], ["--history=" + Self.folder],
                          ["-r", "Jan-22=\(Self.folder)/2022-01.csv", "-r", "2022-03=\(Self.folder)/2022-03.csv",
                           "-r", "feb-22=\(Self.folder)/2022-02.csv"]] {
            let run = try CLI.run(arguments + ["-f", "csv", "-e", "select name where ref = MHHSP-BP010 or name = 'Interface List'"])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(run.stdout == """
                name
                Change of Registration Data - Address
                Change of Registration Data - HH Data Consent
                Change of Registration Data - Domestic Indicator
                Change of Registration Data - Loss ID Factor
                Change of Registration Data - Other Misc.
                Interface List

                """, "\(arguments)")
            #expect(run.stderr == Self.notes, "\(arguments)")
        }
    }

    @Test func reportsListsEachReportAgainstTheOneBefore() throws {
        let run = try CLI.run(["--history", Self.folder, "-f", "csv", "-e", ".reports"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            report,file,rows,matched,new,gone
            Jan-22,\(Self.folder)/2022-01.csv,89,,,
            Feb-22,\(Self.folder)/2022-02.csv,89,86,3,3
            Mar-22,\(Self.folder)/2022-03.csv,89,85,4,4

            """)
        let named = try CLI.run(["-r", "Mar-22=\(Self.folder)/2022-03.csv", "-r", "Feb-22=\(Self.folder)/2022-02.csv",
                                 "-f", "csv", "-e", ".reports"])
        #expect(named.stdout == """
            report,file,rows,matched,new,gone
            Feb-22,\(Self.folder)/2022-02.csv,89,,,
            Mar-22,\(Self.folder)/2022-03.csv,89,85,4,4

            """)
    }

    /// In JSON, months as `YYYY-MM` and no counts for the first report as null; `--check`
    /// loads (and so checks) every report.
    @Test func reportsInJSONAndUnderCheck() throws {
        let run = try CLI.run(["--history", Self.folder, "-f", "json", "-e", ".reports"])
        #expect(run.stdout.hasPrefix("""
            [
              {"report": "2022-01", "file": "\(Self.folder)/2022-01.csv", "rows": 89, "matched": null, "new": null, "gone": null},
            """))
        let check = try CLI.run(["--history", Self.folder, "--check", "-e", "select count(*)"])
        #expect(check.status == 0)
        #expect(check.stdout == "")
        #expect(check.stderr == Self.notes)
    }

    @Test func matchesShowsHowEachRowWasPaired() throws {
        let run = try CLI.run(["--history", Self.folder, "-f", "csv", "-e", ".matches Feb-22"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == Self.notes
                + "note: Feb-22 against Jan-22: 86 matched (83 same refs and name, 1 same refs, 2 same name), 3 new, 3 gone\n")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 89 + 3)
        #expect(lines[0] == "pairing,kind,ref@Jan-22,name@Jan-22,ref@Feb-22,name@Feb-22")
        #expect(lines[1] == "1 same refs and name,BP,MHHSP-BP001,Change of Supplier,MHHSP-BP001,Change of Supplier")
        #expect(lines[17] == "2 same refs,BP,MHHSP-BP014,Behind the Boundry Point Metering Process,MHHSP-BP014,Behind the Boundary Point Metering Process")
        #expect(lines[62] == "new,IF,,,MHHSP-IF-056,Meter Technical Details")
        #expect(lines[63] == "3 same name,IF,,DUOS/LLF Management,MHHSP-IF-055,DUOS/LLF Management")
        #expect(lines[64] == "new (alike rows),IF,,,,Demand Control")
        #expect(lines[65] == "new (alike rows),IF,,,,Demand Control")
        #expect(lines[66] == "3 same name,BRS,MHHSP-BRS001;MHHSP-BPD001,Smart Data Service,MHHSP-BRS001;MHHSP-BPD021,Smart Data Service")
        #expect(Array(lines[90...]) == ["gone,IF,MHHSP-IF-054,Request Disconnection  (D0132),,",
                                        "gone (alike rows),IF,,Demand Control,,",
                                        "gone,GA,,Interface List,,"])
    }

    @Test func matchesDefaultsToTheLatestReport() throws {
        let run = try CLI.run(["--history", Self.folder, "-f", "csv", "-e", ".matches"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasSuffix("note: Mar-22 against Feb-22: 85 matched (85 same refs and name, 0 same refs, 0 same name), 4 new, 4 gone\n"))
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "pairing,kind,ref@Feb-22,name@Feb-22,ref@Mar-22,name@Mar-22")
        #expect(lines[10] == "new (alike rows),BP,,,MHHSP-BP010,Change of Registration Data - Address")
        #expect(lines[79] == "new,GA,,,,Interface List")
        #expect(lines.filter { $0.hasPrefix("gone") } == [
            "gone (alike rows),BP,MHHSP-BP010,Change of Registation Data - Address,,",
            "gone (alike rows),BP,MHHSP-BP010,Change of Registation Data - HH Data Consent,,",
            "gone (alike rows),IF,,Demand Control,,",
            "gone (alike rows),IF,,Demand Control,,",
        ])
    }

    @Test func historyCommandsSayWhatIsWrong() throws {
        let cases: [(String, String)] = [
            (".matches Jan-22", "error: Jan-22 is the first report: there is no report before it to pair with; .matches Feb-22 shows how the next was paired with it"),
            (".matches Apr-22", "error: no report of Apr-22 (the reports: Jan-22, Feb-22, Mar-22)"),
            (".matches soon", "error: 'soon' is not a month (the reports: Jan-22, Feb-22, Mar-22)"),
        ]
        for (command, message) in cases {
            let run = try CLI.run(["--history", Self.folder, "-e", command])
            #expect(run.status == 1, "\(command)")
            #expect(run.stderr.contains(message), "\(command): \(run.stderr)")
        }
        for command in [".reports", ".matches"] {
            let run = try CLI.run(["-e", command])
            #expect(run.status == 1)
            #expect(run.stderr.contains("error: no history is loaded: start regq with --history DIR or -r MONTH=FILE … (one a report),"
                                        + " or .load DIR (a folder of reports named by month: 2022-03.csv or Mar-22.csv)"), "\(run.stderr)")
        }
    }

    /// `.load DIR` loads a history; `.load FILE` goes back to one register.
    @Test func loadTakesAFolderOrAFile() throws {
        let input = ".load \(Self.folder)\n.format csv\nselect count(*) where status = blocked\n.reports\n"
            + ".load \(Self.folder)/2022-01.csv\nselect count(*) where status = blocked\n.reports\n"
        let run = try CLI.run([], stdin: input)
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("count\n35\nreport,file,rows,matched,new,gone\n"))
        #expect(run.stdout.hasSuffix("count\n36\n"))
        #expect(run.stderr.hasPrefix(Self.notes + "loaded history \(Self.folder): 3 reports, Jan-22 to Mar-22; the latest has 89 artefacts\n"
                                     + "loaded \(Self.folder)/2022-01.csv: 89 artefacts\n"))
        #expect(run.stderr.contains("error: no history is loaded"))
    }

    @Test func aBadHistoryIsRefusedWhole() throws {
        let folder = try TemporaryFiles.folder()
        try (RegisterText.header + Self.row).write(toFile: folder + "/2022-01.csv", atomically: true, encoding: .utf8)
        try (RegisterText.header + "GA,,Catalogue,BPRWG,All,Maintenance,,Mar-22,Mar-22,Mayy-22\n")
            .write(toFile: folder + "/2022-02.csv", atomically: true, encoding: .utf8)
        let run = try CLI.run(["--history", folder, "-e", "select count(*)"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("\(folder)/2022-02.csv:2: column 'dag': 'Mayy-22' is not a month"))
        #expect(run.stderr.hasSuffix("\(folder)/2022-02.csv: register refused: nothing was loaded\n\(folder): history refused: nothing was loaded\n"))

        let loaded = try CLI.run([], stdin: ".load \(folder)\nselect count(*)\n")
        #expect(loaded.status == 2)
        #expect(loaded.stdout == "")

        let missing = try CLI.run(["--history", folder + "/none", "-e", "select count(*)"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "\(folder)/none: cannot read the history folder: no such file or directory\n"
                + "\(folder)/none: history refused: nothing was loaded\n")

        let twice = try CLI.run(["-r", "Jan-22=\(folder)/2022-01.csv", "-r", "2022-01=\(folder)/2022-01.csv", "-e", "select count(*)"])
        #expect(twice.status == 2)
        #expect(twice.stderr.hasPrefix("\(folder)/2022-01.csv and \(folder)/2022-01.csv: two reports of Jan-22"))
    }

    @Test func registerOptionsThatMeanNothingAreUsageErrors() throws {
        let cases: [([String], String)] = [
            (["-r", "Febb-22=feb.csv"], "error: -r Febb-22=feb.csv: 'Febb-22' is not a month (a report is -r MONTH=FILE, such as -r Feb-22=feb.csv)"),
            (["-r", "Feb-22="], "error: -r Feb-22=: no file for the report of Feb-22 (-r Feb-22=FILE)"),
            (["-r", "a.csv", "-r", "b.csv"], "error: -r names one register (a.csv, b.csv given); a history's reports are -r MONTH=FILE, one a report, or --history DIR"),
            (["-r", "a.csv", "-r", "Feb-22=b.csv"], "error: -r a.csv names a register and -r MONTH=FILE a history's report: give one or the other"),
            (["--history", "dir", "-r", "a.csv"], "error: --history dir and -r a.csv both name the register: give one of them, or add a report to the history with -r MONTH=FILE"),
            (["--history", "a", "--history", "b"], "error: --history names one folder of reports (a, b given)"),
        ]
        for (arguments, message) in cases {
            let run = try CLI.run(arguments + ["-e", "select count(*)"])
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr == message + "\nusage: regq [options] [FILE ...]   (regq --help lists everything)\n", "\(arguments)")
        }
        let help = try CLI.run(["--help"]).stdout
        #expect(help.contains("--history <DIR>"))
    }

    /// `--history DIR -r MONTH=FILE` adds a report to the folder's, or replaces the one of
    /// its month (a draft month).
    @Test func aReportBesideAFolderIsAddedOrReplacesItsMonth() throws {
        let folder = Repository.root + "/Tests/Fixtures/history"
        let added = try CLI.run(["--history", folder, "-r", "Apr-22=\(folder)/2022-03.csv", "-f", "csv", "-e", "select count(*) @Apr-22"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "count\n89\n")
        // MHHSP-IF-021's DAG: Apr-22 in January's report, Jul-22 in March's (Tests/Fixtures/history).
        let query = "select dag from IF @Mar-22 where ref = MHHSP-IF-021"
        let asPublished = try CLI.run(["--history", folder, "-f", "csv", "-e", query])
        #expect(asPublished.stdout == "dag\nJul-22\n")
        let replaced = try CLI.run(["--history", folder, "-r", "Mar-22=\(folder)/2022-01.csv", "-f", "csv", "-e", query])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout == "dag\nApr-22\n")
    }

    /// With a history, `.fields` lists `report` too, with the reports' months.
    @Test func fieldsListsTheReportOfAHistory() throws {
        let folder = Repository.root + "/Tests/Fixtures/history"
        let history = try CLI.run(["--history", folder, "-e", ".fields"])
        #expect(history.status == 0)
        #expect(history.stdout.hasSuffix("report     month: the month of the report the row comes from (a history's, with @all)\n"
            + "           e.g. Jan-22 · Feb-22 · Mar-22\n"), "\(history.stdout)")
        let register = try CLI.run(["-e", ".fields"])
        #expect(!register.stdout.contains("report "))
    }

    /// A register file whose name holds `=` is still a register file.
    @Test func aFileNamedWithEqualsIsARegister() throws {
        let path = try TemporaryFiles.file("Feb-22=copy.csv", RegisterText.header + Self.row)
        let run = try CLI.run(["-r", path, "-f", "csv", "-e", "select name"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "name\nCatalogue\n")
    }

    /// No result is written over a report of the history.
    @Test func noOutputOverAReport() throws {
        let folder = try TemporaryFiles.folder()
        try (RegisterText.header + Self.row).write(toFile: folder + "/2022-01.csv", atomically: true, encoding: .utf8)
        try (RegisterText.header + Self.row).write(toFile: folder + "/2022-02.csv", atomically: true, encoding: .utf8)
        let run = try CLI.run(["--history", folder, "-e", ".output \(folder)/2022-01.csv"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: cannot write \(folder)/2022-01.csv"))
        #expect(try String(contentsOfFile: folder + "/2022-01.csv", encoding: .utf8) == RegisterText.header + Self.row)
    }
}
