import RegisterModel

extension ColumnSet {
    /// A cell as the register file writes it.
    public func cellText(field: Field, row: Int) -> String {
        var bytes: [UInt8] = []
        appendCellText(field: field, row: row, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the cell's UTF-8 text, as the register file writes it, to `out`: kinds as
    /// codes, lists `;`-joined, months `May-22` / `TBC`. No `String` is made, and the
    /// column is read where it is, not copied.
    public func appendCellText(field: Field, row: Int, to out: inout [UInt8]) {
        // Through pointers: an element read from an array of columns would be copied (and
        // its arrays retained and released) for every cell.
        switch field.type {
        case .kind: out += kinds[row].code.utf8
        case .text:
            texts.withUnsafeBufferPointer { columns in
                let column = columns.baseAddress! + field.slot
                column.pointee.dictionary.appendBytes(column.pointee.codes[row], to: &out)
            }
        case .list:
            lists.withUnsafeBufferPointer { columns in
                let column = columns.baseAddress! + field.slot
                let start = Int(column.pointee.offsets[row]), end = Int(column.pointee.offsets[row + 1])
                for index in start ..< end {
                    if index > start { out.append(0x3B) }
                    column.pointee.dictionary.appendBytes(column.pointee.codes[index], to: &out)
                }
            }
        case .month:
            months.withUnsafeBufferPointer { columns in (columns.baseAddress! + field.slot).pointee[row].appendShortText(to: &out) }
        }
    }
}

extension RegisterColumns {
    /// A built cell as the register file writes it.
    public func cellText(field: Field, row: Int) -> String { built.cellText(field: field, row: row) }
}
