import Output
import QueryEngine
import ColumnStore
import RegisterCSV
import RegisterModel
import TestSupport
import Testing

@Suite struct CSVFormatterTests {
    @Test func rows() {
        #expect(render(Fixtures.rows, .csv) == """
            kind,ref,name,dag,count
            IF,MHHSP-IF-001;MHHSP-IF-002,Meter Data,May-22,3
            TD,MHHSP-TD-010,,TBC,12

            """)
    }

    @Test func quotesOnlyWhatNeedsIt() {
        #expect(render(Fixtures.awkward, .csv) == "name,ref\n\"Smith, \"\"Jo\"\"\nline two\",a\tb;c\\d\n")
    }

    @Test func controlCharactersStayExact() {
        #expect(render(Fixtures.controls, .csv) == "name\n\u{1B}[31mred\u{0}\nnext\u{85}line\u{7F}\n")
    }

    /// The total row is labelled `(total)`, as no key value is written.
    @Test func pivotTotalRowIsLabelledAsNoValue() {
        #expect(render(Fixtures.pivot, .csv) == """
            kind,Mar-22,Apr-22,total
            BP,2,1,3
            IF,0,4,4
            (total),2,5,7

            """)
    }

    @Test func emptyResultIsTheHeader() {
        #expect(render(Fixtures.empty, .csv) == "kind,count\n")
    }

    @Test func emptyCellAloneOnItsLineIsQuoted() {
        let table = ResultTable(
            columns: [Fixtures.column("blocker", .list)],
            rows: [[.list(["Change of Agent"])], [.null]]
        )
        #expect(render(table, .csv) == "blocker\nChange of Agent\n\"\"\n")
    }

    @Test func selectAllIsARegisterFile() throws {
        let file = RegisterText.header + #"""
            BP,MHHSP-BP004,Data Collection,BPRWG,Smart;Advanced;Unmetered,Sub-Group Review,,Feb-22,Mar-22,Apr-22
            TD,,"Design Principles, ""Assumptions""",TDWG,,Agreed,,Nov-21,Jan-21,TBC

            """#
        let register = try RegisterReader.read(bytes: Array(file.utf8), file: "test.csv").get()
        #expect(render(Fixtures.selectAll(register), .csv) == file)
    }

    @Test func selectAllOfTheEmbeddedRegisterIsItsFile() {
        #expect(render(Fixtures.selectAll(.embedded), .csv) == embeddedRegisterCSV)
    }
}

@Suite struct TSVFormatterTests {
    @Test func rows() {
        #expect(render(Fixtures.rows, .tsv) == """
            kind\tref\tname\tdag\tcount
            IF\tMHHSP-IF-001;MHHSP-IF-002\tMeter Data\tMay-22\t3
            TD\tMHHSP-TD-010\t\tTBC\t12

            """)
    }

    @Test func escapesTabsLineBreaksAndBackslashes() {
        #expect(render(Fixtures.awkward, .tsv) == #"""
            name	ref
            Smith, "Jo"\nline two	a\tb;c\\d

            """#)
    }

    @Test func emptyResultIsTheHeader() {
        #expect(render(Fixtures.empty, .tsv) == "kind\tcount\n")
    }
}
