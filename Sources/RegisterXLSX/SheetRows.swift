import ColumnStore
import RegisterCSV
import RegisterModel

/// Problems found in a workbook, listed up to the reader's cap and counted beyond it.
struct WorkbookProblems {
    private(set) var listed: [RegisterProblem] = []
    private(set) var total = 0

    mutating func add(_ place: @autoclosure () -> String, _ message: @autoclosure () -> String) {
        total += 1
        if listed.count < RegisterReader.problemCap { listed.append(RegisterProblem(place: place(), message: message())) }
    }
}

/// The register rows of one sheet, each cell read as a person typed it: a status
/// `Blocked- X` is `Blocked` blocked by X; list cells split at `;` and line breaks; months
/// from date cells or text; merged cells fill every row they cover; what the sheet lacks
/// derived (`kind`, `wg`) or left empty. Problems are named by sheet, row and heading.
struct SheetRows {
    let sheet: String
    let grid: SheetGrid
    let layout: SheetLayout
    let cells: CellTextReader

    /// What reading the sheet assumed, for the notes (each without the file's name).
    private(set) var notes: [String] = []
    private(set) var rowCount = 0
    private var hiddenRows = 0
    private var blankMonths = 0
    private var commaCells: [String] = []
    private var commaCount = 0
    private let monthNames = Month.NameTable()

    /// At most this many cells with commas in a list are named; the rest are counted.
    static let namedCommaCells = 5
    /// Cells filled from merged ranges, at most (ranges that overlap could ask for more).
    static let mergedFillLimit = 20_000_000

    init(sheet: String, grid: SheetGrid, layout: SheetLayout, cells: CellTextReader) {
        self.sheet = sheet
        self.grid = grid
        self.layout = layout
        self.cells = cells
    }

    mutating func read(into builder: inout RegisterBuilder, problems: inout WorkbookProblems) throws(WorkbookFailure) {
        let fills = try mergedFills()
        let sheetKind = KindInference.kind(title: sheet) ?? KindInference.kind(title: layout.title)
        if layout.headerRow > 1 { notes.append("[\(sheet)] header found on row \(layout.headerRow)") }
        noteDerivedColumns(sheetKind: sheetKind)
        // Each column's field, by column number: looked up per cell, not per field.
        var fieldAt = [Field?](repeating: nil, count: (layout.columns.values.map(\.column).max() ?? 0) + 1)
        for (field, column) in layout.columns { fieldAt[column.column] = field }
        let hasKind = layout.columns[.kind] != nil, hasWorkingGroup = layout.columns[.wg] != nil
        var values = [CellValue?](repeating: nil, count: Field.allCases.count)
        var months = [Month](repeating: .tbc, count: Self.monthFields.count)
        for index in grid.rows.indices where index > layout.headerIndex {
            for slot in values.indices { values[slot] = nil }
            var hasText = false
            for cell in grid.cells(of: index) where Int(cell.column) < fieldAt.count {
                guard let field = fieldAt[Int(cell.column)] else { continue }
                values[field.rawValue] = cell.value
                if !hasText { hasText = cells.withTrimmedBytes(cell.value) { !$0.isEmpty } }
            }
            // A row whose own register cells are all empty is no artefact, whatever a merge covers.
            guard hasText else { continue }
            if let filled = fills[index] {
                for (field, value) in filled where values[field.rawValue] == nil { values[field.rawValue] = value }
            }
            let row = grid.rows[index]
            let sheet = self.sheet, columns = layout.columns
            let place = { (field: Field) in "[\(sheet)] row \(row.number), \(columns[field]?.heading ?? field.name)" }
            var bad = false

            let kind: Kind?
            if hasKind {
                kind = cells.withTrimmedBytes(values[Field.kind.rawValue]) { Kind(bytes: $0) ?? KindInference.kind(cell: String(decoding: $0, as: UTF8.self)) }
                if kind == nil {
                    problems.add(place(.kind), "'\(cells.trimmed(values[Field.kind.rawValue]))' is not a kind (expected \(Kind.codeList))")
                    bad = true
                }
            } else {
                kind = cells.withTrimmedBytes(values[Field.ref.rawValue]) { KindInference.kind(reference: $0) } ?? sheetKind
                if kind == nil {
                    problems.add("[\(sheet)] row \(row.number)", "no kind: the sheet has no kind column, its references no known prefix and its name or title no kind of artefact")
                    bad = true
                }
            }
            if !hasWorkingGroup, kind == .technicalDesign {
                problems.add("[\(sheet)] row \(row.number)", "a technical design artefact needs its working group (a Working Group column)")
                bad = true
            }
            for (slot, field) in Self.monthFields.enumerated() {
                if let month = month(values[field.rawValue], counting: layout.columns[field] != nil) {
                    months[slot] = month
                } else {
                    problems.add(place(field), "'\(cells.trimmed(values[field.rawValue]))' is not a month (expected a date, Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)")
                    bad = true
                }
            }
            if row.isHidden { hiddenRows += 1 }
            guard !bad, problems.total == 0, let kind else {
                checkLists(values, place: place)
                continue
            }
            rowCount += 1
            builder.appendKind(kind)
            for (slot, field) in Self.monthFields.enumerated() { builder.appendMonth(months[slot], to: RegisterBuilder.MonthTarget(field)) }
            appendList(values[Field.ref.rawValue], to: .ref, one: "reference", place: place(.ref), in: &builder)
            cells.withTrimmedBytes(values[Field.name.rawValue]) { builder.appendText($0, to: RegisterBuilder.CellTarget(.name)) }
            if hasWorkingGroup {
                cells.withTrimmedBytes(values[Field.wg.rawValue]) { builder.appendText($0, to: RegisterBuilder.CellTarget(.wg)) }
            } else {
                Self.append("BPRWG", to: .wg, in: &builder)
            }
            appendList(values[Field.subgroups.rawValue], to: .subgroups, one: "sub-group", place: place(.subgroups), in: &builder)
            // Status, and a blocker typed into it.
            let typedBlocker = cells.withTrimmedBytes(values[Field.status.rawValue]) { Self.blockedStatus($0) }
            let ownBlocker = cells.withTrimmedBytes(values[Field.blocker.rawValue]) { !$0.isEmpty }
            if let typedBlocker {
                Self.append("Blocked", to: .status, in: &builder)
                if ownBlocker {
                    appendList(values[Field.blocker.rawValue], to: .blocker, one: "blocker", place: place(.blocker), in: &builder)
                } else {
                    appendList(.text(start: 0, end: 0), text: typedBlocker, to: .blocker, one: "blocker", place: place(.status), in: &builder)
                }
            } else {
                cells.withTrimmedBytes(values[Field.status.rawValue]) { builder.appendText($0, to: RegisterBuilder.CellTarget(.status)) }
                appendList(values[Field.blocker.rawValue], to: .blocker, one: "blocker", place: place(.blocker), in: &builder)
            }
        }
        finishNotes()
    }

