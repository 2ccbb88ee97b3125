import RegisterModel

/// Cells as a person types them into a spreadsheet, read the same from a CSV export and
/// from a workbook: a status `Blocked- Change of Agent` is status `Blocked` blocked by
/// `Change of Agent` (when the row names no blocker of its own); a comma in a list cell
/// separates nothing, and is named in a warning. (List cells split at `;` and at line
/// breaks, in the column builder.)
public enum TypedCells {
    /// The status a `Blocked- X` cell stands for.
    nonisolated(unsafe) public static let blocked: UnsafeBufferPointer<UInt8> = {
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 7)
        _ = bytes.initialize(from: "Blocked".utf8)
        return UnsafeBufferPointer(bytes)
    }()

    /// Where the blocker is in a status typed `Blocked- X` (any case; spaces around the
    /// dash or none; `:` or an en dash for the dash), nil for any other status.
    @inline(__always)
    public static func typedBlocker(inStatus bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard bytes.count > 8, bytes[0] | 0x20 == 0x62 else { return nil } // b
        return blockerAfterWord(bytes)
    }

    private static func blockerAfterWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let word = "blocked".utf8
        guard zip(bytes, word).allSatisfy({ $0 | 0x20 == $1 }) else { return nil }
        var index = word.count
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        if index < bytes.count, bytes[index] == 0x2D || bytes[index] == 0x3A {
            index += 1
        } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 {
            index += 3
        } else {
            return nil
        }
        var end = bytes.count
        while index < end, bytes[index] == 0x20 { index += 1 }
        while end > index, bytes[end - 1] == 0x20 { end -= 1 }
        return index < end ? index ..< end : nil
    }

    /// The status cell as the register keeps it: `Blocked` for `Blocked- X`.
    @inline(__always)
    public static func status(_ status: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        typedBlocker(inStatus: status) == nil ? status : blocked
    }

    /// The blocker cell as the register keeps it: the row's own, else one typed into its status.
    @inline(__always)
    public static func blocker(_ blocker: UnsafeBufferPointer<UInt8>, status: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard blocker.isEmpty, let range = typedBlocker(inStatus: status) else { return blocker }
        return UnsafeBufferPointer(rebasing: status[range])
    }

    /// A text or list cell of `field` as the register keeps it, given the row's status cell.
    @inline(__always)
    public static func kept(_ field: Field, _ cell: UnsafeBufferPointer<UInt8>,
                            statusCell: @autoclosure () -> UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        switch field {
        case .status: status(cell)
        case .blocker: blocker(cell, status: statusCell())
        default: cell
        }
    }

    /// The list fields, each with what one of its elements is called in a warning.
    public static let listFields: [(field: Field, element: String)] = [(.ref, "reference"), (.subgroups, "sub-group"), (.blocker, "blocker")]

    /// The elements of a list cell that hold a comma, trimmed; none for most cells, found
    /// without making a string.
    @inline(__always)
    public static func elementsWithComma(_ cell: UnsafeBufferPointer<UInt8>) -> [String] {
        guard cell.contains(0x2C) else { return [] }
        return String(decoding: cell, as: UTF8.self)
            .split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { $0.trimmingSpaces }
            .filter { $0.contains(",") }
    }

    /// The warning for an element with a comma, after its place.
    public static func commaWarning(_ element: String, one: String) -> String {
        "'\(element)' read as one \(one) (a comma does not separate; use ';' or a line break)"
    }

    /// At most this many list cells with commas are named in warnings; the rest are counted.
    public static let namedCommaCells = 5
}

private extension Substring {
    var trimmingSpaces: String {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
