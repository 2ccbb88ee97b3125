import Output
import QueryEngine
import Testing

@Suite struct TableFormatterTests {
    /// An empty value reads `(none)`, as everywhere regq shows values to a person.
    @Test func rowsAlignIntegersRightAndTheRestLeft() {
        #expect(render(Fixtures.rows, .table) == """
            kind  ref                         name        dag     count
            ────  ──────────────────────────  ──────────  ──────  ─────
            IF    MHHSP-IF-001, MHHSP-IF-002  Meter Data  May-22      3
            TD    MHHSP-TD-010                (none)      TBC        12
            (2 rows)

            """)
    }

    @Test func oneRowSaysRow() {
        #expect(render(Fixtures.oneRow, .table) == """
            kind  count
            ────  ─────
            BP        7
            (1 row)

            """)
    }

    @Test func emptyResultKeepsHeaderAndRule() {
        #expect(render(Fixtures.empty, .table) == """
            kind  count
            ────  ─────
            (0 rows)

            """)
    }

    @Test func pivotTotalRowBelowASecondRuleAndNotCounted() {
        #expect(render(Fixtures.pivot, .table) == """
            kind   Mar-22  Apr-22  total
            ─────  ──────  ──────  ─────
            BP          2       1      3
            IF          0       4      4
            ─────  ──────  ──────  ─────
            total       2       5      7
            (2 rows)

            """)
    }

    @Test func controlCharactersAreEscaped() {
        #expect(render(Fixtures.controls, .table) == #"""
            name
            ────────────────
            \x1b[31mred\x00
            next\x85line\x7f
            (2 rows)

            """#)
    }

    @Test func lineBreaksAndTabsAreEscaped() {
        #expect(render(Fixtures.awkward, .table) == #"""
            name                   ref
            ─────────────────────  ──────────
            Smith, "Jo"\nline two  a\tb, c\\d
            (1 row)

            """#)
    }

    @Test func colourMakesOnlyTheHeaderBold() {
        #expect(render(Fixtures.oneRow, .table, OutputOptions(useColor: true)) == """
            \u{1B}[1mkind  count\u{1B}[0m
            ────  ─────
            BP        7
            (1 row)

            """)
    }

    @Test func asciiFallbackRule() {
        #expect(render(Fixtures.oneRow, .table, OutputOptions(unicode: false)) == """
            kind  count
            ----  -----
            BP        7
            (1 row)

            """)
    }

    @Test func unlimitedWidthShortensNothing() {
        let lines = render(Fixtures.wide, .table).split(separator: "\n")
        #expect(lines[2] == "IF    DIP Functional Specification  Addressing Decision and agreement on all messaging patterns (ECS Outputs)  May-22      1")
    }

    /// The kind, which tells least here, is left out first; the widest text columns
    /// give way no further than their readable width.
    @Test func wideTableShortensTheWidestTextColumnsAndLeavesOutTheRest() {
        let output = render(Fixtures.wide, .table, OutputOptions(width: 60, mode: .table))
        #expect(output == """
            name                   blocker                 dag     count
            ─────────────────────  ──────────────────────  ──────  ─────
            DIP Functional Speci…  Addressing Decision a…  May-22      1
            Code of Connection G…  Security clarificatio…  TBC        12
            (2 rows; not shown: kind)

            """)
        for line in output.split(separator: "\n") {
            #expect(line.unicodeScalars.count <= 60)
        }
    }

    @Test func asciiFallbackShortensWithThreeDots() {
        #expect(render(Fixtures.wide, .table, OutputOptions(width: 60, unicode: false, mode: .table)) == """
            name                   blocker                 dag     count
            ---------------------  ----------------------  ------  -----
            DIP Functional Spe...  Addressing Decision...  May-22      1
            Code of Connection...  Security clarificat...  TBC        12
            (2 rows; not shown: kind)

            """)
    }

    /// The name, which says which artefact a row is, is the column kept last.
    @Test func aNarrowTerminalShowsTheNameAndNamesTheRest() {
        #expect(render(Fixtures.wide, .table, OutputOptions(width: 20, mode: .table)) == """
            name
            ────────────────────
            DIP Functional Spec…
            Code of Connection…
            (2 rows; not shown:
             kind, blocker, dag,
             count)

            """)
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(render(Fixtures.japanese, .table) == """
            name            n
            ──────────────  ─
            日本語テキスト  1
            abc             2
            (2 rows)

            """)
        #expect(render(Fixtures.japanese, .table, OutputOptions(width: 12, mode: .table)) == """
            name
            ────────────
            日本語テキ…
            abc
            (2 rows; not
             shown: n)

            """)
    }

    @Test func combiningMarksTakeNoColumnAndEmojiTwo() {
        let table = ResultTable(
            columns: [Fixtures.column("name", .text), Fixtures.column("n", .integer)],
            rows: [[.text("Cafe\u{301}"), .integer(1)], [.text("🙂 ok"), .integer(2)]]
        )
        #expect(render(table, .table) == """
            name   n
            ─────  ─
            Cafe\u{301}   1
            🙂 ok  2
            (2 rows)

            """)
    }
}
