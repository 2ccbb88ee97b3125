import Foundation
import QueryLanguage
import Register
@testable import Shell
import Testing

/// A batch run reads the register with only the columns its statements use, judged
/// before the register is loaded; a statement that turns out to need more reads it again
/// whole rather than answer from a column that was never read.
@Suite struct BatchFieldsTests {
    func fields(_ texts: String...) -> FieldSet {
        BatchInput.fieldsRead(by: texts.map { .source(SourceFile(name: "<query>", text: $0)) }, parameters: ["month": "May-22"])
    }

    @Test func theStatementsFieldsAreUnited() {
        #expect(fields("select * where status = blocked group by blocker", "select name where dag < $month")
            == FieldSet([.kind, .status, .blocker, .name, .dag]))
        #expect(fields(".format csv\n.timer on\nselect count(*)") == FieldSet([.kind]))
        #expect(fields(".values wg") == FieldSet([.kind, .wg]))
    }

    @Test func metaCommandsThatShowTheRegisterOrReadMoreNeedEveryField() {
        for command in [".fields", ".read other.rq", ".run blocked", ".load reg.csv", ".param month Jun-22", ".nonsense"] {
            #expect(fields("select name", command) == .all, "\(command)")
        }
    }

    @Test func nothingAfterAFailingStatementCounts() {
        #expect(fields("select name", "select nme", "select dag") == FieldSet([.kind, .name]))
        #expect(fields("select name from XX", "select dag") == FieldSet([.kind]))
    }

    @Test func anUnreadableFileEndsTheRun() {
        let inputs: [BatchInput] = [.source(SourceFile(name: "<query>", text: "select name")),
                                    .file(path: "missing.rq", contents: .failure(Session.ReadFailure(text: "no such file"))),
                                    .source(SourceFile(name: "<query>", text: "select dag"))]
        #expect(BatchInput.fieldsRead(by: inputs, parameters: [:]) == FieldSet([.kind, .name]))
    }

    @Test func aStatementNeedingAColumnNotReadReadsTheRegisterAgainWhole() throws {
        let path = CLIRunner.root + "/Data/register.csv"
        let partial = try RegisterReader.read(path: path, fields: FieldSet([.status])).get()
        let session = Session(register: partial, registerName: path, format: .csv)
        let output = try CLIRunner.temporaryFile("out.csv", "")
        let query = "select ref, name, blocker where status = blocked and dag < May-22"
        #expect(session.run(SourceFile(name: "<test>", text: ".output \(output)\n\(query)")) == .success)
        #expect(session.finish() == .success)
        #expect(session.register.loadedFields == .all)
        let whole = try CLIRunner.run(["-f", "csv", "-e", query])
        #expect(whole.stdout.split(separator: "\n").count > 2)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == whole.stdout)
    }
}
