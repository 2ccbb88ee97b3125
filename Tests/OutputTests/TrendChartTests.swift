import Output
import QueryEngine
import QueryLanguage
import RegisterModel
import Testing

/// `-f trend`: milestone trend charts of small results built by hand, each chart worked
/// out by hand: a report per column (a mark under the middle letter of its month), a
/// forecast month per line, the latest at the top.
@Suite struct TrendChartTests {
    static func month(_ year: Int, _ month: Int) -> Value { .month(Month(year: year, month: month)) }
    static let tbc = Value.month(.tbc)

    /// `report, name, dag`: one row per artefact per report.
    static func history(_ rows: [[Value]], names: [String] = ["report", "name", "dag"],
                        types: [ValueType] = [.month, .text, .month]) -> ResultTable {
        ResultTable(columns: zip(names, types).map { ResultTable.Column(name: $0, type: $1) }, rows: rows)
    }

    /// Three reports: Meter Data slips a month a report, Settlement holds at Jul-22,
    /// Consent is TBC until Apr-22 forecasts Aug-22.
    static let threeReports = history([
        [month(2022, 2), .text("Meter Data Interface"), month(2022, 4)],
        [month(2022, 2), .text("Settlement Interface"), month(2022, 7)],
        [month(2022, 2), .text("Consent Interface"), tbc],
        [month(2022, 3), .text("Meter Data Interface"), month(2022, 5)],
        [month(2022, 3), .text("Settlement Interface"), month(2022, 7)],
        [month(2022, 3), .text("Consent Interface"), tbc],
        [month(2022, 4), .text("Meter Data Interface"), month(2022, 6)],
        [month(2022, 4), .text("Settlement Interface"), month(2022, 7)],
        [month(2022, 4), .text("Consent Interface"), month(2022, 8)],
    ])

    func render(_ table: ResultTable, width: Int? = 80, unicode: Bool = true) -> Rendering {
        Formatter.render(table, as: .trend, options: OutputOptions(width: width, unicode: unicode))
    }

