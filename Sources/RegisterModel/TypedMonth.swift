/// Months as people type them into a spreadsheet, beyond the register's own `Mon-YY`,
/// `YYYY-MM` and `TBC`: a date (`2022-05-01`, a time may follow; `01/05/2022`, UK order)
/// taken as its month, or a month's name and year (`May 2022`, `March 2022`, `Sept-2022`).
extension Month {
    /// The forms a month cell may take, for messages.
    public static let typedForms = "Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC"

    /// The month of `bytes` in any of `typedForms`; nil for anything else.
    public static func parseTyped(_ bytes: UnsafeBufferPointer<UInt8>) -> Month? {
        if let month = parse(bytes) { return month }
        guard bytes.count >= 8, bytes.count <= 40 else { return nil }
        return Month(typed: String(decoding: bytes, as: UTF8.self))
    }

    /// The month of `text` in any of `typedForms`; nil for anything else.
    public init?(typed text: String) {
        if let month = Month(parsing: text) {
            self = month
            return
        }
        let utf8 = Array(text.utf8)
        if utf8.count >= 10, utf8[4] == 0x2D, utf8[7] == 0x2D,
           let year = Self.number(utf8[0 ..< 4]), let month = Self.number(utf8[5 ..< 7]), let day = Self.number(utf8[8 ..< 10]),
           utf8.count == 10 || utf8[10] == 0x54 || utf8[10] == 0x20 {
            guard let month = Self.valid(year: year, month: month, day: day) else { return nil }
            self = month
            return
        }
        let slashParts = text.split(separator: "/", omittingEmptySubsequences: false)
        if slashParts.count == 3, let day = Int(slashParts[0]), let month = Int(slashParts[1]),
           slashParts[2].count == 4, let year = Int(slashParts[2]) {
            guard let month = Self.valid(year: year, month: month, day: day) else { return nil }
            self = month
            return
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        if words.count == 2, words[1].count == 4, let year = Int(words[1]), let month = Self.monthNumber(words[0]) {
            self.init(year: year, month: month)
            return
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
