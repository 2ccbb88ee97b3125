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
        let monthTargets = [Field.sg, .review, .dag].map { ($0, RegisterBuilder.MonthTarget($0)) }
        for index in grid.rows.indices where index > layout.headerIndex {
            let row = grid.rows[index]
            var values: [Field: String] = [:]
            var raw: [Field: CellValue] = [:]
            for (field, column) in layout.columns {
                if let value = grid.value(row: index, column: column.column) { raw[field] = value }
            }
            // A row whose own register cells are all empty is no artefact, whatever a merge covers.
            guard raw.values.contains(where: { !cells.trimmed($0).isEmpty }) else { continue }
            if let filled = fills[index] { raw.merge(filled) { own, _ in own } }
            for (field, value) in raw { values[field] = cells.trimmed(value) }
            let sheet = self.sheet, columns = layout.columns
            let place = { (field: Field) in "[\(sheet)] row \(row.number), \(columns[field]?.heading ?? field.name)" }
            var bad = false

            // Status, and a blocker typed into it.
            var status = values[.status] ?? ""
            var blocker = values[.blocker] ?? ""
            if let split = Self.blockedStatus(status) {
                status = "Blocked"
                if blocker.isEmpty { blocker = split }
            }
            let refs = listElements(values[.ref] ?? "", one: "reference", place: place(.ref))
            let kind: Kind?
            if layout.columns[.kind] != nil {
                kind = KindInference.kind(cell: values[.kind] ?? "")
                if kind == nil { problems.add(place(.kind), "'\(values[.kind] ?? "")' is not a kind (expected \(Kind.codeList))"); bad = true }
            } else {
                kind = refs.lazy.compactMap(KindInference.kind(reference:)).first ?? sheetKind
                if kind == nil {
                    problems.add("[\(sheet)] row \(row.number)", "no kind: the sheet has no kind column, its references no known prefix and its name or title no kind of artefact")
                    bad = true
                }
            }
            var wg = values[.wg] ?? ""
            if layout.columns[.wg] == nil, let kind {
                if kind == .technicalDesign {
                    problems.add("[\(sheet)] row \(row.number)", "a technical design artefact needs its working group (a Working Group column)")
                    bad = true
                } else {
                    wg = "BPRWG"
                }
            }
            var months: [Month] = []
            for (field, _) in monthTargets {
                guard let value = raw[field] else {
                    months.append(.tbc)
                    if layout.columns[field] != nil { blankMonths += 1 }
                    continue
                }
                if let month = month(value) {
                    months.append(month)
                } else if values[field]!.isEmpty {
                    months.append(.tbc)
                    blankMonths += 1
                } else {
                    problems.add(place(field), "'\(values[field]!)' is not a month (expected a date, Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)")
                    bad = true
                }
            }
            let subgroups = listElements(values[.subgroups] ?? "", one: "sub-group", place: place(.subgroups))
            let blockers = listElements(blocker, one: "blocker", place: place(.blocker))
            guard !bad, problems.total == 0, let kind else { continue }
            if row.isHidden { hiddenRows += 1 }
            rowCount += 1
            builder.appendKind(kind)
            for ((_, target), month) in zip(monthTargets, months) { builder.appendMonth(month, to: target) }
            Self.append(refs.joined(separator: ";"), to: .ref, in: &builder)
            Self.append(values[.name] ?? "", to: .name, in: &builder)
            Self.append(wg, to: .wg, in: &builder)
            Self.append(subgroups.joined(separator: ";"), to: .subgroups, in: &builder)
            Self.append(status, to: .status, in: &builder)
            Self.append(blockers.joined(separator: ";"), to: .blocker, in: &builder)
        }
        finishNotes()
    }

    // MARK: Cells

    private static func append(_ text: String, to field: Field, in builder: inout RegisterBuilder) {
        var text = text
        text.withUTF8 { builder.appendText($0, to: RegisterBuilder.CellTarget(field)) }
    }

    /// `Blocked- Change of Agent` (any case, spaces around the dash or none): the blocker.
    static func blockedStatus(_ status: String) -> String? {
        let lower = status.lowercased()
        guard lower.hasPrefix("blocked") else { return nil }
        let rest = status.dropFirst("blocked".count).drop { $0 == " " }
        guard rest.first == "-" || rest.first == "–" || rest.first == ":" else { return nil }
        let blocker = CellTextReader.trim(String(rest.dropFirst()))
        return blocker.isEmpty ? nil : blocker
    }

    /// A list cell's elements: split at `;` and at line breaks, each trimmed, empty ones
    /// dropped. A comma is kept, but named in a warning: it may have meant two elements.
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

    private func month(_ value: CellValue) -> Month? {
        switch value {
        case .number(let serial, true): CellMonth.month(serial: serial, date1904: cells.date1904)
        default: CellMonth.month(text: cells.trimmed(value))
        }
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
            let fallback = sheetKind.map { ", else \($0.code) from the sheet's name or title" } ?? ""
            notes.append("[\(sheet)] no kind column: kind taken from each row's reference prefix\(fallback)")
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
