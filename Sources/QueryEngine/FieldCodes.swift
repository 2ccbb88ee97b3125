import ColumnStore
import RegisterModel

/// A register field seen as dense integer codes in natural order: group keys, aggregates
/// and sorting work on these and turn them back into values only for the result.
///
/// Codes run from 0 to `cardinality - 1` and compare like the values: kinds BP…TD;
/// text and list elements by their rank in case-insensitive order, equal values sharing
/// a code (so a value is one code even where the register's dictionary holds it more than
/// once: columns of nearly unique names are not de-duplicated when read); months by
/// calendar from the column's earliest, TBC after the latest; and, for lists, "no value"
/// last of all.
final class FieldCodes {
    let field: Field
    private enum Shape { case kind, text, month, list }
    private let shape: Shape
    // The column's arrays, held apart so that the per-row loops read them without copying
    // an enum payload (and retaining its arrays) each time.
    private var kinds: [Kind] = []
    private var months: [Month] = []
    /// Text: a dictionary code per row. Lists: the elements' codes, row after row.
    private var codes: [UInt32] = []
    /// Lists: row `r`'s elements are `codes[offsets[r] ..< offsets[r + 1]]`.
    private var offsets: [UInt32] = []
    private var dictionary = TextDictionary()
    /// Text and lists: each dictionary code's rank.
    private let ranks: [Int32]
    /// Text and lists: each rank's value as shown.
    private let shown: [String]
    /// Text and lists: the ranks under which the rows in question use several spellings.
    let merged: [MergedSpelling]
    /// Months: the earliest ordinal in the column.
    private let firstMonth: Int32
    /// The code of TBC (months) or of "no value" (an empty list); `cardinality - 1`.
    let none: Int64
    let cardinality: Int

    /// The codes of `field`. Text compares exactly (equal values one code), or, with
    /// `comparingAsEquals`, as `=` does: values that differ only in case, spaces and
    /// punctuation are one code, shown in the spelling most of `rows` use (each row
    /// counting `weights[row]` times when given: a streamed aggregate's tally).
    init(_ register: ColumnSet, _ field: Field, comparingAsEquals: Bool = false, rows: [Int32] = [], weights: [Int]? = nil) {
        self.field = field
        var textRanks: TextRanks?
        switch register.column(field) {
        case .kind(let kinds):
            (shape, self.kinds, firstMonth) = (.kind, kinds, 0)
            cardinality = Kind.allCases.count + 1
        case .month(let months):
            (shape, self.months) = (.month, months)
            var low = Int32.max, high = Int32.min
            for month in months where !month.isTBC {
                low = min(low, month.ordinal)
                high = max(high, month.ordinal)
            }
            if low > high { (low, high) = (0, -1) }
            firstMonth = low
            cardinality = Int(high - low) + 2
        case .text(let c):
            (shape, codes, dictionary, firstMonth) = (.text, c.codes, c.dictionary, 0)
            textRanks = !comparingAsEquals ? TextRanks(exact: c.dictionary) : TextRanks(comparingAsEquals: c.dictionary) { use in
                for row in rows { use(c.codes[Int(row)], row, weights?[Int(row)] ?? 1) }
            }
            cardinality = textRanks!.shown.count + 1
        case .list(let c):
            (shape, codes, offsets, dictionary, firstMonth) = (.list, c.codes, c.offsets, c.dictionary, 0)
            textRanks = !comparingAsEquals ? TextRanks(exact: c.dictionary) : TextRanks(comparingAsEquals: c.dictionary) { use in
                for row in rows {
                    let weight = weights?[Int(row)] ?? 1
                    for i in Int(c.offsets[Int(row)]) ..< Int(c.offsets[Int(row) + 1]) { use(c.codes[i], row, weight) }
                }
            }
            cardinality = textRanks!.shown.count + 1
        }
        (ranks, shown, merged) = (textRanks?.ranks ?? [], textRanks?.shown ?? [], textRanks?.merged ?? [])
        none = Int64(cardinality - 1)
    }

    /// `'blocked' and 'BLOCKED' counted as 'Blocked'`: for a note, each rank under which
    /// several spellings were merged; nil when none were.
    var mergeNote: String? {
        MergedSpelling.note(field.name, merged, verb: "counted as")
    }

    /// Calls `body` with each of the row's key codes: one for kind, text and month; a
    /// list's elements, or `none` when empty, so that an artefact never drops out of a
    /// grouping.
    @inline(__always)
    func forEachKey(_ row: Int, _ body: (Int64) -> Void) {
        switch shape {
        case .kind: body(Int64(kinds[row].rawValue))
        case .text: body(Int64(ranks[Int(codes[row])]))
        case .month: body(monthCode(months[row]))
        case .list:
            let start = Int(offsets[row]), end = Int(offsets[row + 1])
            if start == end { body(none) }
            for i in start ..< end { body(Int64(ranks[Int(codes[i])])) }
        }
    }

    /// The row's values for aggregates and sorting: empty text and empty lists give none;
    /// TBC is kept (as `none`; aggregates decide what to do with it).
    func valueCodes(_ row: Int) -> [Int64] {
        switch shape {
        case .kind: return [Int64(kinds[row].rawValue)]
        case .text: return dictionary.isEmpty(codes[row]) ? [] : [Int64(ranks[Int(codes[row])])]
        case .month: return [monthCode(months[row])]
        case .list: return codes[Int(offsets[row]) ..< Int(offsets[row + 1])].map { Int64(ranks[Int($0)]) }
        }
    }

    private func monthCode(_ month: Month) -> Int64 {
        month.isTBC ? none : Int64(month.ordinal - firstMonth)
    }

    func isTBC(_ code: Int64) -> Bool {
        if shape == .month { return code == none }
        return false
    }

    func value(_ code: Int64) -> Value {
        switch shape {
        case .kind: return .kind(Kind(rawValue: UInt8(code))!)
        case .month: return .month(code == none ? .tbc : Month(ordinal: firstMonth + Int32(code)))
        case .text, .list: return code == none ? .null : .text(shown[Int(code)])
        }
    }

    /// The text of a code, for `list(…)`.
    func text(_ code: Int64) -> String {
        value(code).plainText
    }
}
