import Register

/// A register field seen as dense integer codes in natural order: group keys, aggregates
/// and sorting work on these and turn them back into values only for the result.
///
/// Codes run from 0 to `cardinality - 1` and compare like the values: kinds BP…TD;
/// text and list elements by their rank in case-insensitive order, equal values sharing
/// a code (so a value is one code even where the register's dictionary holds it more than
/// once: columns of nearly unique names are not de-duplicated when read); months by
/// calendar from the column's earliest, TBC after the latest; and, for lists, "no value"
/// last of all.
struct FieldCodes {
    let field: Field
    private let column: Column
    /// Text and lists: each dictionary code's rank.
    private let ranks: [Int32]
    /// Text and lists: for each rank, a dictionary code that holds its value.
    private let representatives: [UInt32]
    /// Months: the earliest ordinal in the column.
    private let firstMonth: Int32
    /// The code of TBC (months) or of "no value" (an empty list); `cardinality - 1`.
    let none: Int64
    let cardinality: Int

    init(_ register: Register, _ field: Field) {
        self.field = field
        self.column = register.column(field)
        switch column {
        case .kind:
            (ranks, representatives, firstMonth) = ([], [], 0)
            cardinality = Kind.allCases.count + 1
        case .month(let months):
            var low = Int32.max, high = Int32.min
            for month in months where !month.isTBC {
                low = min(low, month.ordinal)
                high = max(high, month.ordinal)
            }
            if low > high { (low, high) = (0, -1) }
            (ranks, representatives, firstMonth) = ([], [], low)
            cardinality = Int(high - low) + 2
        case .text(let c):
            (ranks, representatives) = Self.rank(c.dictionary)
            firstMonth = 0
            cardinality = representatives.count + 1
        case .list(let c):
            (ranks, representatives) = Self.rank(c.dictionary)
            firstMonth = 0
            cardinality = representatives.count + 1
        }
        none = Int64(cardinality - 1)
    }

    private static func rank(_ dictionary: TextDictionary) -> ([Int32], [UInt32]) {
        let values = dictionary.values
        let order = values.indices.sorted { textPrecedes(values[$0], values[$1]) }
        var ranks = [Int32](repeating: 0, count: values.count)
        var representatives: [UInt32] = []
        for (position, code) in order.enumerated() {
            if position == 0 || values[order[position - 1]] != values[code] { representatives.append(UInt32(code)) }
            ranks[code] = Int32(representatives.count - 1)
        }
        return (ranks, representatives)
    }

    /// Calls `body` with each of the row's key codes: one for kind, text and month; a
    /// list's elements, or `none` when empty, so that an artefact never drops out of a
    /// grouping.
    @inline(__always)
    func forEachKey(_ row: Int, _ body: (Int64) -> Void) {
        switch column {
        case .kind(let kinds): body(Int64(kinds[row].rawValue))
        case .text(let c): body(Int64(ranks[Int(c.codes[row])]))
        case .month(let months): body(monthCode(months[row]))
        case .list(let c):
            let start = Int(c.offsets[row]), end = Int(c.offsets[row + 1])
            if start == end { body(none) }
            for i in start ..< end { body(Int64(ranks[Int(c.codes[i])])) }
        }
    }

    /// The row's values for aggregates and sorting: empty text and empty lists give none;
    /// TBC is kept (as `none`; aggregates decide what to do with it).
    func valueCodes(_ row: Int) -> [Int64] {
        switch column {
        case .kind(let kinds): return [Int64(kinds[row].rawValue)]
        case .text(let c): return c.dictionary.isEmpty(c.codes[row]) ? [] : [Int64(ranks[Int(c.codes[row])])]
        case .month(let months): return [monthCode(months[row])]
        case .list(let c): return c.codes(row: row).map { Int64(ranks[Int($0)]) }
        }
    }

    private func monthCode(_ month: Month) -> Int64 {
        month.isTBC ? none : Int64(month.ordinal - firstMonth)
    }

    func isTBC(_ code: Int64) -> Bool {
        if case .month = column { return code == none }
        return false
    }

    func value(_ code: Int64) -> Value {
        switch column {
        case .kind: return .kind(Kind(rawValue: UInt8(code))!)
        case .month: return .month(code == none ? .tbc : Month(ordinal: firstMonth + Int32(code)))
        case .text(let c): return code == none ? .null : .text(c.dictionary[representatives[Int(code)]])
        case .list(let c): return code == none ? .null : .text(c.dictionary[representatives[Int(code)]])
        }
    }

    /// The text of a code, for `list(…)`.
    func text(_ code: Int64) -> String {
        switch value(code) {
        case .kind(let k): k.code
        case .text(let t): t
        case .month(let m): m.shortText
        default: ""
        }
    }
}
