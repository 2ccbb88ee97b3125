import RegisterModel

/// How a report prints its forecast months: three at the end of a row, each `Mon-YY` or
/// `TBC`, and how a garbled one (`Mayy-22`) is told from a word of a name.
enum ReportMonths {
    /// The three months a line ends with, when its last three words are months: the mark
    /// of a row's end.
    static func ending(_ line: ReportLine) -> [Month]? {
        guard line.words.count >= 3 else { return nil }
        let months = line.words.suffix(3).compactMap { Month(parsing: $0) }
        return months.count == 3 ? months : nil
    }

    /// A word among a line's last three shaped as a month (`Mayy-22`, `Apr-2`) that is not
    /// one, when another of them is a month: a garbled forecast, never part of a name.
    static func garbled(_ line: ReportLine) -> Substring? {
        let last = line.words.suffix(3)
        guard last.contains(where: { Month(parsing: $0) != nil }) else { return nil }
        return last.first { Month(parsing: $0) == nil && looksLikeMonth($0) }
    }

    /// Letters, a hyphen, digits: `Mayy-22`, `Sept-2022`.
    static func looksLikeMonth(_ word: Substring) -> Bool {
        guard let hyphen = word.firstIndex(of: "-") else { return false }
        let letters = word[..<hyphen], digits = word[word.index(after: hyphen)...]
        return letters.count >= 2 && letters.allSatisfy(\.isLetter) && !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// A month printed inside a row's cells (`Apr-22`), not TBC: a row whose months were
    /// broken over lines, or two rows run together.
    static func isDated(_ word: Substring) -> Bool {
        guard let month = Month(parsing: word) else { return false }
        return !month.isTBC
    }

    /// `Feb` as its month number, for the summary tables' month headings.
    static func number(ofAbbreviation word: Substring) -> Int? {
        Month.abbreviations.firstIndex(of: String(word)).map { $0 + 1 }
    }
}
