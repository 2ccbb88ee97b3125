import QueryLanguage
import Register

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
        case artefacts(Register, rows: [Int32], fields: [Field])
        case values([[Value]])
    }

    public let columns: [Column]
    let storage: Storage
    /// A grouped result: one row per group (bar charts draw these).
    public let isGrouped: Bool
    /// The last row is a pivot's `total` row.
    public let hasTotalRow: Bool

    init(columns: [Column], storage: Storage, isGrouped: Bool, hasTotalRow: Bool = false) {
        self.columns = columns
        self.storage = storage
        self.isGrouped = isGrouped
        self.hasTotalRow = hasTotalRow
    }

    /// A table of values, for tests and for results built outside the evaluator.
    public init(columns: [Column], rows: [[Value]], isGrouped: Bool = false, hasTotalRow: Bool = false) {
        self.init(columns: columns, storage: .values(rows), isGrouped: isGrouped, hasTotalRow: hasTotalRow)
    }

    public var rowCount: Int {
        switch storage {
        case .artefacts(_, let rows, _): rows.count
        case .values(let rows): rows.count
        }
    }

    /// Rows of data, not counting a pivot's total row.
    public var dataRowCount: Int { rowCount - (hasTotalRow ? 1 : 0) }

    public func value(row: Int, column: Int) -> Value {
        switch storage {
        case .artefacts(let register, let rows, let fields):
            return register.value(field: fields[column], row: Int(rows[row]))
        case .values(let rows):
            return rows[row][column]
        }
    }

    public func row(_ row: Int) -> [Value] {
        (0 ..< columns.count).map { value(row: row, column: $0) }
    }
}

extension Register {
    /// One cell as a value.
    /// (By field, not through `column(_:)`, which would copy the column's arrays per cell.)
    public func value(field: Field, row: Int) -> Value {
        switch field {
        case .kind: .kind(kinds[row])
        case .ref: .list(refs[row])
        case .name: .text(names[row])
        case .wg: .text(workingGroups[row])
        case .subgroups: .list(subgroups[row])
        case .status: .text(statuses[row])
        case .blocker: .list(blockers[row])
        case .sg: .month(sg[row])
        case .review: .month(review[row])
        case .dag: .month(dag[row])
        }
    }
}
