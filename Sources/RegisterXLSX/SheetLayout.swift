import RegisterModel

/// Where a sheet's register is: its header row, found below any title rows, and the
/// column of each field it names. A row is the header when it names at least the name,
/// the status and one month column, by the schema's names or the report's headings
/// (`Field.init(heading:)`); only the first `searchedRows` rows are looked at.
struct SheetLayout {
    static let searchedRows = 20

    /// The header's index among the grid's rows, and its row number in the sheet.
    let headerIndex: Int
    let headerRow: Int
    /// Each field's column, and the heading as the sheet shows it.
    let columns: [Field: (column: Int, heading: String)]
    /// Headings that name no field, and headings naming a field a second time.
    let ignored: [String]
    let duplicates: [String]
    /// The text of the rows above the header (a title, an "as at" line).
    let title: String

    init?(_ grid: SheetGrid, cells: CellTextReader) {
        var found: (index: Int, columns: [Field: (Int, String)], ignored: [String], duplicates: [String])?
        for index in grid.rows.indices where grid.rows[index].number <= Self.searchedRows {
            var columns: [Field: (Int, String)] = [:], ignored: [String] = [], duplicates: [String] = []
            for cell in grid.cells(of: index) {
                let heading = cells.trimmed(cell.value)
                guard !heading.isEmpty else { continue }
                guard let field = Field(heading: heading) else { ignored.append(heading); continue }
                if columns[field] == nil { columns[field] = (Int(cell.column), heading) } else { duplicates.append(heading) }
            }
            let hasMonth = [Field.sg, .review, .dag].contains { columns[$0] != nil }
            if columns[.name] != nil, columns[.status] != nil, hasMonth {
                found = (index, columns, ignored, duplicates)
                break
            }
        }
        guard let found else { return nil }
        headerIndex = found.index
        headerRow = grid.rows[found.index].number
        columns = found.columns.mapValues { (column: $0.0, heading: $0.1) }
        ignored = found.ignored
        duplicates = found.duplicates
        title = (0 ..< found.index).flatMap { grid.cells(of: $0).map { cells.trimmed($0.value) } }.joined(separator: " ")
    }
}
