import RegisterModel

extension ColumnSet {
    /// A cell as the register file writes it.
    public func cellText(field: Field, row: Int) -> String {
        var bytes: [UInt8] = []
        appendCellText(field: field, row: row, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the cell's UTF-8 text, as the register file writes it, to `out`: kinds as
    /// codes, lists `;`-joined, months `May-22` / `1999-06` / `TBC`. No `String` is made, and the
    /// column is read where it is, not copied.
    public func appendCellText(field: Field, row: Int, to out: inout [UInt8]) {
        appendCellText(at: CellColumn(field), row: row, to: &out)
    }

    /// Where a field's cells are kept, looked up once for a writer of many cells (the
    /// schema's tables are globals of another module: reading them per cell costs).
    public struct CellColumn: Sendable {
        let type: FieldType
        let slot: Int

        public init(_ field: Field) {
            type = field.type
            slot = field.slot
        }
    }

    /// `appendCellText(field:row:to:)` for the field `column` locates.
    public func appendCellText(at cellColumn: CellColumn, row: Int, to out: inout [UInt8]) {
        // Through pointers: an element read from an array of columns would be copied (and
        // its arrays retained and released) for every cell.
        let slot = cellColumn.slot
        switch cellColumn.type {
        case .kind: out += kinds[row].code.utf8
        case .text:
            texts.withUnsafeBufferPointer { columns in
                let column = columns.baseAddress! + slot
                column.pointee.dictionary.appendBytes(column.pointee.codes[row], to: &out)
            }
        case .list:
            lists.withUnsafeBufferPointer { columns in
                let column = columns.baseAddress! + slot
                let start = Int(column.pointee.offsets[row]), end = Int(column.pointee.offsets[row + 1])
                for index in start ..< end {
                    if index > start { out.append(0x3B) }
                    column.pointee.dictionary.appendBytes(column.pointee.codes[index], to: &out)
                }
            }
        case .month:
            months.withUnsafeBufferPointer { columns in (columns.baseAddress! + slot).pointee[row].appendShortText(to: &out) }
        }
    }
}

extension RegisterColumns {
    /// A built cell as the register file writes it.
    public func cellText(field: Field, row: Int) -> String { built.cellText(field: field, row: row) }
}
