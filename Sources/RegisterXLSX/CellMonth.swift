import RegisterModel

/// A month as a workbook gives it: a date cell's serial number (in the workbook's date
/// system), or text typed in one of the forms people type months in.
enum CellMonth {
    /// The month of serial date `serial`: days since 1899-12-30 in the 1900 system (whose
    /// day 60 is Excel's 29 February 1900, which never was), since 1904-01-01 in the 1904 system.
    static func month(serial: Double, date1904: Bool) -> Month? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if date1904 {
            days += 1_462
        } else if days < 61 {
            days += 1
        }
        // Days since 1899-12-30 to a civil date (Howard Hinnant's days_from_civil inverse).
        let z = days - 25_569 + 719_468 // days since 0000-03-01, from 1970-01-01's 25,569
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Month(year: year, month: month)
    }

    /// The month of text typed as `Mon-YY`, `YYYY-MM`, `TBC`, `YYYY-MM-DD` (a time may
    /// follow), `DD/MM/YYYY` (UK order) or `May 2022` (`March 2022`); nil for anything else.
    static func month(text: String) -> Month? {
        if let month = Month(parsing: text) { return month }
        let utf8 = Array(text.utf8)
        if utf8.count >= 10, utf8[4] == 0x2D, utf8[7] == 0x2D,
           let year = number(utf8[0 ..< 4]), let month = number(utf8[5 ..< 7]), let day = number(utf8[8 ..< 10]),
           utf8.count == 10 || utf8[10] == 0x54 || utf8[10] == 0x20 {
            return valid(year: year, month: month, day: day)
        }
        let slashParts = text.split(separator: "/", omittingEmptySubsequences: false)
        if slashParts.count == 3, let day = Int(slashParts[0]), let month = Int(slashParts[1]),
           slashParts[2].count == 4, let year = Int(slashParts[2]) {
            return valid(year: year, month: month, day: day)
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        if words.count == 2, words[1].count == 4, let year = Int(words[1]), let month = monthNumber(words[0]) {
            return Month(year: year, month: month)
        }
        return nil
    }

    private static func valid(year: Int, month: Int, day: Int) -> Month? {
        guard (1 ... 12).contains(month), (1 ... 31).contains(day), year >= 1 else { return nil }
        return Month(year: year, month: month)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// `May`, `may`, `March`, `Sept`: a month's name, whole or shortened to three letters or more.
    private static func monthNumber(_ word: Substring) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        return fullNames.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }

    private static let fullNames = ["january", "february", "march", "april", "may", "june", "july",
                                    "august", "september", "october", "november", "december"]
}
