import Output
import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
import Testing

/// `-f bar` and `-f timeline`: golden charts of real queries on the embedded register at
/// 80 and 200 columns, and the edge cases on small fixtures. Each golden was read against
/// the register: bar lengths in proportion to the counts (the longest bar fills the width
/// left after the labels and counts), every month column under its initial, marks in the
/// months of `select … sg, review, dag` for that artefact.
@Suite struct ChartTests {
    /// Runs one statement on the embedded register and renders it.
    func chart(_ text: String, _ format: OutputFormat, _ options: OutputOptions) throws -> String {
        Formatter.render(try result(text), as: format, options: options).text
    }

    func result(_ text: String) throws -> ResultTable {
        let source = SourceFile(name: "<test>", text: text)
        let compiled = Compiler.compile(source).linted(with: Register.embedded)
        let checkedPlan = try #require(compiled.plan, "\(compiled.diagnostics.map(\.message))")
        return try Evaluator(register: Register.embedded).run(checkedPlan).table
    }

    func widest(_ text: String) -> Int {
        var widest = 0, current = 0
        for character in text {
            if character == "\n" { current = 0 } else { current += 1 }
            widest = max(widest, current)
        }
        return widest
    }

    // MARK: - Goldens

    @Test func barAt80() throws {
        #expect(try chart("select * where status = blocked group by blocker", .bar, OutputOptions(width: 80)) == """
            blocker               count
            Change of Agent          16  ███████████████████████████████████████████████████
            Interface Approach        7  ██████████████████████▍
            Supplier Interaction     13  █████████████████████████████████████████▌

            """)
    }

    @Test func barAt200() throws {
        #expect(try chart("select * where status = blocked group by blocker", .bar, OutputOptions(width: 200)) == """
            blocker               count
            Change of Agent          16  ███████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████
            Interface Approach        7  ██████████████████████████████████████████████████████████████████████████▉
            Supplier Interaction     13  ███████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████

            """)
    }

    @Test func barOfAPivotDrawsTheTotalColumnAndPrintsTheTotalRowBare() throws {
        #expect(try chart("select * where dag between Feb-22 and Apr-22 group by kind pivot dag", .bar, OutputOptions(width: 80)) == """
            kind   total
            BP        16  ██████████████████████████████████████████████████████████████████
            IF        11  █████████████████████████████████████████████▍
            BRS        4  ████████████████▌
            GA         4  ████████████████▌
            TD         5  ████████████████████▋
            total     40

            """)
    }

    @Test func barOfAPivotAt200() throws {
        #expect(try chart("select * where dag between Feb-22 and Apr-22 group by kind pivot dag", .bar, OutputOptions(width: 200)) == """
            kind   total
            BP        16  ██████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████
            IF        11  ███████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████▉
            BRS        4  ██████████████████████████████████████████████▌
            GA         4  ██████████████████████████████████████████████▌
            TD         5  ██████████████████████████████████████████████████████████▏
            total     40

            """)
    }

    @Test func barShortensLongLabelsToLeaveTheBarsAThird() throws {
        #expect(try chart("select kind, status, count(*) group by kind, status", .bar, OutputOptions(width: 80)) == """
            kind  status                                   count
            BP    Blocked                                      3  ██▍
            BP    First Draft Not Complete                     5  ████
            BP    Sub-Group Review                            16  ████████████▋
            IF    Blocked                                     33  ██████████████████████████
            IF    First Draft Not Complete                     2  █▋
            IF    Sub-Group Review                             5  ████
            BRS   First Draft Not Complete                     6  ████▊
            BRS   Sub-Group Review                             4  ███▏
            GA    Draft Not Complete                           2  █▋
            GA    Maintenance                                  3  ██▍
            TD    Agreed                                       2  █▋
            TD    Draft Complete                               3  ██▍
            TD    Draft in Progress                            1  ▊
            TD    Initial review by Sub-Group                  1  ▊
            TD    Initial review by Sub-Group completed-…      1  ▊
            TD    Initial view from AWG reviewed               1  ▊
            TD    Not Started                                  1  ▊

            """)
    }

    @Test func barWithoutUnicodeDrawsHashes() throws {
        #expect(try chart("select * where status = blocked group by blocker", .bar, OutputOptions(width: 80, unicode: false)) == """
            blocker               count
            Change of Agent          16  ###################################################
            Interface Approach        7  ######################
            Supplier Interaction     13  #########################################

            """)
    }

    @Test func barNamesTheEmptyGroupNone() throws {
        #expect(try chart("select * group by blocker", .bar, OutputOptions(width: 80)) == """
            blocker                                        count
            Addressing Decision and agreement on all mes…      1  ▌
            Change of Agent                                   16  ████████▉
            Interface Approach                                 7  ███▉
            Security Clarifications                            1  ▌
            Security clarifications from OFGEM                 3  █▋
            Supplier Interaction                              13  ███████▎
            Volumetric Analysis of Interfaces                  2  █▏
            (none)                                            47  ██████████████████████████

            """)
    }

    @Test func timelineAt80() throws {
        #expect(try chart("select * from GA, TD", .timeline, OutputOptions(width: 80)) == """
                                             2021                    2022
            ref name                         J F M A M J J A S O N D J F M A M
            Data Catalogue                   · · · · · · · · · · · · · · *─D ·
            Business Process List            · · · · · · · · · · · · · · *─D ·
            Operational Choreography         · · · · · · · · · · · · · · *─D ·
            Logical Data Model               · · · · · · · · · · · · · · · *─D
            Interface List                   · · · · · · · · · · · · · *─D · ·
            Design Principles & Assumptions  r───────────────────s─────D · · ·
            DIP Functional Specification     · · · · · · · · · · s─────r─D · ·
            Architecture Principles          · · · · · · · · · · s─────r─D · ·
            Non-Functional Requirements      · · · · · · · · · · s─────r─D · ·
            E2E Non-Functional Requirements  · · · · · · · · · · · · · s─r─D ·
            E2E Solution Architecture        · · · · · · · · · · · · · · s─r─D
            DPIA                             · · · · · · · · · · · · s─────r─D
            Code of Connection Guidance      · · · · · · · · · · · · s─────r─D
            MHHS E2E Security Requirements   · · · · · · · · · · · · s─────r─D
            MHHS E2E Security Architecture   · · · · · · · · · · · · s─────r─D
            s = sg   r = review   D = dag   * = two or more in one month

            """)
    }

    @Test func timelineAt200() throws {
        #expect(try chart("select ref, name, sg, review, dag where name contains 'registration' or name = 'Design Principles & Assumptions'", .timeline, OutputOptions(width: 200)) == """
                                                                                                               2021                    2022
            ref name                                                                                           J F M A M J J A S O N D J F M A M
            MHHSP-BP010 Change of Registration Data - Domestic Indicator                                       · · · · · · · · · · · · s─r─D · ·
            MHHSP-BP010 Change of Registration Data - Loss ID Factor                                           · · · · · · · · · · · · s─r─D · ·
            MHHSP-BP010 Change of Registration Data - Other Misc.                                              · · · · · · · · · · · · s─r─D · ·
            MHHSP-IF-003 Registration Updates to Metering Service                                              · · · · · · · · · · · · · · s─r─D
            MHHSP-IF-005 Metering Service Updates to Registration                                              · · · · · · · · · · · · · s─r─D ·
            MHHSP-IF-008 Registration Updates to Data Service                                                  · · · · · · · · · · · · · · s─r─D
            MHHSP-IF-010 Registration Updates to Central Settlements                                           · · · · · · · · · · · · · · s─r─D
            MHHSP-IF-017 Registrations Service confirmation of revised metering information                    · · · · · · · · · · · · · s─r─D ·
            MHHSP-IF-030 Registration Update to Supplier (COS Gain)                                            · · · · · · · · · · · · · · s─r─D
            MHHSP-IF-033 Registration Update to Supplier (3rd Party Change)                                    · · · · · · · · · · · · · · s─r─D
            MHHSP-IF-036 Registration Update to LDSO                                                           · · · · · · · · · · · · · s─r─D ·
            MHHSP-IF-038 Metering service update to Registration for change of Energisation                    · · · · · · · · · · · · · s─r─D ·
            MHHSP-IF-039 Registration Services response to metering service request to change of energisation  · · · · · · · · · · · · · s─r─D ·
            MHHSP-IF-040 Registration services notification of changes following a disconnection               · · · · · · · · · · · · · s─r─D ·
            MHHSP-BRS006, MHHSP-BPD006 Registration Service                                                    · · · · · · · · · · · · · · · *─D
            Design Principles & Assumptions                                                                    r───────────────────s─────D · · ·
            s = sg   r = review   D = dag   * = two or more in one month

            """)
    }

    @Test func timelineAt80ShortensLabels() throws {
        #expect(try chart("select ref, name, sg, review, dag where name contains 'registration' or name = 'Design Principles & Assumptions'", .timeline, OutputOptions(width: 80)) == """
                                                           2021                    2022
            ref name                                       J F M A M J J A S O N D J F M A M
            MHHSP-BP010 Change of Registration Data - Do…  · · · · · · · · · · · · s─r─D · ·
            MHHSP-BP010 Change of Registration Data - Lo…  · · · · · · · · · · · · s─r─D · ·
            MHHSP-BP010 Change of Registration Data - Ot…  · · · · · · · · · · · · s─r─D · ·
            MHHSP-IF-003 Registration Updates to Meterin…  · · · · · · · · · · · · · · s─r─D
            MHHSP-IF-005 Metering Service Updates to Reg…  · · · · · · · · · · · · · s─r─D ·
            MHHSP-IF-008 Registration Updates to Data Se…  · · · · · · · · · · · · · · s─r─D
            MHHSP-IF-010 Registration Updates to Central…  · · · · · · · · · · · · · · s─r─D
            MHHSP-IF-017 Registrations Service confirmat…  · · · · · · · · · · · · · s─r─D ·
            MHHSP-IF-030 Registration Update to Supplier…  · · · · · · · · · · · · · · s─r─D
            MHHSP-IF-033 Registration Update to Supplier…  · · · · · · · · · · · · · · s─r─D
            MHHSP-IF-036 Registration Update to LDSO       · · · · · · · · · · · · · s─r─D ·
            MHHSP-IF-038 Metering service update to Regi…  · · · · · · · · · · · · · s─r─D ·
            MHHSP-IF-039 Registration Services response…   · · · · · · · · · · · · · s─r─D ·
            MHHSP-IF-040 Registration services notificat…  · · · · · · · · · · · · · s─r─D ·
            MHHSP-BRS006, MHHSP-BPD006 Registration Serv…  · · · · · · · · · · · · · · · *─D
            Design Principles & Assumptions                r───────────────────s─────D · · ·
            s = sg   r = review   D = dag   * = two or more in one month

            """)
    }

    @Test func timelineOfBlockedAndTBC() throws {
        #expect(try chart("select ref, name, status, sg, review, dag from BP where status = blocked or dag is tbc", .timeline, OutputOptions(width: 80)) == """
                                                                   2022
            ref name                                               M A M
            MHHSP-BP001 Change of Supplier                         s─r─D
            MHHSP-BP002 Change of Agent - Metering Service         s─r─D
            MHHSP-BP003 Change of Agent - Data Service             s─r─D
            MHHSP-BP014 Behind the Boundry Point Metering Process  · · ·  TBC
            MHHSP-BP015 Meter Faults                               · · ·  TBC
            MHHSP-BP016 Settlement Queries/Disputes                · · ·  TBC
            MHHSP-BP017 Network Charging                           · · ·  TBC
            s = sg   r = review   D = dag   * = two or more in one month

            """)
    }

    @Test func timelineMarksTheYearShortWhereTheFullYearWouldNotFit() throws {
        #expect(try chart("select * from TD where status != agreed", .timeline, OutputOptions(width: 80)) == """
                                             '21 2022
            ref name                         N D J F M A M
            DIP Functional Specification     s─────r─D · ·
            Non-Functional Requirements      s─────r─D · ·
            E2E Non-Functional Requirements  · · · s─r─D ·
            E2E Solution Architecture        · · · · s─r─D
            DPIA                             · · s─────r─D
            Code of Connection Guidance      · · s─────r─D
            MHHS E2E Security Requirements   · · s─────r─D
            MHHS E2E Security Architecture   · · s─────r─D
            s = sg   r = review   D = dag   * = two or more in one month

            """)
    }

    @Test func timelineShowsTBC() throws {
        #expect(try chart("select ref, name, sg, review, dag from IF where ref is empty or ref = MHHSP-IF-005", .timeline, OutputOptions(width: 80)) == """
                                                                   2022
            ref name                                               F M A
            MHHSP-IF-005 Metering Service Updates to Registration  s─r─D
            DUOS/LLF Management                                    · · ·  TBC
            Demand Control                                         · · ·  TBC
            s = sg   r = review   D = dag   * = two or more in one month

            """)
    }

    @Test func timelineDrawsOnlyTheStagesSelected() throws {
        #expect(try chart("select name, dag from GA", .timeline, OutputOptions(width: 80)) == """
                                      2022
            name                      M A M
            Data Catalogue            · D ·
            Business Process List     · D ·
            Operational Choreography  · D ·
            Logical Data Model        · · D
            Interface List            D · ·
            D = dag

            """)
    }

    @Test func timelineNarrowTakesOneColumnAMonth() throws {
        #expect(try chart("select * from GA, TD", .timeline, OutputOptions(width: 40)) == """
                                   2021        2022
            ref name               JFMAMJJASONDJFMAM
            Data Catalogue         ··············*D·
            Business Process List  ··············*D·
            Operational Choreogr…  ··············*D·
            Logical Data Model     ···············*D
            Interface List         ·············*D··
            Design Principles &…   r─────────s──D···
            DIP Functional Speci…  ··········s──rD··
            Architecture Princip…  ··········s──rD··
            Non-Functional Requi…  ··········s──rD··
            E2E Non-Functional R…  ·············srD·
            E2E Solution Archite…  ··············srD
            DPIA                   ············s──rD
            Code of Connection G…  ············s──rD
            MHHS E2E Security Re…  ············s──rD
            MHHS E2E Security Ar…  ············s──rD
            s = sg   r = review   D = dag
            * = two or more in one month

            """)
    }

    @Test func timelineWithoutUnicode() throws {
        #expect(try chart("select * from GA", .timeline, OutputOptions(width: 80, unicode: false)) == """
                                      2022
            ref name                  F M A M
            Data Catalogue            . *-D .
            Business Process List     . *-D .
            Operational Choreography  . *-D .
            Logical Data Model        . . *-D
            Interface List            *-D . .
            s = sg   r = review   D = dag   * = two or more in one month

            """)
    }

    // MARK: - Bar chart edges

    @Test func everyBarChartFitsItsWidth() throws {
        for query in ["select * where status = blocked group by blocker", "select kind, status, count(*) group by kind, status",
                      "select * group by blocker", "select * group by kind pivot dag"] {
            for width in [40, 80, 200] {
                let text = try chart(query, .bar, OutputOptions(width: width))
                #expect(widest(text) <= width, "\(query) at \(width)")
            }
        }
    }

    @Test func withoutAWidthBarsTake80Columns() throws {
        let query = "select * where status = blocked group by blocker"
        #expect(try chart(query, .bar, OutputOptions()) == chart(query, .bar, OutputOptions(width: 80)))
    }

    @Test func aRowResultIsATableWithANote() throws {
        let table = try result("select ref, dag from IF limit 2")
        #expect(Formatter.render(table, as: .bar, options: OutputOptions(width: 80)) == Rendering(
            text: render(table, .table, OutputOptions(width: 80)),
            notes: ["-f bar draws a grouped result (select … group by …); shown as a table"]))
    }

    @Test func aGroupedResultWithoutACountIsATableWithANote() throws {
        let table = try result("select kind, min(dag) group by kind")
        let rendering = Formatter.render(table, as: .bar, options: OutputOptions())
        #expect(rendering.notes == ["-f bar needs a count column (count(*)) to draw; shown as a table"])
        #expect(rendering.text.hasPrefix("kind  min_dag\n"))
    }

    @Test func aZeroCountHasNoBarAndTheSmallestNonZeroCountSomeBar() {
        let table = ResultTable(columns: [Fixtures.column("kind", .kind), Fixtures.column("count", .integer)],
                                rows: [[.kind(.businessProcess), .integer(0)], [.kind(.interfaceSpecification), .integer(1000)],
                                       [.kind(.technicalDesign), .integer(1)]],
                                isGrouped: true)
        #expect(render(table, .bar, OutputOptions(width: 30)) == """
            kind  count
            BP        0
            IF     1000  █████████████████
            TD        1  ▏

            """)
        #expect(render(table, .bar, OutputOptions(width: 30, unicode: false)) == """
            kind  count
            BP        0
            IF     1000  #################
            TD        1  #

            """)
    }

    @Test func noGroups() {
        let table = ResultTable(columns: [Fixtures.column("kind", .kind), Fixtures.column("count", .integer)], rows: [], isGrouped: true)
        #expect(render(table, .bar) == "kind  count\n(0 rows)\n")
    }

    @Test func controlCharactersInLabelsAreEscaped() {
        let table = ResultTable(columns: [Fixtures.column("blocker", .list), Fixtures.column("count", .integer)],
                                rows: [[.list(["\u{1B}[31mred"]), .integer(2)], [.list(["tab\there"]), .integer(1)]],
                                isGrouped: true)
        #expect(render(table, .bar, OutputOptions(width: 40)) == #"""
            blocker      count
            \x1b[31mred      2  ████████████████████
            tab\there        1  ██████████

            """#)
    }

    // MARK: - Timeline edges

    @Test func everyTimelineFitsItsWidth() throws {
        for query in ["select *", "select * from GA, TD", "select ref, name, dag from IF"] {
            for width in [40, 80, 200] {
                let text = try chart(query, .timeline, OutputOptions(width: width))
                #expect(widest(text) <= width, "\(query) at \(width)")
            }
        }
    }

    @Test func aGroupedResultIsATableWithANote() throws {
        let table = try result("select * group by kind")
        #expect(Formatter.render(table, as: .timeline, options: OutputOptions()) == Rendering(
            text: render(table, .table),
            notes: ["-f timeline draws artefacts, one per line, not groups (select ref, name, sg, review, dag …); shown as a table"]))
    }

    @Test func aResultWithoutForecastMonthsIsATableWithANote() throws {
        let table = try result("select ref, name from GA")
        #expect(Formatter.render(table, as: .timeline, options: OutputOptions()) == Rendering(
            text: render(table, .table),
            notes: ["-f timeline needs the forecast months sg, review or dag in the result (select ref, name, sg, review, dag …); shown as a table"]))
    }

    /// A month column counts by its name and type: `sg` renamed is not the sg forecast.
    @Test func aRenamedMonthIsNotAStage() throws {
        let rendering = Formatter.render(try result("select name, dag as due from GA"), as: .timeline, options: OutputOptions(width: 80))
        #expect(rendering.notes.first?.hasPrefix("-f timeline needs") == true)
    }

    func month(_ text: String) -> Value { .month(Month(parsing: text)!) }

    @Test func partlyTBCAndAllTBCAndControlCharacters() {
        let table = ResultTable(
            columns: [Fixtures.column("name", .text), Fixtures.column("sg", .month), Fixtures.column("review", .month), Fixtures.column("dag", .month)],
            rows: [[.text("Known \u{1B}[1mbold"), month("Dec-21"), month("Feb-22"), .month(.tbc)],
                   [.text("All TBC"), .month(.tbc), .month(.tbc), .month(.tbc)],
                   [.text("All three"), month("Jan-22"), month("Jan-22"), month("Jan-22")]])
        #expect(render(table, .timeline, OutputOptions(width: 80)) == #"""
                                 2022
            name               D J F
            Known \x1b[1mbold  s───r  D TBC
            All TBC            · · ·  TBC
            All three          · * ·
            s = sg   r = review   D = dag   * = two or more in one month

            """#)
    }

    @Test func noRows() throws {
        #expect(try chart("select ref, name, sg, review, dag from IF where name = 'nothing at all'", .timeline, OutputOptions(width: 80)) == """
            ref name
            (0 rows)
            s = sg   r = review   D = dag   * = two or more in one month

            """)
    }

    @Test func aSpanLongerThanTwentyYearsIsATable() {
        let table = ResultTable(columns: [Fixtures.column("name", .text), Fixtures.column("dag", .month)],
                                rows: [[.text("early"), month("1990-01")], [.text("late"), month("2030-01")]])
        let rendering = Formatter.render(table, as: .timeline, options: OutputOptions())
        #expect(rendering.notes == ["-f timeline draws at most 240 months and this result spans 481 (narrow it with where); shown as a table"])
        #expect(rendering.text == render(table, .table))
    }
}
