import QueryLanguage
import ColumnStore
import RegisterModel

/// The answer to a query: named, typed columns and rows of cells. Row results keep a
/// reference to the register and a selection of rows instead of copying cells, so that
/// `select *` over a large register costs only what the formatter reads.
public struct ResultTable: Sendable {
    public struct Column: Sendable, Equatable {
        public var name: String
        public var type: ValueType

        public init(name: String, type: ValueType) {
            self.name = name
            self.type = type
        }
    }

    enum Storage: Sendable {
        case artefacts(ArtefactCells)
        case diff(DiffCells)
        case values([[Value]])
    }

    public let columns: [Column]
    /// Rows of the register, read when asked for; nil for a table of `values`. (Two
    /// stored fields, not the `Storage` enum: an enum of two references keeps its case in
    /// the pointers' spare bits, which hides them from a leak checker's scan.)
    private let artefacts: ArtefactCells?
    private let diffCells: DiffCells?
    private let values: [[Value]]
    /// A grouped result: one row per group (bar charts draw these).
    public let isGrouped: Bool
    /// The last row is a pivot's `total` row.
    public let hasTotalRow: Bool
    /// A pivot's values, one per column between the keys and the total.
    public internal(set) var pivotValues: [Value] = []
    /// From this column on, a cell with no value is a diff's unchanged cell: left blank
    /// where a person reads it, not `(none)`, and left out of a JSON object. Nil: every
    /// column says `(none)`.
    public internal(set) var blankFromColumn: Int?
    /// A diff: every column after the first may hold a change (`Value.change`) as well as
    /// values of its type.
    public internal(set) var isDiff = false
    /// For rows of a history's reports (`@all`), each row's artefact: a number from 1, the
    /// same for the rows of one artefact in every report, as the pairings found it. Nil
    /// for other results.
    public internal(set) var artefactIdentities: [Int]?

    /// A diff's fields shown after its identity fields: those that changed in it.
    public var diffFields: [Field] {
        guard isDiff else { return [] }
        return columns.dropFirst(1 + Shape.diffIdentityFields.count).compactMap { Field(name: $0.name) }
    }

    /// Whether an empty cell of `column` reads blank.
    public func isBlankWhereNone(column: Int) -> Bool { blankFromColumn.map { column >= $0 } ?? false }

    init(columns: [Column], storage: Storage, isGrouped: Bool, hasTotalRow: Bool = false) {
        self.columns = columns
        switch storage {
        case .artefacts(let cells): (artefacts, diffCells, values) = (cells, nil, [])
        case .diff(let cells): (artefacts, diffCells, values) = (nil, cells, [])
        case .values(let rows): (artefacts, diffCells, values) = (nil, nil, rows)
        }
        self.isGrouped = isGrouped
        self.hasTotalRow = hasTotalRow
    }

    /// A table of values, for tests and for results built outside the evaluator.
    public init(columns: [Column], rows: [[Value]], isGrouped: Bool = false, hasTotalRow: Bool = false) {
        self.init(columns: columns, storage: .values(rows), isGrouped: isGrouped, hasTotalRow: hasTotalRow)
    }

    public var rowCount: Int { artefacts?.rows.count ?? diffCells?.count ?? values.count }

    /// Rows of data, not counting a pivot's total row.
    public var dataRowCount: Int { rowCount - (hasTotalRow ? 1 : 0) }

    /// Whether `row` is a pivot's total row (the last): its first cell is the word
    /// `total`, its other key cells have no value; neither is a value of the key.
    public func isTotalRow(_ row: Int) -> Bool { hasTotalRow && row == rowCount - 1 }

    public func value(row: Int, column: Int) -> Value {
        if let cells = artefacts { return cells.readers[column](Int(cells.rows[row])) }
        if let diffCells { return diffCells.value(row: row, column: column) }
        return values[row][column]
    }

    /// For a table of register rows, or a diff of two reports, a function appending a
    /// cell's text as csv writes it (the register file's encoding, `ColumnSet.appendCellText`;
    /// a change `old->new`) to `out`, without making a `String` or a `Value`; nil for other
    /// tables (their cells go through `value`). Take it once per table: it holds the
    /// columns, which reading through the table would copy per cell.
    public var registerCellText: ((_ row: Int, _ column: Int, _ out: inout [UInt8]) -> Void)? {
        if let diffCells { return { row, column, out in diffCells.appendText(row: row, column: column, to: &out) } }
        guard let cells = artefacts, cells.fields.count == columns.count else { return nil }
        let register = cells.register, rows = cells.rows, columns = cells.fields.map(ColumnSet.CellColumn.init)
        return { row, column, out in register.appendCellText(at: columns[column], row: Int(rows[row]), to: &out) }
    }

    public func row(_ row: Int) -> [Value] {
        (0 ..< columns.count).map { value(row: row, column: $0) }
    }
}

/// The cells of chosen rows and fields of a register, read when asked for. A class, so
/// that reading a cell retains one object, not each of the register's arrays.
final class ArtefactCells: Sendable {
    let register: ColumnSet
    let rows: [Int32]
    /// The field of each column, when every column is one (`ResultTable.registerCellText`
    /// writes their cells as the register file does); none when some are computed.
    let fields: [Field]
    /// Per result column: the cell of a register row.
    let readers: [@Sendable (Int) -> Value]

    init(_ register: ColumnSet, rows: [Int32], fields: [Field]) {
        self.register = register
        self.rows = rows
        self.fields = fields
        readers = fields.map { register.cellReader($0) }
    }

    /// Columns some of which are computed: `readers[c]` reads column `c` of a row (its
    /// number in `rows`, as the readers expect it).
    init(_ register: ColumnSet, rows: [Int32], readers: [@Sendable (Int) -> Value]) {
        self.register = register
        self.rows = rows
        fields = []
        self.readers = readers
    }
}

extension ColumnSet {
    /// Reads one field's cells, holding only that column.
    func cellReader(_ field: Field) -> @Sendable (Int) -> Value {
        switch column(field) {
        case .kind(let kinds): { .kind(kinds[$0]) }
        case .text(let column): { .text(column[$0]) }
        case .list(let column): { .list(column[$0]) }
        case .month(let months): { .month(months[$0]) }
        }
    }

    /// One cell as a value.
    public func value(field: Field, row: Int) -> Value { cellReader(field)(row) }
}

extension RegisterColumns {
    /// One built cell as a value.
    public func value(field: Field, row: Int) -> Value { built.value(field: field, row: row) }
}
