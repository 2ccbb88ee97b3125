import RegisterModel

/// Builds the columns of a register (or of some of its fields) cell by cell, a row at a
/// time: a reader hands each cell to the field it belongs to, and cells of fields not
/// in `fields` are dropped. Text and list cells arrive as UTF-8 bytes and are interned
/// without making a `String`; a list cell is split at `;` and at line breaks (a
/// spreadsheet's Alt-Enter), each element trimmed of spaces, empty elements dropped.
public struct RegisterBuilder: Sendable {
    public let fields: FieldSet
    // One builder per field of each type, indexed by `Field.slot`. (Usable from inline
    // code: a reader appends every cell through these, and a call per cell would cost.)
    @usableFromInline var kinds: [Kind] = []
    @usableFromInline var texts: [TextColumnBuilder]
    @usableFromInline var lists: [ListColumnBuilder]
    @usableFromInline var months: [[Month]]

    public init(fields: FieldSet = .all) {
        self.fields = fields
        texts = Field.fields(of: .text).map { TextColumnBuilder(deduplicating: !$0.isNearlyDistinct) }
        lists = Field.fields(of: .list).map { ListColumnBuilder(deduplicating: !$0.isNearlyDistinct) }
        months = Field.fields(of: .month).map { _ in [] }
    }

    @inlinable
    public mutating func appendKind(_ kind: Kind) {
        kinds.append(kind)
    }

    /// A month for the field `target` resolves.
    @inlinable
    public mutating func appendMonth(_ month: Month, to target: MonthTarget) {
        months[target.slot].append(month)
    }

    /// A month field's column, resolved once for a reader that appends many cells.
    public struct MonthTarget: Sendable {
        @usableFromInline let slot: Int

        public init(_ field: Field) {
            precondition(field.type == .month, "\(field.name) is not a month")
            slot = field.slot
        }
    }

    /// A text or list field's column, resolved once for a reader that appends many cells.
    public struct CellTarget: Sendable {
        @usableFromInline let isList: Bool
        @usableFromInline let slot: Int

        public init(_ field: Field) {
            precondition(field.type == .text || field.type == .list, "\(field.name) holds no text")
            isList = field.type == .list
            slot = field.slot
        }
    }

    /// A text or list cell's bytes, for the field `target` resolves.
    @inlinable
    public mutating func appendText(_ cell: UnsafeBufferPointer<UInt8>, to target: CellTarget) {
        if target.isList {
            lists[target.slot].append(cell)
        } else {
            texts[target.slot].append(cell)
        }
    }

    /// The rows after which a reader should size its columns for the rest of the file,
    /// judging by what the first rows used: by then the dictionaries know whether their
    /// values repeat.
    public static let sizingPoint = ByteInterner.decisionPoint

    /// Appends the rows another builder of the same fields read (a later chunk of the
    /// same file), emptying it column by column so that the two never both hold a whole
    /// copy.
    public mutating func append(_ other: inout RegisterBuilder) {
        kinds += other.kinds
        other.kinds = []
        for slot in months.indices {
            months[slot] += other.months[slot]
            other.months[slot] = []
        }
        for slot in texts.indices {
            texts[slot].append(other.texts[slot])
            other.texts[slot] = TextColumnBuilder()
        }
        for slot in lists.indices {
            lists[slot].append(other.lists[slot])
            other.lists[slot] = ListColumnBuilder()
        }
    }

    /// Room for `rows` more rows in every column of `fields`.
    public mutating func reserve(rows: Int) {
        for field in fields.fields {
            switch field.type {
            case .kind: kinds.reserveCapacity(kinds.count + rows)
            case .month: months[field.slot].reserveCapacity(months[field.slot].count + rows)
            case .text: texts[field.slot].reserve(rows: rows)
            case .list: lists[field.slot].reserve(rows: rows)
            }
        }
    }

    /// The columns of `fields`.
    public func finish() -> ColumnSet {
        let rowCount = fields.fields.first.map { field -> Int in
            switch field.type {
            case .kind: kinds.count
            case .text: texts[field.slot].codes.count
            case .list: lists[field.slot].offsets.count - 1
            case .month: months[field.slot].count
            }
        } ?? 0
        // Builders of fields not kept were never appended to: their columns are empty.
        return ColumnSet(fields: fields, rowCount: rowCount, kinds: kinds,
                         texts: texts.map { $0.finish() }, lists: lists.map { $0.finish() }, months: months)
    }
}
