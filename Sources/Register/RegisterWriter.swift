/// Writes a register as a register file: the header in field order, then one row per
/// artefact, lists `;`-joined, months as `Mon-YY`/`TBC`. Reading the output gives the same
/// register back.
public enum RegisterWriter {
    public static func csv(_ register: Register) -> String {
        var out = Field.header + "\n"
        for row in 0 ..< register.rowCount {
            let cells = Field.allCases.map { register.cellText(field: $0, row: row) }
            CSVEncoding.appendRecord(cells, to: &out)
        }
        return out
    }
}

extension Register {
    /// A cell as the register file writes it.
    public func cellText(field: Field, row: Int) -> String {
        switch column(field) {
        case .kind(let kinds): kinds[row].code
        case .text(let column): column[row]
        case .list(let column): column[row].joined(separator: ";")
        case .month(let months): months[row].shortText
        }
    }
}

/// RFC 4180 encoding: a field is quoted only when it holds a separator, a quote or a
/// line break; quotes inside are doubled.
public enum CSVEncoding {
    public static func appendRecord(_ cells: [String], to out: inout String) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { out += "," }
            appendField(cell, to: &out)
        }
        out += "\n"
    }

    public static func appendField(_ cell: String, to out: inout String) {
        var cell = cell
        let needsQuotes = cell.withUTF8 { bytes in bytes.contains { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x2C } }
        guard needsQuotes else {
            out += cell
            return
        }
        var quoted: [UInt8] = [0x22]
        quoted.reserveCapacity(cell.utf8.count + 4)
        for byte in cell.utf8 {
            if byte == 0x22 { quoted.append(0x22) }
            quoted.append(byte)
        }
        quoted.append(0x22)
        out += String(decoding: quoted, as: UTF8.self)
    }
}
