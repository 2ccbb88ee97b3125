import Output
import QueryEngine
import Testing

@Suite struct JSONFormatterTests {
    @Test func rows() {
        #expect(render(Fixtures.rows, .json) == """
            [
              {"kind": "IF", "ref": ["MHHSP-IF-001", "MHHSP-IF-002"], "name": "Meter Data", "dag": "2022-05", "count": 3},
              {"kind": "TD", "ref": ["MHHSP-TD-010"], "name": null, "dag": "TBC", "count": 12}
            ]

            """)
    }

    @Test func rowsAsLines() {
        #expect(render(Fixtures.rows, .jsonl) == """
            {"kind":"IF","ref":["MHHSP-IF-001","MHHSP-IF-002"],"name":"Meter Data","dag":"2022-05","count":3}
            {"kind":"TD","ref":["MHHSP-TD-010"],"name":null,"dag":"TBC","count":12}

            """)
    }

    @Test func pivot() {
        #expect(render(Fixtures.pivot, .jsonl) == """
            {"kind":"BP","Mar-22":2,"Apr-22":1,"total":3}
            {"kind":"IF","Mar-22":0,"Apr-22":4,"total":4}
            {"kind":null,"Mar-22":2,"Apr-22":5,"total":7,"total_row":true}

            """)
    }

    @Test func escapesQuotesBackslashesAndLineBreaks() {
        #expect(render(Fixtures.awkward, .json) == #"""
            [
              {"name": "Smith, \"Jo\"\nline two", "ref": ["a\tb", "c\\d"]}
            ]

            """#)
    }

    @Test func escapesEveryControlCharacter() {
        #expect(render(Fixtures.controls, .jsonl) == #"""
            {"name":"\u001b[31mred\u0000"}
            {"name":"next\u0085line\u007f"}

            """#)
        let table = ResultTable(columns: [Fixtures.column("s", .text)], rows: [[.text("\r\u{8}\u{C}\u{1F}\u{2028}é")]])
        #expect(render(table, .jsonl) == #"{"s":"\r\b\f\u001f\u2028é"}"# + "\n")
    }

    @Test func emptyResult() {
        #expect(render(Fixtures.empty, .json) == "[]\n")
        #expect(render(Fixtures.empty, .jsonl) == "")
    }
}
