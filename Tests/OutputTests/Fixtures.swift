import Output
import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel

/// Small results that between them hold every kind of cell the formatters must handle.
enum Fixtures {
    static func column(_ name: String, _ type: ValueType) -> ResultTable.Column {
        ResultTable.Column(name: name, type: type)
    }

    static let may22 = Month(year: 2022, month: 5)

    /// A kind, a list, text and a null, a month and TBC, an integer.
    static let rows = ResultTable(
        columns: [column("kind", .kind), column("ref", .list), column("name", .text), column("dag", .month), column("count", .integer)],
        rows: [
            [.kind(.interfaceSpecification), .list(["MHHSP-IF-001", "MHHSP-IF-002"]), .text("Meter Data"), .month(may22), .integer(3)],
            [.kind(.technicalDesign), .list(["MHHSP-TD-010"]), .null, .month(.tbc), .integer(12)],
        ]
    )

    static let oneRow = ResultTable(
        columns: [column("kind", .kind), column("count", .integer)],
        rows: [[.kind(.businessProcess), .integer(7)]],
        isGrouped: true
    )

    static let empty = ResultTable(columns: [column("kind", .kind), column("count", .integer)], rows: [])

    /// `group by kind pivot dag`: the total row's key is the text `total`.
    static let pivot = ResultTable(
        columns: [column("kind", .kind), column("Mar-22", .integer), column("Apr-22", .integer), column("total", .integer)],
        rows: [
            [.kind(.businessProcess), .integer(2), .integer(1), .integer(3)],
            [.kind(.interfaceSpecification), .integer(0), .integer(4), .integer(4)],
            [.text("total"), .integer(2), .integer(5), .integer(7)],
        ],
        isGrouped: true,
        hasTotalRow: true
    )

    /// A comma, quotes and a line break; a tab and a backslash inside list items.
    static let awkward = ResultTable(
        columns: [column("name", .text), column("ref", .list)],
        rows: [[.text("Smith, \"Jo\"\nline two"), .list(["a\tb", "c\\d"])]]
    )

    /// An ANSI colour sequence and a NUL; a C1 control (NEL) and DEL.
    static let controls = ResultTable(
        columns: [column("name", .text)],
        rows: [[.text("\u{1B}[31mred\u{0}")], [.text("next\u{85}line\u{7F}")]]
    )

    /// Two text columns too wide for a 60-column terminal.
    static let wide = ResultTable(
        columns: [column("kind", .kind), column("name", .text), column("blocker", .list), column("dag", .month), column("count", .integer)],
        rows: [
            [.kind(.interfaceSpecification), .text("DIP Functional Specification"),
             .list(["Addressing Decision and agreement on all messaging patterns (ECS Outputs)"]), .month(may22), .integer(1)],
            [.kind(.technicalDesign), .text("Code of Connection Guidance"),
             .list(["Security clarifications from OFGEM"]), .month(.tbc), .integer(12)],
        ]
    )

    /// Double-width characters.
    static let japanese = ResultTable(
        columns: [column("name", .text), column("n", .integer)],
        rows: [[.text("日本語テキスト"), .integer(1)], [.text("abc"), .integer(2)]]
    )

    /// A register's every field, as `select *` returns it.
    static func selectAll(_ register: Register) -> ResultTable {
        ResultTable(
            columns: Field.stored.map { column($0.name, ValueType($0.type)) },
            rows: (0 ..< register.rowCount).map { row in Field.stored.map { register.value(field: $0, row: row) } }
        )
    }
}

/// Shorthand for the call every test makes: the text of the rendering.
func render(_ table: ResultTable, _ format: OutputFormat, _ options: OutputOptions = OutputOptions()) -> String {
    Formatter.render(table, as: format, options: options).text
}
