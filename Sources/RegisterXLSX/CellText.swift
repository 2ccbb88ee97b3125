/// A cell's value as text, as the sheet shows it (near enough for a register's text
/// columns and for messages): strings as they are, whole numbers without `.0`, dates as
/// their month `YYYY-MM`, booleans `TRUE`/`FALSE`. Strings are handed over as the bytes
/// they are stored in, trimmed, so that reading a row makes no `String`.
struct CellTextReader {
    let grid: SheetGrid
    let strings: SharedStrings
    let date1904: Bool

    /// The cell's text without the spaces and line breaks around it, given to `body`.
    func withTrimmedBytes<Result>(_ value: CellValue?, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch value {
        case nil:
            return body(UnsafeBufferPointer(start: nil, count: 0))
        case .shared(let index)?:
            return strings.withString(index) { body(Self.trim($0)) } ?? body(UnsafeBufferPointer(start: nil, count: 0))
        case .text(let start, let end)?, .error(let start, let end)?:
            return grid.withText(start, end) { body(Self.trim($0)) }
        case .number(let number, let isDate)?:
            var text = isDate ? dateText(number) : Self.numberText(number)
            return text.withUTF8(body)
        case .boolean(let value)?:
            var text = value ? "TRUE" : "FALSE"
            return text.withUTF8(body)
        }
    }

    /// The text with the spaces and line breaks around it removed.
    func trimmed(_ value: CellValue?) -> String {
        withTrimmedBytes(value) { String(decoding: $0, as: UTF8.self) }
    }

    static func trim(_ text: String) -> String {
        var text = text
        return text.withUTF8 { String(decoding: trim($0), as: UTF8.self) }
    }

    /// `bytes` without the ASCII spaces, tabs and line breaks around them.
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start ..< end])
    }

    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func numberText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    private func dateText(_ serial: Double) -> String {
        guard let month = CellMonth.month(serial: serial, date1904: date1904) else { return Self.numberText(serial) }
        return month.isoText ?? month.shortText
    }
}
