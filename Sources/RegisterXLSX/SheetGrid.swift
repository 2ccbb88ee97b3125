/// What a cell holds, as the sheet stores it.
enum CellValue {
    case shared(Int)
    /// An inline or formula string: a range of `SheetGrid.text`.
    case text(start: Int32, end: Int32)
    case number(Double, isDate: Bool)
    case boolean(Bool)
    /// An error value (`#N/A`), by its text.
    case error(start: Int32, end: Int32)
}

/// A sheet's cells, row after row, as its XML streamed past: only the cells that hold a
/// value, each with its column; rows by their number, hidden ones marked; and the merged
/// ranges, which a sheet lists after its data. Flat arrays, not a tree: a 100,000-row
/// sheet is three arrays.
struct SheetGrid {
    struct Row {
        let number: Int
        let isHidden: Bool
        /// Its cells are `cells[firstCell ..< next row's firstCell]`.
        let firstCell: Int
    }

    struct Cell {
        let column: Int32
        let value: CellValue
    }

    var rows: [Row] = []
    var cells: [Cell] = []
    var text: [UInt8] = []
    var merged: [MergedRange] = []

    func cells(of row: Int) -> ArraySlice<Cell> {
        let end = row + 1 < rows.count ? rows[row + 1].firstCell : cells.count
        return cells[rows[row].firstCell ..< end]
    }

    /// The value in `column` of the row at `row`, if any (cells are in column order).
    func value(row: Int, column: Int) -> CellValue? {
        for cell in cells(of: row) where Int(cell.column) == column { return cell.value }
        return nil
    }

    func withText<Result>(_ start: Int32, _ end: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(start) ..< Int(end)])) }
    }

    /// The index of the row numbered `number`, or of the first row after it.
    func rowIndex(atOrAfter number: Int) -> Int {
        var low = 0, high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].number < number { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
