import Output
import QueryEngine
import Testing

@Suite struct TableFormatterTests {
    @Test func rowsAlignIntegersRightAndTheRestLeft() {
        #expect(render(Fixtures.rows, .table) == """
            kind  ref                         name        dag     count
            ────  ──────────────────────────  ──────────  ──────  ─────
            IF    MHHSP-IF-001, MHHSP-IF-002  Meter Data  May-22      3
            TD    MHHSP-TD-010                            TBC        12
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

    @Test func wideTableShortensTheWidestTextColumnsToFit() {
        let output = render(Fixtures.wide, .table, OutputOptions(width: 60))
        #expect(output == """
            kind  name                blocker              dag     count
            ────  ──────────────────  ───────────────────  ──────  ─────
            IF    DIP Functional Sp…  Addressing Decisio…  May-22      1
            TD    Code of Connectio…  Security clarifica…  TBC        12
            (2 rows)

            """)
        for line in output.split(separator: "\n") {
            #expect(line.unicodeScalars.count <= 60)
        }
    }

    @Test func asciiFallbackShortensWithThreeDots() {
        #expect(render(Fixtures.wide, .table, OutputOptions(width: 60, unicode: false)) == """
            kind  name                blocker              dag     count
            ----  ------------------  -------------------  ------  -----
            IF    DIP Functional...   Addressing Decis...  May-22      1
            TD    Code of Connect...  Security clarifi...  TBC        12
            (2 rows)

            """)
    }

    @Test func neverShortensBelowEightColumns() {
        #expect(render(Fixtures.wide, .table, OutputOptions(width: 20)) == """
            kind  name      blocker   dag     count
            ────  ────────  ────────  ──────  ─────
            IF    DIP Fun…  Address…  May-22      1
            TD    Code of…  Securit…  TBC        12
            (2 rows)

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
        #expect(render(Fixtures.japanese, .table, OutputOptions(width: 12)) == """
            name       n
            ─────────  ─
            日本語テ…  1
            abc        2
            (2 rows)

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
