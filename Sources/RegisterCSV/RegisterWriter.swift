import ColumnStore
import RegisterModel

/// Writes a register as a register file: the header in field order, then one row per
/// artefact, lists `;`-joined, months as `Mon-YY`, `YYYY-MM` (a year outside 2000–2099) or
/// `TBC`. Reading the output gives the same register back.
public enum RegisterWriter {
    public static func csv(_ register: Register) -> String {
        var out = Array((Field.header + "\n").utf8)
        var cell: [UInt8] = []
        let fields = Field.stored, columns = fields.map(ColumnSet.CellColumn.init)
        for row in 0 ..< register.rowCount {
            for field in fields {
                if field.rawValue > 0 { out.append(0x2C) }
                cell.removeAll(keepingCapacity: true)
                register.built.appendCellText(at: columns[field.rawValue], row: row, to: &cell)
                CSVEncoding.appendField(cell, to: &out)
            }
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
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
