import RegisterModel

/// Columns of a register for some of its fields, all of one length: a whole register's,
/// the part of one a batch run loads, or the cells gathered for the rows a result shows.
public struct ColumnSet: Sendable, Equatable {
    /// The fields held; `column(_:)` of any other is a programming error.
    public let fields: FieldSet
    public let rowCount: Int
    /// Indexed by field; a field not held has an empty column of its type.
    private var columns: [Column]

    /// No fields, `rowCount` rows (cells of fields are added with `merging`).
    public init(rowCount: Int = 0) {
        self.fields = []
        self.rowCount = rowCount
        self.columns = Field.allCases.map { .empty($0.type) }
    }

    /// The columns given, each of its field's type and all of one length.
    public init(_ given: [Field: Column]) {
        var columns = Field.allCases.map { Column.empty($0.type) }
        for (field, column) in given { columns[field.rawValue] = column }
        self.fields = FieldSet(given.keys)
        self.rowCount = given.values.first?.count ?? 0
        self.columns = columns
        for (field, column) in given {
            precondition(column.count == rowCount, "column \(field.name) has \(column.count) rows, not \(rowCount)")
            precondition(Column.empty(field.type).sameType(as: column), "column \(field.name) is not of type \(field.type.name)")
        }
    }

    /// One column viewed through its type.
    public func column(_ field: Field) -> Column {
        precondition(fields.contains(field), "the field \(field.name) was not loaded")
        return columns[field.rawValue]
    }

    /// These columns and `other`'s (which must have as many rows), `other` winning where
    /// both hold a field.
    public func merging(_ other: ColumnSet) -> ColumnSet {
        if other.fields.isEmpty { return self }
        if fields.isEmpty, rowCount == other.rowCount || rowCount == 0 { return other }
        precondition(other.rowCount == rowCount, "merging \(other.rowCount) rows into \(rowCount)")
        var given: [Field: Column] = [:]
        for field in fields.fields { given[field] = columns[field.rawValue] }
        for field in other.fields.fields { given[field] = other.columns[field.rawValue] }
        return ColumnSet(given)
    }

    /// The cells of `rows` of `fields` (those held), in that order.
    public func gathering(rows: [Int32], fields wanted: FieldSet) -> ColumnSet {
        var given: [Field: Column] = [:]
        for field in wanted.intersection(fields).fields { given[field] = columns[field.rawValue].gathering(rows) }
        return given.isEmpty ? ColumnSet(rowCount: rows.count) : ColumnSet(given)
    }
}

extension Column {
    func sameType(as other: Column) -> Bool {
        switch (self, other) {
        case (.kind, .kind), (.text, .text), (.list, .list), (.month, .month): true
        default: false
        }
    }
}