    /// Lines Feb-22 (the first report) to Aug-22 (the latest forecast), TBC on top; A
    /// climbs a line a report, B stays on Jul-22, C moves from TBC to Aug-22; the
    /// diagonal shows in each report's own month where no mark is.
    @Test func slippingOnTrackAndTBC() {
        let chart = render(Self.threeReports)
        #expect(chart.notes == [])
        #expect(chart.text == """
            dag
               TBC │  C   C
                   │
            Aug-22 │          C
            Jul-22 │  B   B   B
            Jun-22 │          A
            May-22 │      A
            Apr-22 │  A       ·
            Mar-22 │      ·
            Feb-22 │  ·
                   └───────────
            report   Feb Mar Apr
                     2022
            A = Meter Data Interface   B = Settlement Interface   C = Consent Interface
            · = the report's month

            """)
    }

    @Test func withoutUnicodeTheAxesAndDiagonalAreASCII() {
        let table = Self.history([
            [Self.month(2022, 2), .text("Meter Data"), Self.month(2022, 3)],
            [Self.month(2022, 3), .text("Meter Data"), Self.month(2022, 3)],
        ])
        #expect(render(table, unicode: false).text == """
            dag
            Mar-22 |  A   A
            Feb-22 |  .
                   +-------
            report   Feb Mar
                     2022
            A = Meter Data   . = the report's month

            """)
    }

    /// Two artefacts forecast for the same month in the same report share a place: `*`,
    /// and the legend says what it stands for. A mark on the diagonal hides the `·`, and
    /// the legend names the `·` only when one is drawn.
    @Test func artefactsSharingAPlaceAreAStar() {
        let table = Self.history([
            [Self.month(2022, 5), .text("Meter Data"), Self.month(2022, 6)],
            [Self.month(2022, 5), .text("Settlement"), Self.month(2022, 6)],
            [Self.month(2022, 6), .text("Meter Data"), Self.month(2022, 6)],
            [Self.month(2022, 6), .text("Settlement"), Self.month(2022, 7)],
        ])
        #expect(render(table).text == """
            dag
            Jul-22 │      B
            Jun-22 │  *   A
            May-22 │  ·
                   └───────
            report   May Jun
                     2022
            A = Meter Data   B = Settlement   * = two or more artefacts: A, B
            · = the report's month

            """)
    }

    /// The legend wraps to the width; a name too long for a line is shortened; names are
    /// escaped as in every terminal format; a list column names the artefact when the
    /// result has no text column (`select report, ref, dag`), its items joined.
    @Test func theLegendWrapsShortensAndEscapes() {
        let table = Self.history([
            [Self.month(2022, 5), .list(["MHHSP-IF-001", "MHHSP-IF-002"]), Self.month(2022, 5)],
            [Self.month(2022, 5), .list(["MHHSP-IF-003\u{1B}[2J"]), Self.month(2022, 6)],
            [Self.month(2022, 5), .list(["MHHSP-IF-004 and a very long list of other references"]), Self.month(2022, 7)],
        ], names: ["report", "ref", "dag"], types: [.month, .list, .month])
        #expect(render(table, width: 30).text == """
            dag
            Jul-22 │  C
            Jun-22 │  B
            May-22 │  A
                   └───
            report   May
                     2022
            A = MHHSP-IF-001, MHHSP-IF-002
            B = MHHSP-IF-003\\x1b[2J
            C = MHHSP-IF-004 and a very l…

            """)
    }

    /// Reports across a year's end, and not every month: only the reports the result
    /// holds are columns, and the year is written where it changes (`'22` where the full
    /// year has no room before the next).
    @Test func reportsAcrossAYearsEnd() {
        let table = Self.history([
            [Self.month(2022, 12), .text("Meter Data"), Self.month(2023, 4)],
            [Self.month(2023, 1), .text("Meter Data"), Self.month(2023, 4)],
            [Self.month(2023, 3), .text("Meter Data"), Self.month(2023, 4)],
        ])
        #expect(render(table).text == """
            dag
            Apr-23 │  A   A   A
            Mar-23 │          ·
            Feb-23 │
            Jan-23 │      ·
            Dec-22 │  ·
                   └───────────
            report   Dec Jan Mar
                     '22 2023
            A = Meter Data   · = the report's month

            """)
    }

    /// At 28 columns, five reports fit (6 for the labels, 2 for the axis, 4 for each
    /// report): the latest five are drawn, and a note names the two left out.
    @Test func reportsBeyondTheWidthAreLeftOutWithANote() {
        let table = Self.history((1 ... 7).map { [Self.month(2022, $0), .text("Meter Data"), Self.month(2022, 8)] })
        let chart = render(table, width: 28)
        #expect(chart.notes == ["-f trend draws the latest 5 reports, all that fit in 28 columns; left out the earliest 2, Jan-22 to Feb-22"])
        #expect(chart.text == """
            dag
            Aug-22 │  A   A   A   A   A
            Jul-22 │                  ·
            Jun-22 │              ·
            May-22 │          ·
            Apr-22 │      ·
            Mar-22 │  ·
                   └───────────────────
            report   Mar Apr May Jun Jul
                     2022
            A = Meter Data
            · = the report's month

            """)
        #expect(chart.text.split(separator: "\n").allSatisfy { $0.count <= 28 })
        #expect(render(table, width: 27).notes == ["-f trend draws the latest 4 reports, all that fit in 27 columns; left out the earliest 3, Jan-22 to Mar-22"])
        #expect(render(table, width: 8).notes == ["-f trend draws only the latest report, all that fits in 8 columns; left out the earliest 6, Jan-22 to Jun-22"])
        #expect(render(table, width: 80).notes == [])
        #expect(render(table, width: nil).notes == [])
    }

    @Test func aResultOfAnotherShapeIsShownAsATableWithANote() {
        let noReport = Self.history([[Self.month(2022, 2), .text("Meter Data"), Self.month(2022, 4)]], names: ["sg", "name", "dag"])
        let noName = Self.history([[Self.month(2022, 2), .integer(3), Self.month(2022, 4)]], names: ["report", "count", "dag"],
                                  types: [.month, .integer, .month])
        let noForecast = Self.history([[Self.month(2022, 2), .text("Meter Data"), .text("Blocked")]], names: ["report", "name", "status"],
                                      types: [.month, .text, .text])
        let reasons = [
            (noReport, "-f trend needs the month column report, one row per artefact per report (select report, name, dag … @all)"),
            (noName, "-f trend needs a column naming the artefact, such as name or ref (select report, name, dag … @all)"),
            (noForecast, "-f trend needs a forecast month column besides report, such as dag (select report, name, dag … @all)"),
        ]
        for (table, reason) in reasons {
            let chart = render(table)
            #expect(chart.notes == [reason + "; shown as a table"])
            #expect(chart.text == Formatter.render(table, as: .table, options: OutputOptions(width: 80)).text)
        }
    }

    @Test func anEmptyResultSaysSo() {
        let chart = render(Self.history([]))
        #expect(chart.text == "(0 rows)\n")
        #expect(chart.notes == [])
    }

    /// A row without a forecast (null) or without a report month is counted in a note.
    @Test func rowsWithoutMonthsAreCountedInANote() {
        let table = Self.history([
            [Self.month(2022, 2), .text("Meter Data"), Self.month(2022, 2)],
            [Self.month(2022, 3), .text("Meter Data"), .null],
            [.null, .text("Meter Data"), Self.month(2022, 4)],
        ])
        let chart = render(table)
        #expect(chart.notes == ["2 rows without a report month or a dag month are not drawn"])
        #expect(chart.text == """
            dag
            Feb-22 │  A
                   └───
            report   Feb
                     2022
            A = Meter Data

            """)
        let nothing = render(Self.history([[Self.month(2022, 3), .text("Meter Data"), .null]]))
        #expect(nothing.text == "(nothing to draw)\n")
        #expect(nothing.notes == ["1 row without a report month or a dag month is not drawn"])
    }

    /// One mark each for at most 61 artefacts (A–Z, a–z, 1–9); more is shown as a table.
    @Test func moreArtefactsThanMarksIsShownAsATable() {
        let rows = (1 ... 62).map { [Self.month(2022, 2), Value.text("artefact \($0)"), Self.month(2022, 4)] }
        #expect(render(Self.history(Array(rows.prefix(61)))).text.contains("9 = artefact 61"))
        #expect(render(Self.history(rows)).notes
            == ["-f trend draws at most 61 artefacts, one mark each, and this result has 62 (narrow it with where); shown as a table"])
    }

    /// Two artefacts forecast alike in every report share every place: the one whose mark
    /// never shows on its own is still named, and the legend says it is only under `*`.
    @Test func anArtefactAlwaysUnderAStarIsSaidToBe() {
        let table = Self.history([
            [Self.month(2022, 5), .text("Meter Data"), Self.month(2022, 7)],
            [Self.month(2022, 5), .text("Settlement"), Self.month(2022, 7)],
            [Self.month(2022, 5), .text("Consent"), Self.month(2022, 6)],
            [Self.month(2022, 6), .text("Meter Data"), Self.month(2022, 7)],
            [Self.month(2022, 6), .text("Settlement"), Self.month(2022, 7)],
            [Self.month(2022, 6), .text("Consent"), Self.month(2022, 7)],
        ])
        #expect(render(table).text == """
            dag
            Jul-22 │  *   *
            Jun-22 │  C   ·
            May-22 │  ·
                   └───────
            report   May Jun
                     2022
            A = Meter Data (only under *)   B = Settlement (only under *)   C = Consent
            * = two or more artefacts: A, B, C   · = the report's month

            """)
    }

    /// One forecast is drawn, the first month column; the others the result selected are
    /// named in a note rather than dropped without a word.
    @Test func theForecastsNotDrawnAreNamed() {
        let table = Self.history([[Self.month(2022, 5), .text("Meter Data"), Self.month(2022, 5), Self.month(2022, 6), Self.month(2022, 7)]],
                                 names: ["report", "name", "sg", "review", "dag"], types: [.month, .text, .month, .month, .month])
        let rendering = render(table)
        #expect(rendering.text.hasPrefix("sg\n"))
        #expect(rendering.notes == ["-f trend draws one forecast, 'sg'; left out: 'review', 'dag' (a chart of each: select report, name, review …)"])
    }
}
