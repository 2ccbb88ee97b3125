/// Text broken into lines no wider than a terminal, for what must be read whole rather
/// than cut: a long value shown vertically, a field's meaning in `.fields`, the names of
/// columns left out of a table.
public enum TextWrap {
    /// `text` (without control characters or line breaks) as lines of at most `width`
    /// columns, broken after a space where one falls in the line, else inside a word.
    /// An empty text is one empty line.
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        if DisplayWidth.of(text) <= width { return [text] }
        var lines: [String] = []
        var line = ""
        var used = 0
        // Where the line could break: the UTF-8 offset just after its last space.
        var lastSpace: Int?
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width, character == " " {
                lines.append(line.trimmingSpaces())
                line = ""
                used = 0
                lastSpace = nil
                continue
            }
            if used + w > width, let space = lastSpace, space > 0 {
                let rest = String(decoding: line.utf8.dropFirst(space), as: UTF8.self)
                lines.append(String(decoding: line.utf8.prefix(space), as: UTF8.self).trimmingSpaces())
                line = rest
                used = DisplayWidth.of(rest)
                lastSpace = nil
            }
            if used + w > width, !line.isEmpty {
                lines.append(line)
                line = ""
                used = 0
                lastSpace = nil
            }
            if line.isEmpty && character == " " && !lines.isEmpty { continue }
            line.append(character)
            used += w
            if character == " " { lastSpace = line.utf8.count }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` wrapped to `width` with every line after the first indented by `indent`
    /// spaces (a hanging indent), joined with line breaks; unwrapped when `width` is nil.
    public static func hanging(_ text: String, indent: Int, width: Int?) -> String {
        guard let width, DisplayWidth.of(text) > width else { return text }
        let first = lines(text, width: width)
        guard first.count > 1 else { return text }
        let head = first[0]
        let rest = String(text.dropFirst(head.count)).drop(while: { $0 == " " })
        let pad = String(repeating: " ", count: min(indent, max(0, width - 1)))
        let body = lines(String(rest), width: width - pad.count).map { pad + $0 }
        return ([head] + body).joined(separator: "\n")
    }
}

extension TextWrap {
    /// A listing (`.help`, `.queries`: lines of a name, two or more spaces, and what it
    /// does) wrapped to `width` at words: a line too wide goes on under the start of its
    /// description; a line of a description alone (indented deeper than a name is) under
    /// its own start; any other two columns in from its start. Unchanged when `width` is
    /// nil (a pipe, a file).
    public static func listing(_ text: String, width: Int?) -> String {
        guard let width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let line = String(line)
            guard DisplayWidth.of(line) > width else { return line }
            return hanging(line, indent: min(continuationIndent(line), max(0, width - 20)), width: width)
        }.joined(separator: "\n")
    }

    /// Where a listing line goes on when wrapped (see `listing`).
    static func continuationIndent(_ line: String) -> Int {
        let start = line.prefix(while: { $0 == " " }).count
        let body = line.dropFirst(start)
        let alone = start > 2 ? start : start + 2
        guard let gap = body.indices.first(where: { body[$0] == " " && body.index(after: $0) < body.endIndex && body[body.index(after: $0)] == " " }) else {
            return alone
        }
        let description = body[gap...].drop(while: { $0 == " " })
        guard !description.isEmpty else { return alone }
        return DisplayWidth.of(String(line[..<description.startIndex]))
    }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
