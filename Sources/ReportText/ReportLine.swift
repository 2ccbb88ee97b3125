/// One line of a report's text as the slides' extraction gave it: its words, and whether
/// it ends in a space.
///
/// The extraction writes a space at the end of a line where a cell was wrapped onto the
/// next line (`Blocked- Interface ⏎ Approach`), and sometimes where a cell simply ends. A
/// line break with no space before it is therefore always a break between cells: the one
/// mark of the layout a reader can trust without knowing the values.
struct ReportLine: Sendable {
    /// 1-based, as messages name it.
    let number: Int
    let text: String
    /// The words, as slices of `text` (so that a cell keeps the spacing printed inside it).
    let words: [Substring]
    let endsWithSpace: Bool

    init(number: Int, text: String) {
        self.number = number
        self.text = text
        words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        endsWithSpace = text.last == " " || text.last == "\t"
    }

    var isBlank: Bool { words.isEmpty }

    /// The text from the first word to the last, spaces inside kept.
    var trimmed: String {
        guard let first = words.first, let last = words.last else { return "" }
        return String(text[first.startIndex ..< last.endIndex])
    }

    /// The words joined by one space: how a line is compared with a value.
    var key: String { words.joined(separator: " ") }

    /// A page number: a line of digits alone.
    var isPageNumber: Bool { words.count == 1 && words[0].allSatisfy(\.isASCIIDigit) }

    /// The lines of a text: LF or CRLF ends a line; a BOM at the start is passed over.
    static func lines(of text: String) -> [ReportLine] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body.removeFirst() }
        // "\r\n" is one Character: a line ends at either.
        return body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated().map { index, line in
            ReportLine(number: index + 1, text: String(line))
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
