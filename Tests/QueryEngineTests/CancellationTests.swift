import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
import TestSupport
import Testing

/// Ctrl-C in the REPL sets a flag that a running query polls: each long loop of the
/// evaluator must stop when it is set.
@Suite struct CancellationTests {
    static let register: Register = {
        var text = RegisterText.header
        for i in 0 ..< 140_000 {
            text += "IF,MHHSP-IF-\(i),Name \(i % 5000),BPRWG,Smart;Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22\n"
        }
        return try! RegisterReader.read(bytes: Array(text.utf8), file: "big.csv").get()
    }()

    static func plan(_ text: String) throws -> Plan {
        let source = SourceFile(name: "<test>", text: text)
        return try #require(Compiler.compile(source).linted(with: register).plan)
    }

    @Test(arguments: [
        "select * where status = blocked",
        "select * group by subgroups",
        "select * group by kind pivot dag",
    ])
    func aSetFlagStopsTheQuery(query: String) throws {
        let plan = try Self.plan(query)
        #expect(throws: QueryCancelled.self) { try Evaluator(register: Self.register, isCancelled: { true }).run(plan) }
        #expect(try Evaluator(register: Self.register, isCancelled: { false }).run(plan).table.rowCount > 0)
    }
}
