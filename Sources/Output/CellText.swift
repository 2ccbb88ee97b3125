import QueryEngine
import ColumnStore
import RegisterModel

/// The rules every formatter shares for turning a cell into text, and for keeping control
/// characters in the data from reaching a terminal raw.
enum CellText {
    /// The cell as a person reads it: kinds as codes, lists joined by `listSeparator`,
    /// months `May-22` / `TBC`, integers as digits, null as nothing.
    static func text(_ value: Value, listSeparator: String) -> String {
        switch value {
        case .null: ""
        case .kind(let kind): kind.code
        case .text(let text): text
        case .list(let items): items.joined(separator: listSeparator)
        case .month(let month): month.shortText
        case .integer(let number): String(number)
        }
    }

    /// C0 controls, DEL and the C1 controls: the characters a terminal acts on instead of
    /// showing.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// `text` with every control character shown as an escape — `\n`, `\t`, `\r`, else
    /// `\x1b` — so that data can never move the cursor, ring the bell or change colour.
    /// Backslashes are left alone: the result is for reading, not for parsing back.
    static func escapingControls(_ text: String) -> String {
        guard mayHoldControl(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                appendEscape(scalar, to: &out)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Appends the escape `escapingControls` uses for one control character.
    static func appendEscape(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default: out += "\\x" + hexByte(scalar.value)
        }
    }

    /// Two lower-case hex digits.
    static func hexByte(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String(digits[Int(value >> 4 & 0xF)]) + String(digits[Int(value & 0xF)])
    }

    /// A cheap test on the UTF-8 bytes: false means no control character is present
    /// (C1 controls all start with the byte 0xC2).
    static func mayHoldControl(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }
    }
}
