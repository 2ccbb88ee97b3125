/// An A1-style cell reference (`C7`, `$C$7`): column and row, counted from 1.
struct CellReference: Equatable {
    /// A sheet's last column (XFD) and row.
    static let lastColumn = 16_384
    static let lastRow = 1_048_576

    let column: Int
    /// Nil for a reference with no row (a whole column).
    let row: Int?

    init(column: Int, row: Int?) {
        self.column = column
        self.row = row
    }

    /// Nil for text that is no reference or lies beyond a sheet's last column or row.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0, column = 0, row = 0
        if index < bytes.count, bytes[index] == 0x24 { index += 1 }
        while index < bytes.count, case let letter = bytes[index] | 0x20, letter >= 0x61, letter <= 0x7A {
            column = column * 26 + Int(letter - 0x60)
            guard column <= Self.lastColumn else { return nil }
            index += 1
        }
        if index < bytes.count, bytes[index] == 0x24 { index += 1 }
        let digitsStart = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            row = row * 10 + Int(bytes[index] - 0x30)
            guard row <= Self.lastRow else { return nil }
            index += 1
        }
        guard column > 0, index == bytes.count else { return nil }
        self.column = column
        self.row = index > digitsStart && row > 0 ? row : nil
    }

}

/// A merged range (`A2:A9`): its top-left cell's value stands for every cell it covers.
struct MergedRange {
    let rows: ClosedRange<Int>
    let columns: ClosedRange<Int>

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let colon = bytes.firstIndex(of: 0x3A),
              let first = CellReference(UnsafeBufferPointer(rebasing: bytes[..<colon])),
              let last = CellReference(UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])),
              first.column <= last.column else { return nil }
        let top = first.row ?? 1, bottom = last.row ?? CellReference.lastRow
        guard top <= bottom else { return nil }
        rows = top ... bottom
        columns = first.column ... last.column
    }
}
