import RegisterModel

/// Reads the figures of a report's summary tables: the Business Design Artefact Status
/// Report (a row per kind and a Total, six counts then the forecast months), the Key
/// Blocking Issues beneath it, and the Technical Design summary, whose blank cells leave
/// no trace in the text: a row of it with fewer figures than columns cannot be placed,
/// and is named in a note and left out.
///
/// A summary that cannot be read is never a reason to refuse the register: what cannot be
/// placed is a note.
struct SummaryTableReader {
    static let businessTable = "Business Design Artefact Status Report"
    static let blockingTable = "Key Blocking Issues"
    static let blockingHeading = ["Key", "Blocking", "Issues", "No.", "of", "Artefacts", "Blocked"]

    let file: String
    private(set) var figures: [PublishedFigure] = []
    private(set) var notes: [String] = []

    init(file: String) { self.file = file }

    func note(_ line: Int, _ text: String) -> String { "\(file):\(line): \(text)" }

    // MARK: - Business design and key blocking issues

    mutating func readBusiness(page lines: ArraySlice<ReportLine>, title: ReportLine) {
        let content = lines.filter { !$0.isBlank }
        guard let monthsAt = content.firstIndex(where: Self.isMonthHeadings) else {
            notes.append(note(title.number, "no line of forecast months (such as 'Feb Mar Apr Feb Mar Apr') under the business design summary; its figures are left out"))
            return
        }
        let monthLine = content[monthsAt]
        let months = monthLine.words.map { (number: ReportMonths.number(ofAbbreviation: $0)!, heading: String($0)) }
        let columns = PublishedFigure.Measure.businessColumns(months: months)
        var label: [Substring] = []
        var index = monthsAt + 1
        while index < content.count {
            let line = content[index]
            if line.words.prefix(3).map(String.init) == Array(Self.blockingHeading.prefix(3)) {
                readBlocking(content[index...])
                return
            }
            index += 1
            let figures = Self.trailingCounts(line)
            label += line.words.dropLast(figures.count)
            guard !figures.isEmpty else { continue }
            let row = label.joined(separator: " ")
            label = []
            guard figures.count == columns.count else {
                notes.append(note(line.number, "'\(row)' in the business design summary has \(figures.count) figures for \(columns.count) columns; left out"))
                continue
            }
            for (measure, published) in zip(columns, figures) {
                self.figures.append(PublishedFigure(table: Self.businessTable, row: row, measure: measure, published: published, line: line.number))
            }
        }
    }

    /// `Change of Agent- Forecast DAG discussion Feb 17`: the blocker before its hyphen,
    /// the count at the end; a row may wrap.
    mutating func readBlocking(_ lines: ArraySlice<ReportLine>) {
        var heading = Self.blockingHeading[...]
        var words: [Substring] = []
        for line in lines {
            var lineWords = line.words[...]
            while let first = lineWords.first, String(first) == heading.first {
                lineWords = lineWords.dropFirst()
                heading = heading.dropFirst()
            }
            let counts = Self.trailingCounts(line)
            guard counts.count == 1, let count = counts.first else {
                words += lineWords
                continue
            }
            words += lineWords.dropLast()
            let text = words.joined(separator: " ")
            defer { words = [] }
            guard let end = words.firstIndex(where: { $0.count > 1 && $0.hasSuffix("-") }) else {
                notes.append(note(line.number, "cannot tell the blocker in '\(text)' of the key blocking issues (expected 'Blocker- comment'); left out"))
                continue
            }
            let blocker = (words[..<end] + [words[end].dropLast()]).joined(separator: " ")
            figures.append(PublishedFigure(table: Self.blockingTable, row: blocker, measure: .blockedBy(blocker), published: count, line: line.number))
        }
    }

    // MARK: - Technical design

    /// Each row named in a note: its queries are not written, and a row with fewer
    /// figures than columns could not be placed at all.
    mutating func readTechnical(page lines: ArraySlice<ReportLine>, title: ReportLine) {
        let content = lines.filter { !$0.isBlank }
        guard let monthsAt = content.firstIndex(where: Self.isMonthHeadings) else {
            notes.append(note(title.number, "no line of forecast months under the technical design summary; it is left out"))
            return
        }
        let columnCount = 6 + content[monthsAt].words.count
        var label: [Substring] = []
        for line in content[(monthsAt + 1)...] {
            let figures = Self.trailingCounts(line)
            label += line.words.dropLast(figures.count)
            guard !figures.isEmpty else { continue }
            let row = label.joined(separator: " ")
            label = []
            if figures.count < columnCount {
                notes.append(note(line.number, "'\(row)' in the technical design summary: \(figures.count) figures for \(columnCount) columns cannot be placed (a blank cell leaves no trace in the text); left out"))
            } else {
                notes.append(note(line.number, "'\(row)' in the technical design summary: left out (only the business design and key blocking issues figures are written)"))
            }
        }
    }

    // MARK: - Layout

    /// `Feb Mar Apr Feb Mar Apr`: the forecast months' headings, an even number of them.
    static func isMonthHeadings(_ line: ReportLine) -> Bool {
        line.words.count >= 2 && line.words.count.isMultiple(of: 2) && line.words.allSatisfy { ReportMonths.number(ofAbbreviation: $0) != nil }
    }

    /// The whole numbers a line ends with.
    static func trailingCounts(_ line: ReportLine) -> [Int] {
        Array(line.words.reversed().prefix { $0.allSatisfy(\.isASCIIDigit) && $0.count < 7 }.reversed().compactMap { Int($0) })
    }
}
