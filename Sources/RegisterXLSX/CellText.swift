/// A cell's value as text, as the sheet shows it (near enough for a register's text
/// columns and for messages): strings as they are, whole numbers without `.0`, dates as
/// their month `YYYY-MM`, booleans `TRUE`/`FALSE`.
struct CellTextReader {
    let grid: SheetGrid
    let strings: SharedStrings
    let date1904: Bool

    func text(_ value: CellValue) -> String {
        switch value {
        case .shared(let index):
            strings.withString(index) { String(decoding: $0, as: UTF8.self) } ?? ""
        case .text(let start, let end), .error(let start, let end):
            grid.withText(start, end) { String(decoding: $0, as: UTF8.self) }
        case .number(let number, let isDate):
            isDate ? dateText(number) : numberText(number)
        case .boolean(let value):
            value ? "TRUE" : "FALSE"
        }
    }

    /// The text with the spaces and line breaks around it removed.
    func trimmed(_ value: CellValue?) -> String {
        guard let value else { return "" }
        return Self.trim(text(value))
    }

    static func trim(_ text: String) -> String {
        let isBlank: (Character) -> Bool = { $0.isWhitespace }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first ... last])
    }

    private func numberText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    private func dateText(_ serial: Double) -> String {
        guard let month = CellMonth.month(serial: serial, date1904: date1904) else { return numberText(serial) }
        return month.isoText ?? month.shortText
    }
}
