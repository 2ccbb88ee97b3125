import QueryEngine
import ColumnStore
import RegisterModel

/// JSON written by hand (Foundation's encoder costs start-up time): one object per row,
/// keys the column names in column order; lists as arrays of strings, months as
/// `"2022-05"`, TBC as `"TBC"`, integers as numbers, kinds as `"IF"`. Different things
/// never look alike: `null` is only "no value" (`dag@prev` of an artefact not in that
/// report, an aggregate over nothing, the empty group of a list field), never TBC; a
/// diff's unchanged cell is left out of its object, so `null` never means "unchanged".
/// A pivot's total row has no value in its key members and one more member,
/// `"total_row": true`, so that no program takes `total` for a key value.
enum JSONFormatter {
    /// An array, one object a line: `[\n  {…},\n  {…}\n]\n`; `[]\n` when empty.
    static func render(_ table: ResultTable, stoppingWhen stop: () -> Bool = { false }) -> String {
        guard table.rowCount > 0 else { return "[]\n" }
        var out = "[\n"
        for row in 0 ..< table.rowCount {
            if RenderStop.before(row, stop) { break }
            out += "  "
            appendObject(table, row: row, spaced: true, to: &out)
            out += row == table.rowCount - 1 ? "\n" : ",\n"
        }
        out += "]\n"
        return out
    }

    /// JSON Lines: one compact object a line; nothing at all when empty.
    static func renderLines(_ table: ResultTable, stoppingWhen stop: () -> Bool = { false }) -> String {
        var out = ""
        for row in 0 ..< table.rowCount {
            if RenderStop.before(row, stop) { break }
            appendObject(table, row: row, spaced: false, to: &out)
            out += "\n"
        }
        return out
    }

    static func appendObject(_ table: ResultTable, row: Int, spaced: Bool, to out: inout String) {
        let comma = spaced ? ", " : ","
        out += "{"
        var first = true
        let isTotalRow = table.isTotalRow(row)
        for (index, column) in table.columns.enumerated() {
            let value = isTotalRow && index == 0 ? .null : table.value(row: row, column: index)
            // A diff's unchanged cell: left out, not written as a value.
            if value == .null && table.isBlankWhereNone(column: index) { continue }
            if !first { out += comma }
            first = false
            appendString(column.name, to: &out)
            out += spaced ? ": " : ":"
            appendValue(value, comma: comma, to: &out)
        }
        if isTotalRow {
            out += comma
            appendString("total_row", to: &out)
            out += spaced ? ": true" : ":true"
        }
        out += "}"
    }

    static func appendValue(_ value: Value, comma: String, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .kind(let kind): appendString(kind.code, to: &out)
        case .text(let text): appendString(text, to: &out)
        case .integer(let number): out += String(number)
        case .month(let month):
            appendString(month.isoText ?? "TBC", to: &out)
        case .list(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += comma }
                appendString(item, to: &out)
            }
            out += "]"
        case .change(let from, let to):
            out += "{"
            appendString("from", to: &out)
            out += comma == "," ? ":" : ": "
            appendValue(from, comma: comma, to: &out)
            out += comma
            appendString("to", to: &out)
            out += comma == "," ? ":" : ": "
            appendValue(to, comma: comma, to: &out)
            out += "}"
        }
    }

    /// A string literal per RFC 8259. Besides what the RFC requires (`"`, `\`, U+0000–
    /// U+001F), DEL and the C1 controls are escaped so that the output is safe on a
    /// terminal, and U+2028/U+2029 so that it is safe inside JavaScript.
    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        let needsEscape = text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
        guard needsEscape else {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if TerminalText.isControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Four lower-case hex digits.
    static func hex4(_ value: UInt32) -> String {
        let hex = String(value & 0xFFFF, radix: 16)
        return String(repeating: "0", count: 4 - hex.count) + hex
    }
}
