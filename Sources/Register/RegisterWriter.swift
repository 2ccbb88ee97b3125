/// Writes a register as a register file: the header in field order, then one row per
/// artefact, lists `;`-joined, months as `Mon-YY`/`TBC`. Reading the output gives the same
/// register back.
public enum RegisterWriter {
    public static func csv(_ register: Register) -> String {
        var out = Array((Field.header + "\n").utf8)
        var cell: [UInt8] = []
        for row in 0 ..< register.rowCount {
            for field in Field.allCases {
                if field.rawValue > 0 { out.append(0x2C) }
                cell.removeAll(keepingCapacity: true)
                register.appendCellText(field: field, row: row, to: &cell)
                CSVEncoding.appendField(cell, to: &out)
            }
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Register {
    /// A cell as the register file writes it.
    public func cellText(field: Field, row: Int) -> String {
        var bytes: [UInt8] = []
        appendCellText(field: field, row: row, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the cell's UTF-8 text, as the register file writes it, to `out`: kinds as
    /// codes, lists `;`-joined, months `May-22` / `TBC`. No `String` is made.
    public func appendCellText(field: Field, row: Int, to out: inout [UInt8]) {
        func list(_ column: ListColumn) {
            let start = Int(column.offsets[row]), end = Int(column.offsets[row + 1])
            for index in start ..< end {
                if index > start { out.append(0x3B) }
                column.dictionary.appendBytes(column.codes[index], to: &out)
            }
        }
        switch field {
        case .kind: out += kinds[row].code.utf8
        case .ref: list(refs)
        case .name: names.dictionary.appendBytes(names.codes[row], to: &out)
        case .wg: workingGroups.dictionary.appendBytes(workingGroups.codes[row], to: &out)
        case .subgroups: list(subgroups)
        case .status: statuses.dictionary.appendBytes(statuses.codes[row], to: &out)
        case .blocker: list(blockers)
        case .sg: sg[row].appendShortText(to: &out)
        case .review: review[row].appendShortText(to: &out)
        case .dag: dag[row].appendShortText(to: &out)
        }
    }
}

/// RFC 4180 encoding: a field is quoted only when it holds a separator, a quote or a
/// line break; quotes inside are doubled.
public enum CSVEncoding {
    public static func appendRecord(_ cells: [String], to out: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { out.append(0x2C) }
            appendField(Array(cell.utf8), to: &out)
        }
        out.append(0x0A)
    }

    public static func appendField(_ cell: [UInt8], to out: inout [UInt8]) {
        guard cell.contains(where: { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x2C }) else {
            out += cell
            return
        }
        out.append(0x22)
        for byte in cell {
            if byte == 0x22 { out.append(0x22) }
            out.append(byte)
        }
        out.append(0x22)
    }
}
