import RegisterModel

extension ColumnSet {
    /// A cell as the register file writes it.
    public func cellText(field: Field, row: Int) -> String {
        var bytes: [UInt8] = []
        appendCellText(field: field, row: row, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the cell's UTF-8 text, as the register file writes it, to `out`: kinds as
    /// codes, lists `;`-joined, months `May-22` / `TBC`. No `String` is made.
    public func appendCellText(field: Field, row: Int, to out: inout [UInt8]) {
        switch column(field) {
        case .kind(let kinds): out += kinds[row].code.utf8
        case .text(let column): column.dictionary.appendBytes(column.codes[row], to: &out)
        case .list(let column):
            let start = Int(column.offsets[row]), end = Int(column.offsets[row + 1])
            for index in start ..< end {
                if index > start { out.append(0x3B) }
                column.dictionary.appendBytes(column.codes[index], to: &out)
            }
        case .month(let months): months[row].appendShortText(to: &out)
        }
    }
}

extension RegisterColumns {
    /// A built cell as the register file writes it.
    public func cellText(field: Field, row: Int) -> String { built.cellText(field: field, row: row) }
}
