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
                    problems.add(place(field), "'\(cells.trimmed(values[field.rawValue]))' is not a month (expected a date, \(Month.typedForms))")
                    bad = true
                }
            }
            if row.isHidden { hiddenRows += 1 }
            checkLists(values, place: place)
            guard !bad, problems.total == 0, let kind else { continue }
            rowCount += 1
            builder.appendKind(kind)
            for (slot, field) in Self.monthFields.enumerated() { builder.appendMonth(months[slot], to: RegisterBuilder.MonthTarget(field)) }
            cells.withTrimmedBytes(values[Field.ref.rawValue]) { builder.appendText($0, to: RegisterBuilder.CellTarget(.ref)) }
            cells.withTrimmedBytes(values[Field.name.rawValue]) { builder.appendText($0, to: RegisterBuilder.CellTarget(.name)) }
            if hasWorkingGroup {
                cells.withTrimmedBytes(values[Field.wg.rawValue]) { builder.appendText($0, to: RegisterBuilder.CellTarget(.wg)) }
            } else {
                Self.append("BPRWG", to: .wg, in: &builder)
            }
            cells.withTrimmedBytes(values[Field.subgroups.rawValue]) { builder.appendText($0, to: RegisterBuilder.CellTarget(.subgroups)) }
            // Status, and a blocker typed into it.
            cells.withTrimmedBytes(values[Field.status.rawValue]) { status in
                builder.appendText(TypedCells.status(status), to: RegisterBuilder.CellTarget(.status))
                cells.withTrimmedBytes(values[Field.blocker.rawValue]) { blocker in
                    builder.appendText(TypedCells.blocker(blocker, status: status), to: RegisterBuilder.CellTarget(.blocker))
                }
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

    /// The list cells of a row, each with a comma named in a warning (a `Blocked- X`
    /// status's blocker too, when the row has no blocker of its own).
    private mutating func checkLists(_ values: [CellValue?], place: (Field) -> String) {
        for (field, one) in TypedCells.listFields {
            // The blocker as the register keeps it: the row's own, else one typed into its status.
            let (elements, cellField) = cells.withTrimmedBytes(values[field.rawValue]) { cell -> ([String], Field) in
                guard field == .blocker, cell.isEmpty else { return (TypedCells.elementsWithComma(cell), field) }
                return cells.withTrimmedBytes(values[Field.status.rawValue]) { (TypedCells.elementsWithComma(TypedCells.blocker(cell, status: $0)), .status) }
            }
            for element in elements {
                commaCount += 1
                if commaCells.count < TypedCells.namedCommaCells { commaCells.append("\(place(cellField)): " + TypedCells.commaWarning(element, one: one)) }
            }
        }
    }

    /// A month cell's month: a date cell's, or typed text's; TBC for a blank (counted
    /// when the sheet has the column); nil for anything else.
    private mutating func month(_ value: CellValue?, counting: Bool) -> Month? {
        if case .number(let serial, true)? = value { return CellMonth.month(serial: serial, date1904: cells.date1904) }
        let names = monthNames
        let (blank, month) = cells.withTrimmedBytes(value) { bytes -> (Bool, Month?) in
            if bytes.isEmpty { return (true, .tbc) }
            return (false, Month.parse(bytes, names: names) ?? Month.parseTyped(bytes))
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
        for cell in commaCells { notes.append("warning: \(cell)") }
        if commaCount > commaCells.count { notes.append("[\(sheet)] … and \(commaCount - commaCells.count) more list cells with commas") }
    }
}
