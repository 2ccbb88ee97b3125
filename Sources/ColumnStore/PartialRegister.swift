import RegisterModel

/// Cells of a register file that were not built at load, read for the rows a result
/// shows. The register file reader provides them.
public protocol LocatedCells: Sendable {
    /// The fields whose cells can be read.
    var fields: FieldSet { get }
    /// The cells of `fields` (of those it holds) for `rows`, in that order.
    func cells(of fields: FieldSet, rows: [Int32]) -> ColumnSet
    /// Whether the file changed since it was loaded, so that cells read now may be wrong.
    var sourceChanged: Bool { get }
}

/// A register loaded in part for one batch run: the columns its statements read, built,
/// and the fields they only show, located in the file and read for the rows shown. Never
/// a `Register`, so that it cannot stand for a whole one: what needs every field (the
/// values of a field, the checker's warnings) asks for the whole register.
public struct PartialRegister: RegisterColumns {
    public let built: ColumnSet
    public let located: (any LocatedCells)?

    public init(built: ColumnSet, located: (any LocatedCells)?) {
        precondition(built.fields.contains(.kind), "a register's rows are counted by kind")
        self.built = built
        self.located = located
    }

    public var availableFields: FieldSet { built.fields.union(located?.fields ?? []) }

    public func gathering(rows: [Int32], fields: FieldSet) -> ColumnSet {
        let copied = built.gathering(rows: rows, fields: fields)
        guard let located else { return copied }
        let read = fields.subtracting(built.fields).intersection(located.fields)
        return read.isEmpty ? copied : copied.merging(located.cells(of: read, rows: rows))
    }
}
