import RegisterModel

/// Register text made safe for HTML and SVG: the one escaping every page and chart uses,
/// so that a name holding `<script>`, `<img onerror=…>`, `</table>` or quotes shows as
/// that text and nothing in the data is ever read as markup.
public enum HTMLEscaping {
    /// Text for an element's content (HTML or SVG `<text>`, `<title>`, `<desc>`): `&`, `<`
    /// and `>` escaped, and the characters a reader cannot see (controls, bidirectional
    /// overrides) shown as `\u{…}`.
    public static func text(_ text: String) -> String {
        escaped(text, quotes: false)
    }

    /// Text for an attribute's value in double quotes: as `text`, quotes escaped too.
    public static func attribute(_ text: String) -> String {
        escaped(text, quotes: true)
    }

    static func escaped(_ text: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if TerminalText.isControl(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
