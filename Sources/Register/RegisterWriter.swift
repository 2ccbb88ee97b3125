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
    public static func appendRecord(_ cells: [String], separator: Character = ",", to out: inout String) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { out.append(separator) }
            appendField(cell, separator: separator, to: &out)
        }
        out.append("\n")
    }

    public static func appendField(_ cell: String, separator: Character = ",", to out: inout String) {
        let needsQuotes = cell.utf8.contains { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == separator.asciiValue! }
        guard needsQuotes else {
            out.append(cell)
            return
        }
        out.append("\"")
        for character in cell {
            if character == "\"" { out.append("\"\"") } else { out.append(character) }
        }
        out.append("\"")
    }
}
