/// A pack's page read back as a test reads it: the sections' headings, and a table's
/// cells (found by the start of its caption) as text, unescaped.
struct PackPage {
    let html: String

    /// Every `<h2>`'s text.
    var sections: [String] {
        html.split(separator: "<h2>").dropFirst().map { String($0.prefix { $0 != "<" }) }.map(Self.unescaped)
    }

    /// The body rows of the first table whose caption starts with `caption`, each row's cells.
    func rows(captioned caption: String) -> [[String]]? {
        guard let start = html.range(of: "<caption>" + caption) else { return nil }
        let rest = html[start.upperBound...]
        guard let body = rest.range(of: "<tbody>"), let end = rest.range(of: "</tbody>") else { return nil }
        return rest[body.upperBound ..< end.lowerBound].split(separator: "<tr>").compactMap { row in
            let cells = row.split(separator: "<td", omittingEmptySubsequences: false).dropFirst().map { cell in
                let content = cell.drop { $0 != ">" }.dropFirst()
                return Self.unescaped(Self.text(of: content.prefix(upTo: content.range(of: "</td>")?.lowerBound ?? content.endIndex)))
            }
            return cells.isEmpty ? nil : cells
        }
    }

    /// HTML without its tags.
    static func text(of html: Substring) -> String {
        var text = "", inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text
    }

    static func unescaped(_ text: String) -> String {
        text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&#39;", with: "'").replacing("&amp;", with: "&")
    }

    /// CSV as rows of fields (quoted fields with doubled quotes), the header dropped.
    static func csvRows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").dropFirst().map { line in
            let characters = Array(line)
            var fields: [String] = [], field = "", quoted = false, index = 0
            while index < characters.count {
                let character = characters[index]
                if quoted, character == "\"", index + 1 < characters.count, characters[index + 1] == "\"" {
                    field.append("\"")
                    index += 1
                } else if character == "\"" {
                    quoted.toggle()
                } else if character == ",", !quoted {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(character)
                }
                index += 1
            }
            return fields + [field]
        }
    }
}
