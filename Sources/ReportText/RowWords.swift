/// The words of one row's cells in reading order (its references and months taken off),
/// each with what separates it from the word before: nothing but spaces, a line break
/// after a space (a wrapped cell, or a cell ending), or a bare line break (always a break
/// between cells).
struct RowWords {
    enum Break: Equatable {
        case none, soft, hard
    }

    struct Word {
        let text: Substring
        let line: ReportLine
        let breakBefore: Break
    }

    let words: [Word]
    /// How many bare line breaks, and how many `Blocked-` marks, come before each word:
    /// whether a range can be one cell, in one step.
    private let hardBreaksBefore: [Int]
    private let markersBefore: [Int]

    /// The words of `lines` (each line's words of the row's cells: the first line's may
    /// start after the row's references, the last line's end before its months).
    /// `wrapsMarked`: whether the text ends wrapped lines with a space; where it does not,
    /// every line break may be a wrap, and none is bare.
    init(lines: [(line: ReportLine, words: ArraySlice<Substring>)], wrapsMarked: Bool) {
        var words: [Word] = []
        var previous: ReportLine?
        for (line, lineWords) in lines {
            for (index, word) in lineWords.enumerated() {
                let breakBefore: Break
                if index > 0 || words.isEmpty { breakBefore = .none }
                else { breakBefore = previous?.endsWithSpace == true || !wrapsMarked ? .soft : .hard }
                words.append(Word(text: word, line: line, breakBefore: breakBefore))
            }
            if !lineWords.isEmpty { previous = line }
        }
        self.words = words
        var breaks = [0], markers = [0]
        for word in words {
            breaks.append(breaks.last! + (word.breakBefore == .hard ? 1 : 0))
            markers.append(markers.last! + (word.text == Self.blockedMarker ? 1 : 0))
        }
        hardBreaksBefore = breaks
        markersBefore = markers
    }

    var count: Int { words.count }

    /// The word `Blocked-`: the status `Blocked`, its blocker after it.
    static let blockedMarker = "Blocked-"

    func isBlockedMarker(_ index: Int) -> Bool { words[index].text == Self.blockedMarker }

    /// Whether a bare line break (a break between cells) comes inside `range`.
    func holdsBareBreak(_ range: Range<Int>) -> Bool {
        hardBreaksBefore[range.upperBound] - hardBreaksBefore[range.lowerBound + 1] > 0
    }

    /// Whether `range` holds the `Blocked-` mark.
    func holdsBlockedMarker(_ range: Range<Int>) -> Bool {
        markersBefore[range.upperBound] - markersBefore[range.lowerBound] > 0
    }

    /// The words of `range` joined by one space, as known values are compared.
    func key(_ range: Range<Int>) -> String {
        words[range].map(\.text).joined(separator: " ")
    }

    /// The cell's text as printed: the spaces inside a line kept (`Request Disconnection
    /// (D0132)` has two), the lines of a wrapped cell joined by one space.
    func text(_ range: Range<Int>) -> String {
        var pieces: [String] = []
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start + 1
            while end < range.upperBound && words[end].breakBefore == .none { end += 1 }
            let line = words[start].line.text
            pieces.append(String(line[words[start].text.startIndex ..< words[end - 1].text.endIndex]))
            start = end
        }
        return pieces.joined(separator: " ")
    }

    /// Every word, as one line of text for a message.
    var allText: String { text(0 ..< count) }
}
