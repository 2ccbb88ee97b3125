import Foundation
import TestSupport
import Testing

/// The sqlite3 shell's habits get a pointer to what regq does instead, and saved queries
/// are listed, suggested and kept as an analyst expects.
@Suite struct HabitsAndSavedQueriesTests {
    @Test(arguments: [
        (".mode csv", "<stdin>:1:7: error: unknown mode 'csv'; 'csv' is a format: .format csv (.mode lays out tables: table, vertical, auto)"),
        (".mode line", "<stdin>:1:7: error: unknown mode 'line'; did you mean .mode vertical? (each row as field: value lines)"),
        (".schema", "<stdin>:1:1: error: unknown command '.schema'; regq has one table, the register: .fields lists its fields, their types and values"),
        (".tables", "<stdin>:1:1: error: unknown command '.tables'; regq has one table, the register: .fields lists its fields, their types and values"),
        (".headers on", "<stdin>:1:1: error: unknown command '.headers'; regq always writes a header row (tables, csv, tsv); there is nothing to turn on"),
    ])
    func aSQLiteHabitGetsAPointer(line: String, message: String) throws {
        let run = try CLIRunner.run([], stdin: line + "\n")
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
    }

    @Test func queriesInAFolderOfQueriesAreListedAndRun() throws {
        let run = try CLIRunner.run([], stdin: ".queries\n", directory: Repository.root)
        #expect(run.status == 0)
        #expect(run.stdout.contains("  history/slipped "), "\(run.stdout)")
        #expect(run.stdout.contains("  blocked "))
    }

    @Test func aMisspeltQueryGetsASuggestion() throws {
        let run = try CLIRunner.run([], stdin: ".run blocked-due-befor\n", environment: ["REGQ_QUERIES": "Queries"],
                                    directory: Repository.root)
        #expect(run.status == 2)
        #expect(run.stderr == "error: no saved query 'blocked-due-befor' in Queries; did you mean 'blocked-due-before'? (.queries lists them)\n")
    }

    @Test func replacingAQueryWithoutADescriptionKeepsItsDescription() throws {
        let folder = try TemporaryFiles.folder()
        let session = "select count(*) from IF\n.save counted IF artefacts counted\nselect count(*) from BP\n.save! counted\n"
        let run = try CLIRunner.run([], stdin: session, environment: ["REGQ_QUERIES": folder + "/Queries"], directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileText.read(folder + "/Queries/counted.rq") == "#!/usr/bin/env regq\n-- IF artefacts counted\nselect count(*) from BP\n")
    }
}
