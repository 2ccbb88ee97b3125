import RegisterModel

/// Columns of a register for some of its fields, all of one length: a whole register's,
/// the part of one a batch run loads, or the cells gathered for the rows a result shows.
/// One array per type, indexed by `Field.slot`, so that reading a cell reaches its column
/// without copying it.
public struct ColumnSet: Sendable, Equatable {
    /// The fields held; `column(_:)` of any other is a programming error.
    public private(set) var fields: FieldSet
    public let rowCount: Int
    // A field not held has an empty column of its type.
    var kinds: [Kind]
    var texts: [TextColumn]
    var lists: [ListColumn]
    var months: [[Month]]

    init(fields: FieldSet, rowCount: Int, kinds: [Kind], texts: [TextColumn], lists: [ListColumn], months: [[Month]]) {
        self.fields = fields
        self.rowCount = rowCount
        self.kinds = kinds
        self.texts = texts
        self.lists = lists
        self.months = months
    }

    /// No fields, `rowCount` rows (cells of fields are added with `merging`).
    public init(rowCount: Int = 0) {
        self.init(fields: [], rowCount: rowCount, kinds: [],
                  texts: Field.fields(of: .text).map { _ in TextColumn() },
                  lists: Field.fields(of: .list).map { _ in ListColumn() },
                  months: Field.fields(of: .month).map { _ in [] })
    }

    /// The columns given, each of its field's type and all of one length.
    public init(_ given: [Field: Column]) {
        self.init(rowCount: given.values.first?.count ?? 0)
        for (field, column) in given { set(field, column) }
    }

    private mutating func set(_ field: Field, _ column: Column) {
        precondition(column.count == rowCount, "column \(field.name) has \(column.count) rows, not \(rowCount)")
        switch (field.type, column) {
        case (.kind, .kind(let values)): kinds = values
        case (.text, .text(let values)): texts[field.slot] = values
        case (.list, .list(let values)): lists[field.slot] = values
        case (.month, .month(let values)): months[field.slot] = values
        default: preconditionFailure("column \(field.name) is not of type \(field.type.name)")
        }
        fields = fields.union(FieldSet(field))
    }

    /// One column viewed through its type.
    public func column(_ field: Field) -> Column {
        precondition(fields.contains(field), "the field \(field.name) was not loaded")
        switch field.type {
        case .kind: return .kind(kinds)
        case .text: return .text(texts[field.slot])
        case .list: return .list(lists[field.slot])
        case .month: return .month(months[field.slot])
        }
    }

    /// These columns and `other`'s (which must have as many rows), `other` winning where
    /// both hold a field.
    public func merging(_ other: ColumnSet) -> ColumnSet {
        if other.fields.isEmpty { return self }
        if fields.isEmpty, rowCount == other.rowCount || rowCount == 0 { return other }
        precondition(other.rowCount == rowCount, "merging \(other.rowCount) rows into \(rowCount)")
        var merged = self
        for field in other.fields.fields { merged.set(field, other.column(field)) }
        return merged
    }

    /// The cells of `rows` of `fields` (those held), in that order.
    public func gathering(rows: [Int32], fields wanted: FieldSet) -> ColumnSet {
        var gathered = ColumnSet(rowCount: rows.count)
        for field in wanted.intersection(fields).fields { gathered.set(field, column(field).gathering(rows)) }
        return gathered
    }
}
