import Foundation
import TestSupport
import Testing

/// The command line end to end: stdout, stderr and exit status, as a shell script sees them.
@Suite struct BatchTests {
    typealias CLI = CLIRunner
    static let question = "select IF where status = blocked and dag < May-22 group by blocker"

    @Test func theQuestionInEveryFormat() throws {
        let expected: [String: String] = [
            "table": "blocker             count\n──────────────────  ─────\nInterface Approach      6\n(1 row)\n",
            "csv": "blocker,count\nInterface Approach,6\n",
            "tsv": "blocker\tcount\nInterface Approach\t6\n",
            "json": "[\n  {\"blocker\": \"Interface Approach\", \"count\": 6}\n]\n",
            "jsonl": "{\"blocker\":\"Interface Approach\",\"count\":6}\n",
            "markdown": "| blocker            | count |\n|--------------------|------:|\n| Interface Approach |     6 |\n",
        ]
        for (format, output) in expected {
            let run = try CLI.run(["-f", format, "-e", Self.question])
            #expect(run.stdout == output, "format \(format)")
            #expect(run.stderr == "")
            #expect(run.status == 0)
        }
    }

    @Test func csvOfEverythingIsTheRegisterFromAnyFolder() throws {
        let run = try CLI.run(["-f", "csv", "-e", "select *"], directory: "/tmp")
        let file = try String(contentsOfFile: Repository.root + "/Data/register.csv", encoding: .utf8)
        #expect(run.stdout == file)
        #expect(run.status == 0)
    }

    @Test func rowsWithListsMonthsAndTBCAsJSON() throws {
        let run = try CLI.run(["-f", "json", "-e", "select ref, subgroups, dag from IF where name = 'DUOS/LLF Management' or ref = MHHSP-IF-022"])
        #expect(run.stdout == """
            [
              {"ref": ["MHHSP-IF-022"], "subgroups": ["Elexon Central Systems", "Smart"], "dag": "2022-03"},
              {"ref": [], "subgroups": ["TBC"], "dag": "TBC"}
            ]

            """)
    }

    @Test func aBadRegisterIsRefusedWhole() throws {
        let path = try TemporaryFiles.file("bad.csv", RegisterText.header + """
            IF,MHHSP-IF-001,Metering Service Appointment,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,Mayy-22
            XX,MHHSP-IF-002,Other,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
            IF,short

            """)
        let run = try CLI.run(["-r", path, "-e", "select *"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            \(path):2: column 'dag': 'Mayy-22' is not a month (expected Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)
            \(path):3: column 'kind': 'XX' is not a kind (expected BP, IF, BRS, GA or TD)
            \(path):4: expected 10 fields, found 2
            \(path): register refused: nothing was loaded

            """)
        let missing = try CLI.run(["-r", "/nonexistent.csv", "-e", "select *"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("/nonexistent.csv: cannot read the register: no such file or directory"))
    }

    @Test func anotherRegisterIsUsedInstead() throws {
        let path = try TemporaryFiles.file("small.csv", RegisterText.header + "GA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n")
        let run = try CLI.run(["--register", path, "-f", "csv", "-e", "select name, dag"])
        #expect(run.stdout == "name,dag\nGlossary,Apr-22\n")
    }

