import Foundation
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
@testable import Commands
import Shell
import TestSupport
import Testing

/// A batch run reads the register with only the columns its statements use, judged
/// before the register is loaded; a statement that turns out to need more reads it again
/// whole rather than answer from a column that was never read.
@Suite struct BatchFieldsTests {
    func columns(_ texts: String...) -> ColumnSelection {
        BatchInput.columns(readBy: texts.map { .source(PreparedSource(SourceFile(name: "<query>", text: $0), parameters: ["month": "May-22"], reports: [])) })
    }

    @Test func theStatementsColumnsAreUnitedAndFieldsOnlyShownAreLocated() {
        #expect(columns("select * where status = blocked group by blocker", "select name, ref where dag < $month")
            == ColumnSelection(built: FieldSet([.kind, .status, .blocker, .dag]), located: FieldSet([.name, .ref])))
        #expect(columns("select name, blocker limit 10", "select count(*) where name contains 'x'")
            == ColumnSelection(built: FieldSet([.kind, .name]), located: FieldSet([.blocker])))
        // Every row shown: read at load (reading them after would read the file twice).
        #expect(columns("select name, blocker") == ColumnSelection(built: FieldSet([.kind, .name, .blocker]), located: []))
        #expect(columns("select distinct name") == ColumnSelection(built: FieldSet([.kind, .name]), located: []))
        #expect(columns("select name order by name") == ColumnSelection(built: FieldSet([.kind, .name]), located: []))
        #expect(columns(".format csv\n.timer on\nselect count(*)") == ColumnSelection(built: FieldSet([.kind]), located: []))
        #expect(columns(".values wg") == ColumnSelection(built: FieldSet([.kind, .wg]), located: []))
    }

    @Test func metaCommandsThatShowTheRegisterOrReadMoreNeedEveryField() {
        for command in [".fields", ".read other.rq", ".run blocked", ".load reg.csv", ".param month Jun-22", ".nonsense"] {
            #expect(columns("select name", command) == .all, "\(command)")
        }
    }

    @Test func nothingAfterAFailingStatementCounts() {
        #expect(columns("select name from BP", "select nme", "select dag") == ColumnSelection(built: FieldSet([.kind]), located: FieldSet([.name])))
        #expect(columns("select name from XX", "select dag") == ColumnSelection(built: FieldSet([.kind]), located: []))
    }

    @Test func anUnreadableFileEndsTheRun() {
        let inputs: [StatementInput] = [.text(SourceFile(name: "<query>", text: "select name where dag < May-22")),
                                         .file(path: "missing.rq", contents: .failure(FileBytes.Failure(reason: "no such file"))),
                                         .text(SourceFile(name: "<query>", text: "select wg"))]
        #expect(BatchInput.columns(readBy: BatchInput.prepare(inputs, parameters: [:], reports: [])) == ColumnSelection(built: FieldSet([.kind, .dag]), located: FieldSet([.name])))
    }

    /// Runs `query` through a session on the register file read with `built` and
    /// `located` columns; gives its CSV and the session.
    func run(_ query: String, built: FieldSet, located: FieldSet) throws -> (csv: String, session: Session) {
        let path = Repository.root + "/Data/register.csv"
        let partial = try RegisterReader.readPart(path: path, fields: built, located: located).get()
        let session = Session(workspace: Workspace(source: .register(RegisterFile(path: path)), content: .register(partial)), format: .csv)
        let output = try TemporaryFiles.file("out.csv", "")
        #expect(session.run(SourceFile(name: "<test>", text: ".output \(output)\n\(query)")) == .success)
        #expect(session.finish() == .success)
        return (try String(contentsOfFile: output, encoding: .utf8), session)
    }

    @Test func fieldsOnlyShownAreReadForTheRowsShown() throws {
        for query in ["select ref, name, blocker, subgroups where status = blocked and dag < May-22",
                      "select name, wg, ref from BP order by dag desc limit 5", "select * where dag = May-22"] {
            let (csv, session) = try run(query, built: FieldSet([.status, .dag, .sg, .review]),
                                         located: FieldSet([.ref, .name, .wg, .subgroups, .blocker]))
            #expect(session.workspace.register.built.fields == FieldSet([.kind, .status, .dag, .sg, .review]), "no second read")
            let whole = try CLIRunner.run(["-f", "csv", "-e", query])
            #expect(whole.stdout.split(separator: "\n").count > 2)
            #expect(csv == whole.stdout, "\(query)")
        }
    }

    @Test func aStatementNeedingAColumnNotReadReadsTheRegisterAgainWhole() throws {
        let query = "select ref, name, blocker where status = blocked and dag < May-22"
        let (csv, session) = try run(query, built: FieldSet([.status]), located: FieldSet([.name]))
        #expect(session.workspace.register is Register)
        let whole = try CLIRunner.run(["-f", "csv", "-e", query])
        #expect(whole.stdout.split(separator: "\n").count > 2)
        #expect(csv == whole.stdout)
    }
}
