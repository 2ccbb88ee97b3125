import Foundation
import TestSupport
import Testing

/// `regq import` and a report's text as a register source, through the binary: the seed
/// report imports to Data/register.csv and its figures to Data/summary.csv's, the round
/// trip through `regq reconcile`, `-r REPORT.txt`, a history folder of report texts, and
/// every refusal.
@Suite struct ReportImportTests {
    typealias CLI = CLIRunner

    static let seed = Repository.root + "/Tests/Fixtures/reports/seed.txt"

    static func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// Data/summary.csv's business design and key blocking issues rows.
    static func publishedBusinessFigures() throws -> String {
        try contents(Repository.root + "/Data/summary.csv").split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Technical Design Artefact Status Report,") }.joined(separator: "\n")
    }

    @Test func theSeedImportsToTheRegisterOnStandardOutput() throws {
        let run = try CLI.run(["import", Self.seed])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == (try Self.contents(Repository.root + "/Data/register.csv")))
    }

    @Test func theRegisterAndTheFiguresToFilesThenReconciled() throws {
        let folder = try TemporaryFiles.folder()
        let register = folder + "/Feb-22.csv", summary = folder + "/summary.csv"
        let run = try CLI.run(["import", Self.seed, "-o", register, "--summary", summary])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        let notes = run.stderr.split(separator: "\n")
        #expect(notes.count == 6 && notes.allSatisfy { $0.hasPrefix("note: \(Self.seed):") && $0.contains("in the technical design summary") }, "\(run.stderr)")
        #expect(try Self.contents(register) == (try Self.contents(Repository.root + "/Data/register.csv")))
        #expect(try Self.contents(summary) == (try Self.publishedBusinessFigures()))

        let reconciled = try CLI.run(["reconcile", summary, "-r", register, "-f", "csv"])
        #expect(reconciled.status == 0)
        let embedded = try CLI.run(["reconcile", "-f", "csv"])
        let businessRows = embedded.stdout.split(separator: "\n").filter { !$0.hasPrefix("Technical Design Artefact Status Report,") }
        #expect(reconciled.stdout.split(separator: "\n") == businessRows)
        #expect(reconciled.stderr.hasSuffix("note: 41 of 63 published figures differ from the register\n"))
    }

    @Test func likeGivesTheKnownValues() throws {
        let run = try CLI.run(["import", Self.seed, "--like", Repository.root + "/Tests/Fixtures/history/2022-03.csv"])
        #expect(run.status == 0)
        #expect(run.stdout == (try Self.contents(Repository.root + "/Data/register.csv")))
        let empty = try TemporaryFiles.file("empty.csv", RegisterText.header)
        let unknowing = try CLI.run(["import", Self.seed, "--like", empty])
        #expect(unknowing.status == 2)
        #expect(unknowing.stdout == "")
        #expect(unknowing.stderr.hasPrefix("\(Self.seed):68: cannot tell the blocker from the sub-group in 'Blocked- Change of Agent Registration'\n"))
    }

    @Test func aReportsTextIsARegister() throws {
        let query = "select kind, count(*) group by kind"
        let fromText = try CLI.run(["-r", Self.seed, "-f", "csv", "-e", query])
        #expect(fromText.status == 0)
        #expect(fromText.stdout == (try CLI.run(["-f", "csv", "-e", query])).stdout)
        // Told by its content, whatever its name.
        let renamed = try TemporaryFiles.file("report", try Self.contents(Self.seed))
        #expect(try CLI.run(["-r", renamed, "-f", "csv", "-e", query]).stdout == fromText.stdout)
    }

    @Test func aRegisterFileNamedTxtIsReadAsARegister() throws {
        let register = try TemporaryFiles.file("register.txt", try Self.contents(Repository.root + "/Data/register.csv"))
        let run = try CLI.run(["-r", register, "-f", "csv", "-e", "select count(*)"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "count\n89\n")
    }

    @Test func loadInABatch() throws {
        let run = try CLI.run(["-f", "csv", "-e", ".load \(Self.seed)", "-e", "select count(*) from TD"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "count\n10\n")
    }

    /// A pipe is never looked into to tell a report's text from a register file: what is
    /// read from it would be lost to its reader.
    @Test func aRegisterFromAPipeIsReadWhole() throws {
        let register = try Self.contents(Repository.root + "/Data/register.csv")
        let run = try CLI.run(["-r", "/dev/stdin", "-f", "csv", "-e", "select count(*)"], stdin: register)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "count\n89\n")
    }

    /// A second month's report: the seed with BP001's DAG slipped, BP014's typo fixed and
    /// IF-054 removed, its lines broken otherwise.
    static func februaryReport() throws -> String {
        var text = try contents(seed)
        text = text.replacing("MHHSP-BP001 Change of Supplier\nBlocked- Change of Agent Registration\n\nMar-22 Apr-22 May-22",
                              with: "MHHSP-BP001 Change of Supplier Blocked- Change of Agent \nRegistration Mar-22 Apr-22 Jun-22")
        text = text.replacing("Behind the Boundry Point", with: "Behind the Boundary \nPoint")
        text = text.replacing("MHHSP-IF-054 Request Disconnection  (D0132)\nBlocked- Supplier Interaction Registration\n\nMar-22 Apr-22 May-22\n\n", with: "")
        return text
    }

    @Test func aHistoryFolderOfReportTexts() throws {
        let folder = try TemporaryFiles.folder()
        try Self.contents(Self.seed).write(toFile: folder + "/Jan-22.txt", atomically: true, encoding: .utf8)
        try Self.februaryReport().write(toFile: folder + "/Feb-22.txt", atomically: true, encoding: .utf8)
        try "notes on the reports".write(toFile: folder + "/README.txt", atomically: true, encoding: .utf8)
        let run = try CLI.run(["--history", folder, "-f", "csv", "-e", "select ref, name, dag@prev, dag where dag slipped", "-e", "diff"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("ref,name,dag@Jan-22,dag\nMHHSP-BP001,Change of Supplier,May-22,Jun-22\n"), "\(run.stdout)")
        #expect(run.stdout.contains("Behind the Boundary Point Metering Process"))
        #expect(run.stdout.contains("removed") && run.stdout.contains("Request Disconnection  (D0132)"))
    }

    /// In a history, a report's text is read knowing the report before it: a new
    /// artefact with a new status on one line is read there, and refused alone.
    @Test func aHistorysReportTextKnowsTheReportBeforeIt() throws {
        let folder = try TemporaryFiles.folder()
        let row = "BP,MHHSP-BP099,Meter Exchange,BPRWG,Registration,Awaiting Design Authority,,Jan-22,Feb-22,Mar-22\n"
        try (Self.contents(Repository.root + "/Data/register.csv") + row).write(toFile: folder + "/Jan-22.csv", atomically: true, encoding: .utf8)
        let text = try Self.contents(Self.seed).replacing(
            "MHHSP-BP021 ISD\nSub-Group Review Elexon Central Systems\n\nFeb-22 Mar-22 Apr-22\n",
            with: "MHHSP-BP021 ISD\nSub-Group Review Elexon Central Systems\n\nFeb-22 Mar-22 Apr-22\n\nMHHSP-BP099 Meter Exchange Awaiting Design Authority Registration Jan-22 Feb-22 Mar-22\n")
        try text.write(toFile: folder + "/Feb-22.txt", atomically: true, encoding: .utf8)
        let run = try CLI.run(["--history", folder, "-f", "csv", "-e", "select name, status where ref = MHHSP-BP099"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "name,status\nMeter Exchange,Awaiting Design Authority\n")
        let alone = try CLI.run(["-r", folder + "/Feb-22.txt", "-e", "select count(*)"])
        #expect(alone.status == 2)
        #expect(alone.stderr.hasPrefix("\(folder)/Feb-22.txt:197: cannot tell the name from the status in 'MHHSP-BP099 Meter Exchange Awaiting Design Authority Registration Jan-22 Feb-22 Mar-22'\n"), "\(alone.stderr)")
    }

    @Test func aReportTextNotNamedByAMonthInAHistoryFolder() throws {
        let folder = try TemporaryFiles.folder()
        try Self.contents(Self.seed).write(toFile: folder + "/latest.txt", atomically: true, encoding: .utf8)
        try Self.contents(Self.seed).write(toFile: folder + "/Jan-22.txt", atomically: true, encoding: .utf8)
        let run = try CLI.run(["--history", folder, "-f", "csv", "-e", "select count(*)"])
        #expect(run.status == 0)
        #expect(run.stdout == "count\n89\n")
        #expect(run.stderr.hasPrefix("note: \(folder): passed over latest.txt (a report is named by its month"))
    }

    // MARK: - Refusals

    @Test func aReportThatCannotBeReadForCertainIsRefusedAndNothingWritten() throws {
        let text = try Self.contents(Self.seed).replacing("MHHSP-IF-041 Meter Reading Blocked- Supplier ", with: "MHHSP-IF-041 Meter Readings Awaiting Supplier ")
        let report = try TemporaryFiles.file("Mar-22.txt", text)
        let output = report + ".csv"
        let run = try CLI.run(["import", report, "-o", output])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "\(report):343: cannot tell the name from the status in 'MHHSP-IF-041 Meter Readings Awaiting Supplier'\n\(report): register refused: nothing was loaded\n")
        #expect(!FileManager.default.fileExists(atPath: output))
        let asRegister = try CLI.run(["-r", report, "-e", "select count(*)"])
        #expect(asRegister.status == 2)
        #expect(asRegister.stderr == run.stderr)
    }

    @Test func aTextThatIsNotAReport() throws {
        let notes = try TemporaryFiles.file("notes.txt", "Minutes of the design authority\n\nNothing to report.\n")
        let run = try CLI.run(["import", notes])
        #expect(run.status == 2)
        #expect(run.stderr == "\(notes): not a status report: no page titled as a detail table of the report (such as 'MHHS BPRWG- Interface Specifications- Current Status')\n\(notes): register refused: nothing was loaded\n")
    }

    @Test func filesThatCannotBeReadOrWritten() throws {
        let missing = try CLI.run(["import", "/nonexistent/Mar-22.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "/nonexistent/Mar-22.txt: cannot read the report: no such file or directory\n/nonexistent/Mar-22.txt: register refused: nothing was loaded\n")
        let unwritable = try CLI.run(["import", Self.seed, "-o", "/nonexistent/reg.csv"])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.hasPrefix("error: cannot write /nonexistent/reg.csv: "))
        let overTheReport = try CLI.run(["import", Self.seed, "--summary", Self.seed])
        #expect(overTheReport.status == 2)
        #expect(overTheReport.stderr == "error: \(Self.seed) is the report being read: give another file to write\n")
        let sameFile = try CLI.run(["import", Self.seed, "-o", "x.csv", "--summary", "x.csv"])
        #expect(sameFile.status == 2)
        #expect(sameFile.stderr == "error: -o and --summary both name x.csv: give each its own file\n")
    }

    @Test func usage() throws {
        let run = try CLI.run(["import"])
        #expect(run.status == 2)
        #expect(run.stderr == "error: missing expected argument '<REPORT>'\nusage: regq import REPORT.txt [-o REGISTER.csv] [--summary SUMMARY.csv] [--like FILE]   (regq import --help lists everything)\n")
        let help = try CLI.run(["import", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--summary <FILE>") && help.stdout.contains("--like <FILE>") && help.stdout.contains("-o, --output <FILE>"))
    }
}
