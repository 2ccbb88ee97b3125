import ColumnStore
import Output
import QueryEngine
import QueryLanguage
import RegisterCSV
import Testing

/// Tables at a terminal's width: every line fits, no name is cut to a stump, and what
/// is left out is named. Each query is one a person ran at an 80-column terminal.
@Suite struct TerminalWidthTests {
    static func result(_ text: String) throws -> ResultTable {
        let compiled = Compiler.compile(SourceFile(name: "<test>", text: text), parameters: [:]).linted(with: Register.embedded)
        let plan = try #require(compiled.plan, "\(compiled.diagnostics.map(\.message))")
        return try Evaluator(register: Register.embedded).run(plan).table
    }

    /// Display columns of a line of the register's text (which holds no wide characters).
    static func width(_ line: Substring) -> Int { line.unicodeScalars.count }

    static func expectFits(_ text: String, _ width: Int, _ what: String) {
        for line in text.split(separator: "\n") {
            #expect(Self.width(line) <= width, "\(what): \(Self.width(line)) columns: \(line)")
        }
    }

    static let queries = ["select * from BP limit 3", "select * group by kind pivot status", "select * group by wg pivot dag",
                          "select name, blocker from IF", "select kind, count(*) group by kind"]

    @Test(arguments: [TableMode.auto, .table, .vertical], [80, 100, 40])
    func everyLineFits(mode: TableMode, width: Int) throws {
        for query in Self.queries {
            let text = render(try Self.result(query), .table, OutputOptions(width: width, mode: mode))
            Self.expectFits(text, width, "\(query) in \(mode) at \(width)")
        }
    }

    /// Columns with one value in every row are said below the table, least telling
    /// first, until the rest fit: nothing is lost, and the table stays a table.
    @Test func selectAllAtEightyColumnsSaysOneValueColumnsBelowTheTable() throws {
        for mode in [TableMode.auto, .table] {
            let text = render(try Self.result("select * from BP limit 3"), .table, OutputOptions(width: 80, mode: mode))
            #expect(text == """
                kind  ref          name                         status   blocker          dag
                ────  ───────────  ───────────────────────────  ───────  ───────────────  ──────
                BP    MHHSP-BP001  Change of Supplier           Blocked  Change of Agent  May-22
                BP    MHHSP-BP002  Change of Agent - Metering…  Blocked  Change of Agent  May-22
                BP    MHHSP-BP003  Change of Agent - Data Ser…  Blocked  Change of Agent  May-22
                (3 rows)
                wg: BPRWG (all rows)
                subgroups: Registration (all rows)
                sg: Mar-22 (all rows)
                review: Apr-22 (all rows)

                """, "\(mode)")
        }
    }

    /// When the rows differ in more columns than fit, auto shows them vertically, whole.
    @Test func autoShowsRowsThatDoNotFitVerticallyAndWhole() throws {
        let text = render(try Self.result("select * where ref in (MHHSP-BP001, MHHSP-IF-021, MHHSP-BRS001)"), .table, OutputOptions(width: 80))
        #expect(text.hasPrefix("── row 1 ──\nkind:      BP\nref:       MHHSP-BP001\nname:      Change of Supplier\n"))
        #expect(text.hasSuffix("(3 rows)\n"))
    }

    /// A table that must leave columns out says the columns of one value below it, then
    /// leaves out those that tell least (the working group, sub-groups, the earlier
    /// forecasts) before the blocker, the status and the DAG month, and names them.
    @Test func tableModeLeavesOutWhatTellsLeastAndNamesIt() throws {
        let text = render(try Self.result("select * where status = blocked"), .table, OutputOptions(width: 80, mode: .table))
        let lines = text.split(separator: "\n")
        #expect(lines[0] == "kind  ref           name                    blocker               review  dag")
        #expect(text.hasSuffix("(36 rows; not shown: subgroups, sg)\nwg: BPRWG (all rows)\nstatus: Blocked (all rows)\n"))
        #expect(text.contains("Change of Agent - Me"))
        Self.expectFits(text, 80, "select * in table mode")
    }

    /// At 100 columns the whole of `select *` fits with names of 20 columns or more.
    @Test func namesKeepTwentyColumnsAtOneHundred() throws {
        for mode in [TableMode.auto, .table] {
            let text = render(try Self.result("select * from BP limit 3"), .table, OutputOptions(width: 100, mode: mode))
            #expect(!text.contains("Change…"), "\(mode)")
            #expect(text.contains("Change of Agent - Me"), "\(mode)")
            Self.expectFits(text, 100, "select * in \(mode) at 100")
        }
    }

    @Test func aNarrowResultStaysATable() throws {
        let text = render(try Self.result("select kind, count(*) group by kind"), .table, OutputOptions(width: 80))
        #expect(text.hasPrefix("kind  count\n"))
    }

    /// Without a width (a file, a pipe) the table is whole, however wide.
    @Test func noWidthKeepsTheWholeTable() throws {
        let text = render(try Self.result("select * from BP limit 3"), .table, OutputOptions())
        #expect(text.hasPrefix("kind  ref          name  "))
        #expect(text.contains("Change of Agent - Metering Service  BPRWG"))
    }

    @Test func verticalRowsWrapLongValuesUnderTheirStart() {
        let text = render(Fixtures.wide, .table, OutputOptions(width: 40, mode: .vertical))
        #expect(text == """
            ── row 1 ──
            kind:    IF
            name:    DIP Functional Specification
            blocker: Addressing Decision and
                     agreement on all messaging
                     patterns (ECS Outputs)
            dag:     May-22
            count:   1
            ── row 2 ──
            kind:    TD
            name:    Code of Connection Guidance
            blocker: Security clarifications from
                     OFGEM
            dag:     TBC
            count:   12
            (2 rows)

            """)
    }
}
