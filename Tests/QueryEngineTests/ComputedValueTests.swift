import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
import TestSupport
import Testing

/// The arithmetic's meaning on a small register where the month fields are TBC apart:
/// each uncompared artefact counts under the fields that were TBC for it; a month moved
/// from TBC stays TBC; months between a TBC have no value; no value and TBC sort last;
/// a month moved past what can be held has no value.
@Suite struct ComputedValueTests {
    static let register: Register = {
        let text = RegisterText.header + """
            BP,A,one,BPRWG,Smart;UMS,Blocked,,Jan-22,Jan-22,Mar-22
            BP,B,two,BPRWG,,Blocked,,Jan-22,TBC,Mar-22
            BP,C,three,BPRWG,Smart,Blocked,,Jan-22,Feb-22,TBC
            BP,D,four,BPRWG,Smart,Blocked,,Jan-22,TBC,TBC
            BP,E,five,BPRWG,,Blocked,,Jan-22,Dec-21,Jan-22

            """
        return try! RegisterReader.read(bytes: Array(text.utf8), file: "small.csv").get()
    }()

    static func run(_ text: String) throws -> QueryResult {
        let compiled = Compiler.compile(SourceFile(name: "<test>", text: text)).linted(with: register)
        let plan = try #require(compiled.plan, "\(compiled.diagnostics.map(\.message))")
        return try Evaluator(register: register).run(plan)
    }

    static func cells(_ result: QueryResult) -> [[String]] {
        (0 ..< result.table.rowCount).map { result.table.row($0).map(QueryRunner.describe) }
    }

    @Test func theNoteCountsEachFieldThatWasTBC() throws {
        let result = try Self.run("select ref where dag - review > 1")
        #expect(Self.cells(result) == [["A"]])
        #expect(result.notes == ["2 artefacts with review TBC were not compared", "2 artefacts with dag TBC were not compared"])
    }

    @Test func aMovedTBCIsTBCAndEqualsOnlyTBC() throws {
        let result = try Self.run("select ref, review + 1 as next where review + 1 = dag")
        #expect(Self.cells(result) == [["D", "TBC"], ["E", "Jan-22"]])
        #expect(result.notes.isEmpty)
        let ordered = try Self.run("select ref where review + 1 < dag")
        #expect(Self.cells(ordered) == [["A"]])
        #expect(ordered.notes == ["2 artefacts with review TBC were not compared", "2 artefacts with dag TBC were not compared"])
    }

    @Test func noValueFailsEqualityAndNotEqualHoldsForIt() throws {
        #expect(Self.cells(try Self.run("select ref where dag - review = 1")) == [["E"]])
        #expect(Self.cells(try Self.run("select ref where dag - review != 1")) == [["A"], ["B"], ["C"], ["D"]])
    }

    @Test func computedColumnsAndTheirOrder() throws {
        let result = try Self.run("select ref, dag - review as wait, size(subgroups) from * order by wait desc")
        #expect(Self.cells(result) == [["A", "2", "2"], ["E", "1", "0"], ["B", "", "0"], ["C", "", "1"], ["D", "", "1"]])
        #expect(result.table.columns.map(\.type) == [.list, .integer, .integer])
        #expect(result.table.value(row: 2, column: 1) == .null)
        let ascending = try Self.run("select ref from * order by review - 1")
        #expect(Self.cells(ascending) == [["E"], ["A"], ["C"], ["B"], ["D"]])
    }

    @Test func aMonthMovedTooFarHasNoValue() throws {
        let result = try Self.run("select ref, review + 9223372036854775807 as far, 9223372036854775807 + size(ref) as sum from * where ref = A")
        #expect(Self.cells(result) == [["A", "", ""]])
    }
}
