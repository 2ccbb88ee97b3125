/// Reads a worksheet part into a `SheetGrid` as it streams: `<row r= hidden=>`, `<c r= t= s=>`
/// with its `<v>` or inline `<is><t>`, formulas' cached values (the formula text itself
/// is passed over), and `<mergeCell ref=>`. Cell references may skip columns and rows; a
/// cell without one follows the cell before it.
struct SheetReader: XMLEvents {
    /// Cells further right than this are passed over: a register's columns are near the left.
    static let widestColumn = 1_024
    /// More cells than this is no register (Excel's own limit is far beyond any use).
    static let cellLimit = 50_000_000
    /// Merged ranges beyond this many are refused.
    static let mergedLimit = 1_000_000

    private(set) var grid = SheetGrid()
    private let styles: CellStyles
    private let part: String

    private var rowNumber = 0
    private var column = 0
    private var cellType: CellType = .number
    private var cellStyle = 0
    private var inValue = false
    private var inInlineText = false
    private var phoneticDepth = 0
    private var value: [UInt8] = []
    private var hasValue = false

    private enum CellType { case number, shared, inline, string, boolean, error, date }

    init(styles: CellStyles, part: String) {
        self.styles = styles
        self.part = part
    }

    mutating func start(_ name: XMLName, _ attributes: XMLAttributes, selfClosing: Bool) throws(WorkbookFailure) {
        if name.is("c") {
            var reference: UnsafeBufferPointer<UInt8>?, type: UnsafeBufferPointer<UInt8>?, style: UnsafeBufferPointer<UInt8>?
            attributes.forEach { name, value in
                if name.is("r") { reference = value } else if name.is("t") { type = value } else if name.is("s") { style = value }
            }
            if let reference {
                guard let cell = CellReference(reference) else { throw beyond(XMLText.decodedString(reference)) }
                column = cell.column
                if let row = cell.row, row != rowNumber { try startRow(row, hidden: false) }
            } else {
                column += 1
            }
            cellType = Self.cellType(type)
            cellStyle = style.flatMap(Self.integer) ?? 0
            value.removeAll(keepingCapacity: true)
            hasValue = false
        } else if name.is("v") {
            inValue = true
        } else if name.is("t") {
            inInlineText = phoneticDepth == 0
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("row") {
            let number = attributes.value("r").flatMap(Self.integer) ?? rowNumber + 1
            guard number > 0, number <= CellReference.lastRow else { throw beyond("row \(number)") }
            let hidden = attributes.value("hidden").map { $0.count == 1 && $0[0] == 0x31 || XMLText.decodedString($0) == "true" } ?? false
            try startRow(number, hidden: hidden)
        } else if name.is("mergeCell"), let reference = attributes.value("ref"), let range = MergedRange(reference) {
            guard grid.merged.count < Self.mergedLimit else { throw .malformed("\(part) has more than \(Self.mergedLimit) merged ranges") }
            grid.merged.append(range)
        }
    }

    mutating func end(_ name: XMLName) throws(WorkbookFailure) {
        if name.is("v") {
            inValue = false
        } else if name.is("t") {
            inInlineText = false
        } else if name.is("rPh") {
            phoneticDepth = max(0, phoneticDepth - 1)
        } else if name.is("c") {
            try finishCell()
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCData: Bool) {
        let wanted = cellType == .inline ? inInlineText : inValue
        guard wanted else { return }
        hasValue = true
        if isCData { value.append(contentsOf: bytes) } else { XMLText.appendDecoded(bytes, to: &value) }
    }

    // MARK: Rows and cells

    private mutating func startRow(_ number: Int, hidden: Bool) throws(WorkbookFailure) {
        if let last = grid.rows.last, last.number == number { return }
        guard grid.rows.last.map({ $0.number < number }) ?? true else {
            throw .malformed("\(part) lists row \(number) after row \(grid.rows.last!.number)")
        }
        rowNumber = number
        column = 0
        grid.rows.append(SheetGrid.Row(number: number, isHidden: hidden, firstCell: grid.cells.count))
    }

    private mutating func finishCell() throws(WorkbookFailure) {
        guard hasValue, column <= Self.widestColumn else { return }
        if grid.rows.isEmpty { try startRow(max(rowNumber, 1), hidden: false) }
        guard grid.cells.count < Self.cellLimit else { throw .malformed("\(part) has more than \(Self.cellLimit) cells") }
        let cell: CellValue?
        switch cellType {
        case .shared:
            cell = value.withUnsafeBufferPointer(Self.integer).map { .shared($0) }
        case .inline, .string, .date:
            XMLText.unescapeOffice(&value, from: 0)
            cell = storeText(as: { .text(start: $0, end: $1) })
        case .error:
            cell = storeText(as: { .error(start: $0, end: $1) })
        case .boolean:
            cell = .boolean(value.first == 0x31)
        case .number:
            // Whole numbers (serial dates among them) without making a string.
            let number = value.withUnsafeBufferPointer(Self.integer).map(Double.init) ?? Double(String(decoding: value, as: UTF8.self))
            cell = number.map { .number($0, isDate: styles.isDate(style: cellStyle)) }
        }
        guard let cell else { return }
        grid.cells.append(SheetGrid.Cell(column: Int32(column), value: cell))
    }

    private mutating func storeText(as make: (Int32, Int32) -> CellValue) -> CellValue? {
        let start = grid.text.count
        grid.text.append(contentsOf: value)
        guard grid.text.count <= Int(Int32.max) else { return nil }
        return make(Int32(start), Int32(grid.text.count))
    }

    private func beyond(_ what: String) -> WorkbookFailure {
        .malformed("\(part) has a cell at \(what), beyond a sheet's last row (\(CellReference.lastRow)) or column (XFD)")
    }

    private static func cellType(_ type: UnsafeBufferPointer<UInt8>?) -> CellType {
        guard let type else { return .number }
        switch XMLName(bytes: type) {
        case let name where name.is("s"): return .shared
        case let name where name.is("inlineStr"): return .inline
        case let name where name.is("str"): return .string
        case let name where name.is("b"): return .boolean
        case let name where name.is("e"): return .error
        case let name where name.is("d"): return .date
        default: return .number
        }
    }

    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count < 19 else { return nil }
        var result = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            result = result * 10 + Int(byte - 0x30)
        }
        return result
    }
}