    @Test func aFailingStatementStopsTheRunWithEarlierResultsPrinted() throws {
        let run = try CLI.run(["-f", "csv", "-e", "select count(*) from IF", "-e", "select stauts from BP", "-e", "select count(*) from BP"])
        #expect(run.stdout == "count\n40\n")
        #expect(run.status == 1)
        #expect(run.stderr == """
            <query>:1:8: error: unknown field 'stauts'; did you mean 'status'?
              select stauts from BP
                     ^~~~~~

            """)
    }

    @Test func statementsFromStandardInput() throws {
        let run = try CLI.run(["-f", "csv"], stdin: "select count(*) from IF;\nselect count(*)\nfrom BP\n\n-- done\n")
        #expect(run.stdout == "count\n40\ncount\n24\n")
        #expect(run.status == 0)
    }

    @Test func aQueryFileWithItsErrorLocated() throws {
        let path = try TemporaryFiles.file("blocked.rq", "#!/usr/bin/env regq\n-- blocked by blocker\nselect * where status = blocked\ngroup by blocker\n\nselect *\nwhere dag < Mayy-22\n")
        let run = try CLI.run(["-f", "csv", path])
        #expect(run.stdout == "blocker,count\nChange of Agent,16\nInterface Approach,7\nSupplier Interaction,13\n")
        #expect(run.stderr == """
            \(path):7:13: error: expected a month, like May-22 or 2022-05, found 'Mayy-22'
              where dag < Mayy-22
                          ^~~~~~~
              hint: dag is a month; TBC is written tbc

            """)
        #expect(run.status == 1)
        let missing = try CLI.run(["/nonexistent.rq"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: cannot read /nonexistent.rq: no such file or directory\n")
    }

    @Test func parameters() throws {
        let query = "select count(*) from IF where status = blocked and dag < $cutoff"
        #expect(try CLI.run(["-f", "csv", "-p", "cutoff=May-22", "-e", query]).stdout == "count\n6\n")
        #expect(try CLI.run(["-f", "csv", "--param", "cutoff=2022-06", "-e", query]).stdout == "count\n33\n")
        let unset = try CLI.run(["-e", query])
        #expect(unset.status == 1)
        #expect(unset.stderr.hasPrefix("<query>:1:58: error: parameter '$cutoff' is not set\n"))
    }

    @Test func checkRunsNothing() throws {
        let good = try CLI.run(["--check", "-e", "select * where status = blocked"])
        #expect(good.status == 0)
        #expect(good.stdout == "")
        let bad = try CLI.run(["--check", "-e", "select * where dag < blocked"])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("<query>:1:22: error:"))
    }

    @Test func failOnRows() throws {
        #expect(try CLI.run(["--fail-on-rows", "-e", "select IF where status = blocked and dag < Apr-22"]).status == 0)
        let gate = try CLI.run(["--fail-on-rows", "-f", "csv", "-e", "select ref from IF where status = blocked and dag < May-22 limit 1"])
        #expect(gate.status == 3)
        #expect(gate.stdout == "ref\nMHHSP-IF-005\n")
    }

    /// Everyday command lines skip the argument parser (start-up time); other spellings
    /// go through it. Both must mean the same.
    @Test func bothCommandLineReadersAgree() throws {
        let plain = try CLI.run(["-f", "csv", "-p", "m=May-22", "-e", "select count(*) from IF where dag < $m"])
        for spelling in [["--format=csv", "--param=m=May-22"], ["--format", "csv", "--param", "m=May-22"]] {
            let parsed = try CLI.run(spelling + ["-e", "select count(*) from IF where dag < $m"])
            #expect(parsed.stdout == plain.stdout, "\(spelling)")
            #expect(parsed.status == plain.status)
        }
        #expect(plain.stdout == "count\n11\n")
    }

    @Test func usageErrorsExitTwo() throws {
        let format = try CLI.run(["-f", "yaml", "-e", "select *"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("yaml"))
        #expect(try CLI.run(["--param", "novalue", "-e", "select *"]).status == 2)
        #expect(try CLI.run(["--no-such-option"]).status == 2)
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--fail-on-rows"))
    }

    @Test func notesAndExplain() throws {
        let note = try CLI.run(["-f", "csv", "-e", "select count(*) where dag < May-22"])
        #expect(note.stdout == "count\n40\n")
        #expect(note.stderr == "note: 6 artefacts with dag TBC were not compared\n")
        let explain = try CLI.run(["-e", "explain " + Self.question])
        #expect(explain.stdout == "explain select IF where status = blocked and dag < May-22 group by blocker\n89 → kind in (IF) 40 → status = blocked 33 → dag < May-22 6 → group by blocker 1\n")
    }

    @Test func warningsDoNotFail() throws {
        let run = try CLI.run(["-f", "csv", "-e", "select count(*) where status = blokced"])
        #expect(run.status == 0)
        #expect(run.stdout == "count\n0\n")
        #expect(run.stderr.hasPrefix("<query>:1:32: warning: no artefact has status 'blokced'; did you mean 'Blocked'?\n"))
    }

    @Test func noColourWithoutATerminal() throws {
        let run = try CLI.run(["-e", "select * where stauts = x"], environment: ["NO_COLOR": ""])
        #expect(!run.stderr.contains("\u{1B}"))
    }

    @Test func wideTablesFitColumns() throws {
        let run = try CLI.run(["-e", "select ref, name, status from IF limit 2"], environment: ["COLUMNS": "50"])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 50 })
        #expect(run.stdout.contains("…"))
    }

    /// `.mode table` at 80 columns: the columns with one value go below the table, then
    /// the working group, the sub-groups and the earlier forecasts leave before the
    /// blocker and the DAG month.
    @Test func tableModeAtEightyColumnsKeepsWhatTellsMost() throws {
        let run = try CLI.run(["-e", ".mode table", "-e", "select * from TD where status != agreed"], environment: ["COLUMNS": "80"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "name                    status                   blocker                  dag")
        #expect(lines.suffix(4) == ["(8 rows; not shown: wg, sg, review)", "kind: TD (all rows)", "ref: (none) (all rows)", "subgroups: (none) (all rows)"])
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let run = try RegqProcess.shell("\"$REGQ\" -f csv -e 'select *' -e 'select *' -e 'select *' | head -1")
        #expect(run.out == RegisterText.header)
        #expect(run.stderr.isEmpty)
    }
}
