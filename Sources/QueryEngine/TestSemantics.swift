import QueryLanguage
import ColumnStore
import RegisterModel

/// The meaning of each test on one value — the single place where text equality, text
/// order, TBC and patterns are decided, shared by `where` (over register columns) and
/// `having` (over result values).
extension KindTest {
    func matches(_ kind: Kind) -> Bool {
        switch self {
        case .oneOf(let kinds): kinds.contains(kind)
        }
    }
}

extension TextTest {
    /// For a text cell or one element of a list (`isEmpty`, about a whole list, is decided
    /// on the list's length by its callers).
    func matches(_ text: String) -> Bool {
        switch self {
        case .equalsKey(let keys): keys.contains(equalityKey(text))
        case .ordered(let op, let literal): Test.holds(op, compareText(text, literal))
        case .contains(let needle): needle.isFound(in: text)
        case .like(let pattern): pattern.matches(text)
        case .isEmpty: text.isEmpty
        }
    }
}

extension MonthTest {
    /// nil when the month is TBC and the test orders months: TBC is not compared.
    func matches(_ month: Month) -> Bool? {
        switch self {
        case .oneOf(let months): return months.contains(month)
        case .ordered(let op, let literal):
            if month.isTBC { return nil }
            return compare(month, op, literal)
        }
    }
}

extension IntegerTest {
    func matches(_ integer: Int) -> Bool {
        switch self {
        case .oneOf(let values): values.contains(integer)
        case .ordered(let op, let literal): compare(integer, op, literal)
        }
    }
}

extension Test {
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
