/// Text made safe to show on a terminal: the one place that decides which characters a
/// terminal would act on instead of showing, and how each is shown instead.
///
/// Anything regq shows may quote what it was given — a register cell, a query, a file
/// name — and any of those may hold anything. A control character sent raw could move
/// the cursor, ring the bell, change colour or retitle the window, so every message,
/// result table, chart and listing passes its text through here. The controls are the
/// C0 controls, DEL and the C1 controls (some terminals act on U+009B as on `ESC [`).
/// Backslashes are left alone unless asked for: the result is for reading, not for
/// parsing back.
public enum TerminalText {
    /// How a control character is shown.
    public enum Escape: Sendable {
        /// `\n`, `\t`, `\r`, else `\x1b`: results, messages and diagnostics.
        case hex
        /// `\u{1b}` (`\u{a}` for a line break): the completion listing.
        case unicodeBraces
        /// One space: the source line above a diagnostic's caret, which must keep its
        /// width so that the caret stays under what it points at.
        case space
    }

    /// `text` with every control character shown as `style` says; each of the ASCII
    /// characters `backslashing` preceded by a backslash (a Markdown table's `|` and
    /// `\`); and, when it is longer than `limit` characters (Unicode scalars), cut in its
    /// middle with `…` — the first two thirds of the limit kept, then the end — so that a
    /// megabyte given is not a megabyte repeated. Text that needs none of this is
    /// returned as it is, after one pass over its bytes.
    public static func escaped(_ text: String, as style: Escape = .hex, backslashing: [Unicode.Scalar] = [],
                               cutBeyond limit: Int = .max) -> String {
        let count = text.utf8.count > limit ? text.unicodeScalars.count : 0
        let cut = count > limit
        guard cut || mayNeedEscaping(text, backslashing: backslashing) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let head = limit / 3 * 2, tail = limit - head - 1
        var index = 0
        for scalar in text.unicodeScalars {
            defer { index += 1 }
            if cut, index >= head, index < count - tail {
                if index == head { out += "…" }
                continue
            }
            if isControl(scalar) {
                appendEscape(scalar, as: style, to: &out)
            } else {
                if backslashing.contains(scalar) { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 controls, DEL and the C1 controls: the characters a terminal acts on instead of
    /// showing.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// Whether a UTF-8 byte is a control character or may begin one (every C1 control
    /// starts with the byte 0xC2): false for each byte of a text means it holds none.
    public static func mayBeginControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2
    }

    /// A cheap test on the bytes: false means `escaped` has nothing to change but a cut.
    static func mayNeedEscaping(_ text: String, backslashing: [Unicode.Scalar]) -> Bool {
        if backslashing.isEmpty { return text.utf8.contains(where: mayBeginControl) }
        return text.utf8.contains { mayBeginControl($0) || backslashing.contains(Unicode.Scalar($0)) }
    }

    static func appendEscape(_ scalar: Unicode.Scalar, as style: Escape, to out: inout String) {
        switch style {
        case .space:
            out += " "
        case .unicodeBraces:
            out += "\\u{" + String(scalar.value, radix: 16) + "}"
        case .hex:
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                // Every control is below 0xA0: two digits.
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            }
        }
    }
}
