/// A cell as a register reads it: without the spaces and tabs a spreadsheet or a hand
/// edit leaves around it. Trimmed on the bytes in place (a narrower view of the same
/// buffer), so that the reader's per-cell path makes nothing: a cell with no space at
/// either end costs two byte comparisons.
extension CSVScanner {
    /// Field `index` of the current record without the spaces and tabs around it.
    @inline(__always)
    func cell(_ index: Int, in input: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        CellTrimming.trimmed(field(index, in: input))
    }

    /// The trimmed cell as a string, for messages and the header.
    func cellString(_ index: Int, in input: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: cell(index, in: input), as: UTF8.self)
    }

    /// Whether every cell of the current record is empty once trimmed: a spreadsheet's
    /// empty row (`,,,,,,,,,`), which holds nothing to read.
    func isEmptyRecord(in input: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0 ..< fieldCount where !cell(index, in: input).isEmpty { return false }
        return true
    }
}

enum CellTrimming {
    @inline(__always)
    static func trimmed(_ cell: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let p = cell.baseAddress, cell.count > 0, isSpace(p[0]) || isSpace(p[cell.count - 1]) else { return cell }
        var start = 0, end = cell.count
        while start < end, isSpace(p[start]) { start += 1 }
        while end > start, isSpace(p[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(start: p + start, count: end - start)
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
