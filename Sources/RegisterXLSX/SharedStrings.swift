/// The workbook's shared-string table (`xl/sharedStrings.xml`), as Excel and LibreOffice
/// write every text cell: one item per string, a rich-text item's runs joined into one
/// text, its phonetic guides (`rPh`) left out. Held as one array of bytes and the end of
/// each string in it, not a `String` apiece.
struct SharedStrings: XMLEvents {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int] = []
    private var inItem = false
    private var itemStart = 0
    private var inText = false
    private var phoneticDepth = 0

    var count: Int { ends.count }

    /// The `index`th string's bytes, given to `body`; nil when there is no such string.
    func withString<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start ..< ends[index]])) }
    }

    mutating func start(_ name: XMLName, _ attributes: XMLAttributes, selfClosing: Bool) {
        if name.is("si") {
            inItem = true
            itemStart = bytes.count
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("t") {
            inText = inItem && phoneticDepth == 0
        }
    }

    mutating func end(_ name: XMLName) {
        if name.is("si") {
            inItem = false
            XMLText.unescapeOffice(&bytes, from: itemStart)
            ends.append(bytes.count)
        } else if name.is("rPh") {
            phoneticDepth = max(0, phoneticDepth - 1)
        } else if name.is("t") {
            inText = false
        }
    }

    mutating func text(_ raw: UnsafeBufferPointer<UInt8>, isCData: Bool) {
        guard inText else { return }
        if isCData { bytes.append(contentsOf: raw) } else { XMLText.appendDecoded(raw, to: &bytes) }
    }
}

/// Which cell styles show a date (`xl/styles.xml`): a cell's `s` is an index into
/// `cellXfs`, each naming a number format, built-in by id or written out in `numFmts`.
/// A number in a date-formatted cell is a serial date; any other number is a number.
struct CellStyles: XMLEvents {
    private(set) var isDate: [Bool] = []
    private var formats: [Int: String] = [:]
    private var inCellFormats = false

    mutating func start(_ name: XMLName, _ attributes: XMLAttributes, selfClosing: Bool) {
        if name.is("numFmt"), let id = attributes.string("numFmtId").flatMap({ Int($0) }) {
            formats[id] = attributes.string("formatCode") ?? ""
        } else if name.is("cellXfs") {
            inCellFormats = true
        } else if name.is("xf"), inCellFormats {
            let id = attributes.string("numFmtId").flatMap { Int($0) } ?? 0
            isDate.append(formats[id].map(Self.isDateFormat) ?? Self.builtInDateFormats.contains(id))
        }
    }

    mutating func end(_ name: XMLName) {
        if name.is("cellXfs") { inCellFormats = false }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCData: Bool) {}

    func isDate(style: Int) -> Bool { style >= 0 && style < isDate.count && isDate[style] }

    /// The built-in number formats that show a date (ECMA-376 §18.8.30, with the East Asian ones).
    static let builtInDateFormats: Set<Int> = Set(14 ... 22).union(27 ... 36).union(45 ... 47).union(50 ... 58)

    /// Whether a format code shows a date: it has a day, month or year part once quoted
    /// text, escaped characters and bracketed parts (colours, locales, elapsed time) are
    /// left out. `mm` in a time (`h:mm`) is minutes: a code with hours or seconds and no
    /// day or year is a time, not a date.
    static func isDateFormat(_ code: String) -> Bool {
        var letters = Set<Character>()
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default: if !inQuotes && !inBrackets { letters.insert(character) }
            }
        }
        let hasDay = letters.contains("d") || letters.contains("y")
        let hasTime = letters.contains("h") || letters.contains("s")
        return hasDay || (letters.contains("m") && !hasTime)
    }
}