    private static let monthFields = [Field.sg, .review, .dag]

    // MARK: Cells

    private static func append(_ text: String, to field: Field, in builder: inout RegisterBuilder) {
        var text = text
        text.withUTF8 { builder.appendText($0, to: RegisterBuilder.CellTarget(field)) }
    }

    /// `Blocked- Change of Agent` (any case, spaces around the dash or none; `:` too): the blocker.
    static func blockedStatus(_ status: String) -> String? {
        var status = status
        return status.withUTF8 { blockedStatus($0) }
    }

    static func blockedStatus(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let word = Array("blocked".utf8)
        guard bytes.count > word.count, zip(bytes, word).allSatisfy({ $0 | 0x20 == $1 }) else { return nil }
        var index = word.count
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        // `-`, `:` or an en dash (E2 80 93).
        if index < bytes.count, bytes[index] == 0x2D || bytes[index] == 0x3A {
            index += 1
        } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 {
            index += 3
        } else {
            return nil
        }
        let blocker = CellTextReader.trim(UnsafeBufferPointer(rebasing: bytes[index...]))
        return blocker.isEmpty ? nil : String(decoding: blocker, as: UTF8.self)
    }

    /// A list cell into its column. Its elements are split at `;` (by the builder) and at
    /// line breaks; a comma is kept, but named in a warning: it may have meant two elements.
    /// `text`, when given, stands for the cell's own text.
    private mutating func appendList(_ value: CellValue?, text: String? = nil, to field: Field, one: String,
                                     place: @autoclosure () -> String, in builder: inout RegisterBuilder) {
        let target = RegisterBuilder.CellTarget(field)
        var joined: String?
        if let text {
            joined = listElements(text, one: one, place: place()).joined(separator: ";")
        } else {
            let plain = cells.withTrimmedBytes(value) { bytes -> Bool in
                guard !bytes.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x2C }) else { return false }
                builder.appendText(bytes, to: target)
                return true
            }
            if !plain { joined = listElements(cells.trimmed(value), one: one, place: place()).joined(separator: ";") }
        }
        if var joined { joined.withUTF8 { builder.appendText($0, to: target) } }
    }

    /// The list cells of a row that is not kept, for their warnings all the same.
    private mutating func checkLists(_ values: [CellValue?], place: (Field) -> String) {
        for (field, one) in [(Field.ref, "reference"), (.subgroups, "sub-group"), (.blocker, "blocker")] {
            _ = listElements(cells.trimmed(values[field.rawValue]), one: one, place: place(field))
        }
    }

    /// A list cell's elements: split at `;` and at line breaks, each trimmed, empty ones
    /// dropped; each with a comma named in a warning.
    private mutating func listElements(_ text: String, one: String, place: @autoclosure () -> String) -> [String] {
        guard !text.isEmpty else { return [] }
        let elements = text.split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { CellTextReader.trim(String($0)) }.filter { !$0.isEmpty }
        for element in elements where element.contains(",") {
            commaCount += 1
            if commaCells.count < Self.namedCommaCells { commaCells.append("\(place()): '\(element)' read as one \(one)") }
        }
        return elements
    }

    /// A month cell's month: a date cell's, or typed text's; TBC for a blank (counted
    /// when the sheet has the column); nil for anything else.
    private mutating func month(_ value: CellValue?, counting: Bool) -> Month? {
        if case .number(let serial, true)? = value { return CellMonth.month(serial: serial, date1904: cells.date1904) }
        let names = monthNames
        let (blank, month) = cells.withTrimmedBytes(value) { bytes -> (Bool, Month?) in
            if bytes.isEmpty { return (true, .tbc) }
            return (false, Month.parse(bytes, names: names) ?? CellMonth.month(text: String(decoding: bytes, as: UTF8.self)))
        }
        if blank, counting { blankMonths += 1 }
        return month
    }

    // MARK: Merged ranges

    /// For each row a merged range covers below the header, the values it gives the
    /// register's columns there. Only rows the sheet has are visited: a range over a
    /// million empty rows costs nothing.
    private func mergedFills() throws(WorkbookFailure) -> [Int: [Field: CellValue]] {
        var fills: [Int: [Field: CellValue]] = [:]
        var work = 0
        for range in grid.merged {
            let fields = layout.columns.filter { range.columns.contains($0.value.column) }
            guard !fields.isEmpty else { continue }
            let topIndex = grid.rowIndex(atOrAfter: range.rows.lowerBound)
            guard topIndex < grid.rows.count, grid.rows[topIndex].number == range.rows.lowerBound,
                  let value = grid.value(row: topIndex, column: range.columns.lowerBound) else { continue }
            var index = max(topIndex + 1, layout.headerIndex + 1)
            while index < grid.rows.count, grid.rows[index].number <= range.rows.upperBound {
                for (field, _) in fields { fills[index, default: [:]][field] = value }
                work += fields.count
                guard work <= Self.mergedFillLimit else { throw .malformed("its merged ranges overlap over more than \(Self.mergedFillLimit) cells") }
                index += 1
            }
        }
        return fills
    }

    // MARK: Notes

    private mutating func noteDerivedColumns(sheetKind: Kind?) {
        if layout.columns[.kind] == nil {
            let fromTitle = sheetKind.map { "\($0.code) from the sheet's name or title" }
            if layout.columns[.ref] == nil {
                notes.append("[\(sheet)] no kind column: " + (fromTitle ?? "none in the sheet's name or title"))
            } else {
                notes.append("[\(sheet)] no kind column: kind taken from each row's reference prefix" + (fromTitle.map { ", else " + $0 } ?? ""))
            }
        }
        if layout.columns[.wg] == nil { notes.append("[\(sheet)] no working group column: BPRWG for business design artefacts") }
        if layout.columns[.blocker] == nil { notes.append("[\(sheet)] no blocker column: blockers taken from statuses written 'Blocked- X'") }
        for field in [Field.ref, .subgroups] where layout.columns[field] == nil {
            notes.append("[\(sheet)] no \(field.name) column: left empty")
        }
        for field in [Field.sg, .review, .dag] where layout.columns[field] == nil {
            notes.append("[\(sheet)] no \(field.name) column: TBC")
        }
        if !layout.ignored.isEmpty {
            notes.append("[\(sheet)] columns not register fields, ignored: " + layout.ignored.prefix(5).map { "'\($0)'" }.joined(separator: ", "))
        }
        if !layout.duplicates.isEmpty {
            notes.append("[\(sheet)] columns naming a field a second time, ignored: " + layout.duplicates.map { "'\($0)'" }.joined(separator: ", "))
        }
    }

    private mutating func finishNotes() {
        if hiddenRows > 0 { notes.append("[\(sheet)] \(hiddenRows) hidden row\(hiddenRows == 1 ? "" : "s") read as data") }
        if blankMonths > 0 { notes.append("[\(sheet)] \(blankMonths) blank month cell\(blankMonths == 1 ? "" : "s") read as TBC") }
        for cell in commaCells { notes.append("warning: \(cell) (a comma does not separate; use ';' or a line break)") }
        if commaCount > commaCells.count { notes.append("[\(sheet)] … and \(commaCount - commaCells.count) more list cells with commas") }
    }
}
