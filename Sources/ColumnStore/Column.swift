import RegisterModel

/// A register column together with its type.
public enum Column: Sendable, Equatable {
    case kind([Kind])
    case text(TextColumn)
    case list(ListColumn)
    case month([Month])

    /// A column of `type` with no rows.
    public static func empty(_ type: FieldType) -> Column {
        switch type {
        case .kind: .kind([])
        case .text: .text(TextColumn())
        case .list: .list(ListColumn())
        case .month: .month([])
        }
    }

    public var count: Int {
        switch self {
        case .kind(let values): values.count
        case .month(let values): values.count
        case .text(let column): column.codes.count
        case .list(let column): column.offsets.count - 1
        }
    }

    /// The cells of `rows`, in that order (dictionaries shared, not copied).
    public func gathering(_ rows: [Int32]) -> Column {
        switch self {
        case .kind(let kinds): return .kind(rows.map { kinds[Int($0)] })
        case .month(let months): return .month(rows.map { months[Int($0)] })
        case .text(let column): return .text(TextColumn(dictionary: column.dictionary, codes: rows.map { column.codes[Int($0)] }))
        case .list(let column):
            var offsets: [UInt32] = [0], codes: [UInt32] = []
            offsets.reserveCapacity(rows.count + 1)
            for row in rows {
                codes += column.codes(row: Int(row))
                offsets.append(UInt32(codes.count))
            }
            return .list(ListColumn(dictionary: column.dictionary, offsets: offsets, codes: codes))
        }
    }
}
