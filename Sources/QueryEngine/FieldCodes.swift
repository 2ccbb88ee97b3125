import Register

/// A register field seen as integer codes: group keys, aggregates and sorting work on
/// these and turn them back into values only for the result.
struct FieldCodes {
    let field: Field
    private let column: Column
    /// For text and list columns: each dictionary code's position in case-insensitive order.
    private let ranks: [Int]

    /// The code of "no value": an empty list's group, an empty text.
    static let none: Int64 = -1

    init(_ register: Register, _ field: Field) {
        self.field = field
        self.column = register.column(field)
        switch column {
        case .text(let c): ranks = Self.ranks(c.dictionary.values)
        case .list(let c): ranks = Self.ranks(c.dictionary.values)
        default: ranks = []
        }
    }

    private static func ranks(_ values: [String]) -> [Int] {
        var ranks = [Int](repeating: 0, count: values.count)
        for (rank, code) in values.indices.sorted(by: { textPrecedes(values[$0], values[$1]) }).enumerated() { ranks[code] = rank }
        return ranks
    }

    /// The row's codes: one for kind, text and month; a list's elements, or `[none]` when
    /// empty, so that an artefact never drops out of a grouping.
    func keyCodes(_ row: Int) -> [Int64] {
        switch column {
        case .kind(let kinds): return [Int64(kinds[row].rawValue)]
        case .text(let c): return [Int64(c.codes[row])]
        case .month(let months): return [Int64(months[row].ordinal)]
        case .list(let c):
            let codes = c.codes(row: row)
            return codes.isEmpty ? [Self.none] : codes.map { Int64($0) }
        }
    }

    /// The row's values for aggregates: empty text and empty lists give none; TBC is kept
    /// (aggregates decide what to do with it).
    func valueCodes(_ row: Int) -> [Int64] {
        switch column {
        case .kind(let kinds): return [Int64(kinds[row].rawValue)]
        case .text(let c): return c[row].isEmpty ? [] : [Int64(c.codes[row])]
        case .month(let months): return [Int64(months[row].ordinal)]
        case .list(let c): return c.codes(row: row).map { Int64($0) }
        }
    }

    func isTBC(_ code: Int64) -> Bool {
        if case .month = column { return code == Int64(Month.tbc.ordinal) }
        return false
    }

    /// Sort position of a code in the field's natural order; `none` sorts last.
    func rank(_ code: Int64) -> Int64 {
        if code == Self.none { return .max }
        switch column {
        case .text, .list: return Int64(ranks[Int(code)])
        default: return code
        }
    }

    func value(_ code: Int64) -> Value {
        if code == Self.none { return .null }
        switch column {
        case .kind: return .kind(Kind(rawValue: UInt8(code))!)
        case .text(let c): return .text(c.dictionary[UInt32(code)])
        case .list(let c): return .text(c.dictionary[UInt32(code)])
        case .month: return .month(Month(ordinal: Int32(code)))
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
