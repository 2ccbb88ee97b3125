import ColumnStore
import QueryLanguage
import RegisterModel

/// One cell of a result.
public enum Value: Hashable, Sendable {
    /// No value: the empty group of a list field, an aggregate over nothing, a pivot's
    /// total row key. `emptyText` in a table (blank in a pivot's total row), null in JSON.
    case null
    case kind(Kind)
    case text(String)
    case list([String])
    case month(Month)
    case integer(Int)
    /// A value that changed between two reports (a `diff` cell): `Apr-22 → Jun-22`.
    indirect case change(from: Value, to: Value)

    /// How an empty value (null, empty text, an empty list) reads wherever regq shows
    /// values to a person: table and markdown cells, group keys, pivot headings, chart
    /// labels, `.fields` and `.values`. One word everywhere, so that a reader never has to
    /// guess what a blank means. The data formats (csv, tsv, json) keep the value itself.
    public static let emptyText = "(none)"

    /// No value, and its type's missing value (`ValueType.missing`: empty text, an empty
    /// list, TBC), sort after every value, in both directions.
    var isMissing: Bool {
        guard let type else { return self == .null }
        switch type.missing {
        case .none: return false
        case .emptyText: return self == .text("")
        case .emptyList: return self == .list([])
        case .tbc: return self == .month(.tbc)
        }
    }

    /// The type of the value; nil for none and for a change.
    var type: ValueType? {
        switch self {
        case .kind: .kind
        case .text: .text
        case .list: .list
        case .month: .month
        case .integer: .integer
        case .null, .change: nil
        }
    }

    /// Natural order of §2.1, as `ValueType.naturalOrder` describes it: kinds BP…TD,
    /// months by calendar, text case-insensitively, numbers numerically. Values of
    /// different types order by type (never compared in practice: a column has one type).
    public static func precedes(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.kind(let x), .kind(let y)): return x < y
        case (.text(let x), .text(let y)): return textPrecedes(x, y)
        case (.month(let x), .month(let y)): return x < y
        case (.integer(let x), .integer(let y)): return x < y
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) where p != q { return textPrecedes(p, q) }
            return x.count < y.count
        // Values of two types (never in one column): by type.
        default: return a.typeRank < b.typeRank
        }
    }

    private var typeRank: Int {
        switch self {
        case .null: 0
        case .kind: 1
        case .text: 2
        case .list: 3
        case .month: 4
        case .integer: 5
        case .change: 6
        }
    }
}

/// Orders two values for `order by`: missing values last whatever the direction.
func orderedBefore(_ a: Value, _ b: Value, descending: Bool) -> Bool? {
    let missingA = a.isMissing, missingB = b.isMissing
    if missingA || missingB {
        if missingA == missingB { return nil }
        return missingB
    }
    if Value.precedes(a, b) { return !descending }
    if Value.precedes(b, a) { return descending }
    return nil
}

extension Value {
    /// The value as `distinct` compares it: text by its equality key, as `=` compares
    /// it; anything else (a list too: its elements as written) as it is.
    var equalityForm: Value {
        switch self {
        case .text(let text): .text(equalityKey(text))
        case .null, .kind, .list, .month, .integer, .change: self
        }
    }

    /// The value as plain text, as a note or `list(…)` names it: list elements `;`-joined,
    /// months as `May-22`, no value empty.
    var plainText: String {
        switch self {
        case .null: ""
        case .kind(let kind): kind.code
        case .text(let text): text
        case .list(let items): items.joined(separator: ";")
        case .month(let month): month.shortText
        case .integer(let number): String(number)
        case .change(let from, let to): from.plainText + " -> " + to.plainText
        }
    }
}
