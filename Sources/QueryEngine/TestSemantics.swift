import QueryLanguage
import ColumnStore
import RegisterModel

/// The meaning of each test on one value — the single place where text equality, text
/// order, TBC and patterns are decided, shared by `where` (over register columns) and
/// `having` (over result values).
extension Test {
    /// For a text cell or one element of a list.
    func matches(text: String) -> Bool {
        switch self {
        case .textEquals(let keys): return keys.contains(equalityKey(text))
        case .textOrder(let op, let literal): return Self.holds(op, compareText(text, literal))
        case .contains(let needle): return needle.isFound(in: text)
        case .like(let pattern): return pattern.matches(text)
        case .isEmpty: return text.isEmpty
        default: return false
        }
    }

    /// nil when the month is TBC and the test orders months: TBC is not compared.
    func matches(month: Month) -> Bool? {
        switch self {
        case .monthIn(let months): return months.contains(month)
        case .monthOrder(let op, let literal):
            if month.isTBC { return nil }
            return compare(month, op, literal)
        default: return false
        }
    }

    func matches(kind: Kind) -> Bool {
        if case .kindIn(let kinds) = self { return kinds.contains(kind) }
        return false
    }

    func matches(integer: Int) -> Bool {
        switch self {
        case .integerIn(let values): return values.contains(integer)
        case .integerOrder(let op, let literal): return compare(integer, op, literal)
        default: return false
        }
    }

    /// Whether `op` holds for a three-way comparison result (-1, 0, 1).
    static func holds(_ op: ComparisonOperator, _ order: Int) -> Bool {
        switch op {
        case .equal: order == 0
        case .notEqual: order != 0
        case .less: order < 0
        case .lessEqual: order <= 0
        case .greater: order > 0
        case .greaterEqual: order >= 0
        }
    }
}

/// Whether `op` holds between two values of one ordered type (months, kinds, counts).
func compare<T: Comparable>(_ a: T, _ op: ComparisonOperator, _ b: T) -> Bool {
    Test.holds(op, a < b ? -1 : a == b ? 0 : 1)
}

/// Whether `op` holds between two texts or lists: for some pair of their elements, with
/// equality after normalisation and order ignoring case. Fields compared with fields in
/// `where` and result columns in `having` both come here.
func compare(texts left: [String], _ op: ComparisonOperator, _ right: [String]) -> Bool {
    for p in left {
        for q in right where op == .equal ? equalityKey(p) == equalityKey(q) : Test.holds(op, compareText(p, q)) {
            return true
        }
    }
    return false
}

/// Case-insensitive three-way comparison of text.
func compareText(_ a: String, _ b: String) -> Int {
    let x = a.lowercased(), y = b.lowercased()
    return x < y ? -1 : x == y ? 0 : 1
}
