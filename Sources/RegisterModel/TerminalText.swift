/// Text made safe to show on a terminal: the one place that decides which characters a
/// terminal would act on instead of showing, and how each is shown instead.
///
/// Anything regq shows may quote what it was given — a register cell, a query, a file
/// name — and any of those may hold anything. A control character sent raw could move
/// the cursor, ring the bell, change colour or retitle the window, so every message,
/// result table, chart and listing passes its text through here. The controls are the
/// C0 controls, DEL and the C1 controls (some terminals act on U+009B as on `ESC [`),
/// and the bidirectional embeddings, overrides and isolates, which make a terminal show
/// the text around them in another order (a name could read backwards, or hide what
/// follows it). Data shown (`data`) also has its backslashes doubled, so that a cell
/// holding the four characters `\x1b` cannot pass for an escaped ESC.
public enum TerminalText {
    /// How a control character is shown.
    public enum Escape: Sendable {
        /// `\n`, `\t`, `\r`, else `\x1b` (`\u{202e}` for a bidirectional control):
        /// results, messages and diagnostics.
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

    /// Text from the data — a register cell, a value, a name or file name given — as a
    /// table, a listing or a message shows it: controls escaped and backslashes doubled.
    public static func data(_ text: String, cutBeyond limit: Int = .max) -> String {
        escaped(text, backslashing: ["\\"], cutBeyond: limit)
    }

    /// C0 controls, DEL, the C1 controls and the bidirectional controls: the characters a
    /// terminal acts on instead of showing.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F) || isBidirectionalControl(scalar)
    }

    /// U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates).
    public static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A ... 0x202E).contains(scalar.value) || (0x2066 ... 0x2069).contains(scalar.value)
    }

    /// Whether a UTF-8 byte is a control character or may begin one (every C1 control
    /// starts with the byte 0xC2, every bidirectional control with 0xE2): false for each
    /// byte of a text means it holds none.
    public static func mayBeginControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// A cheap test on the bytes: false means `escaped` has nothing to change but a cut.
    static func mayNeedEscaping(_ text: String, backslashing: [Unicode.Scalar]) -> Bool {
        if backslashing.isEmpty { return text.utf8.contains(where: mayBeginControl) }
        // The characters to backslash are ASCII: one bit each, tested with a shift.
        var low: UInt64 = 0, high: UInt64 = 0
        for scalar in backslashing where scalar.isASCII {
            if scalar.value < 64 { low |= 1 << UInt64(scalar.value) } else { high |= 1 << UInt64(scalar.value - 64) }
        }
        return text.utf8.contains { byte in
            if mayBeginControl(byte) { return true }
            if byte < 64 { return low >> UInt64(byte) & 1 == 1 }
            return byte < 128 && high >> UInt64(byte - 64) & 1 == 1
        }
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
                let hex = String(scalar.value, radix: 16)
                if scalar.value > 0xFF {
                    out += "\\u{" + hex + "}"
                } else {
                    out += "\\x" + (hex.count < 2 ? "0" : "") + hex
                }
            }
        }
    }
}
