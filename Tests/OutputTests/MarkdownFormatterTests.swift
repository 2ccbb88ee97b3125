import Output
import QueryEngine
import Testing

@Suite struct MarkdownFormatterTests {
    @Test func rows() {
        #expect(render(Fixtures.rows, .markdown) == """
            | kind | ref                        | name       | dag    | count |
            |------|----------------------------|------------|--------|------:|
            | IF   | MHHSP-IF-001, MHHSP-IF-002 | Meter Data | May-22 |     3 |
            | TD   | MHHSP-TD-010               | (none)     | TBC    |    12 |

            """)
    }

    @Test func pivotTotalRowIsBold() {
        #expect(render(Fixtures.pivot, .markdown) == """
            | kind      | Mar-22 | Apr-22 | total |
            |-----------|-------:|-------:|------:|
            | BP        |      2 |      1 |     3 |
            | IF        |      0 |      4 |     4 |
            | **total** |      2 |      5 |     7 |

            """)
    }

    @Test func escapesPipesAndBackslashes() {
        let table = ResultTable(columns: [Fixtures.column("text", .text)], rows: [[.text("a|b")], [.text("C:\\dir\\")]])
        #expect(render(table, .markdown) == #"""
            | text      |
            |-----------|
            | a\|b      |
            | C:\\dir\\ |

            """#)
    }

    @Test func escapesControlCharactersAndLineBreaks() {
        #expect(render(Fixtures.controls, .markdown) == #"""
            | name             |
            |------------------|
            | \x1b[31mred\x00  |
            | next\x85line\x7f |

            """#)
        #expect(render(Fixtures.awkward, .markdown) == #"""
            | name                  | ref        |
            |-----------------------|------------|
            | Smith, "Jo"\nline two | a\tb, c\\d |

            """#)
    }

    @Test func emptyResultIsHeaderAndAlignmentRow() {
        #expect(render(Fixtures.empty, .markdown) == """
            | kind | count |
            |------|------:|

            """)
    }
}
