import RegisterModel

/// A test of one value against literals, typed by the checker: a case per type of value
/// tested, each holding the predicates of that type. Every back end decides each one in a
/// switch without `default:`, so that a predicate added here and forgotten in one of them
/// does not compile (`samples` holds one of each, for the tests that walk them all).
public enum Test: Sendable, Equatable {
    case kind(KindTest)
    /// Of a text, or of a list: a list passes when some element does, except for
    /// `isEmpty`, which is about the whole list.
    case text(TextTest)
    case month(MonthTest)
    case integer(IntegerTest)

    /// Whether a slot with no value passes (NULL in SQL: an aggregate over nothing, a
    /// value computed from none): only `is empty` does. TBC is not "no value": it is a
    /// month, which the month tests decide on.
    public var holdsForNoValue: Bool {
        switch self {
        case .text(.isEmpty): true
        case .text(.equalsKey), .text(.ordered), .text(.contains), .text(.like): false
        case .kind, .month, .integer: false
        }
    }
}

public enum KindTest: Sendable, Equatable {
    /// One of these kinds (`=`, `in`, and `<` and the like, resolved to the kinds for which
    /// they hold).
    case oneOf(Set<Kind>)
}

public enum TextTest: Sendable, Equatable {
    /// Equal to one of these equality keys (`equalityKey`) once normalised.
    case equalsKey(Set<String>)
    /// `<`, `<=`, `>`, `>=` against a text, case-insensitively.
    case ordered(ComparisonOperator, String)
    /// The needle found in the value, both compared as text equality compares them.
    case contains(TextNeedle)
    /// An SQL pattern, case-insensitive; spaces and punctuation are matched as written.
    case like(LikePattern)
    /// The whole value is empty: empty text, a list of no elements, or no value.
    case isEmpty
}

public enum MonthTest: Sendable, Equatable {
    /// Equal to one of these months (TBC included).
    case oneOf(Set<Month>)
    /// `<`, `<=`, `>`, `>=` against a month (never TBC): false for TBC values.
    case ordered(ComparisonOperator, Month)
}

public enum IntegerTest: Sendable, Equatable {
    case oneOf(Set<Int>)
    /// `<`, `<=`, `>`, `>=` against a whole number.
    case ordered(ComparisonOperator, Int)
}

// MARK: - Samples

extension Test {
    /// A predicate without its operands: `Predicate.allCases` lists every case of every
    /// type's test, and `predicate` (a switch without `default:`) names each test's.
    public enum Predicate: CaseIterable, Sendable {
        case kindOneOf
        case textEqualsKey, textOrdered, textContains, textLike, textIsEmpty
        case monthOneOf, monthOrdered
        case integerOneOf, integerOrdered
    }

    public var predicate: Predicate {
        switch self {
        case .kind(.oneOf): .kindOneOf
        case .text(.equalsKey): .textEqualsKey
        case .text(.ordered): .textOrdered
        case .text(.contains): .textContains
        case .text(.like): .textLike
        case .text(.isEmpty): .textIsEmpty
        case .month(.oneOf): .monthOneOf
        case .month(.ordered): .monthOrdered
        case .integer(.oneOf): .integerOneOf
        case .integer(.ordered): .integerOrdered
        }
    }

    /// At least one test of each predicate, each holding for some value of its type (a
    /// kind, the text `Alpha beta` or none, a list holding it, May-22, 3), so that a test can
    /// walk them through every back end. A new predicate without a sample here fails
    /// `PredicateCoverageTests`. (Made anew when asked for: tests only read it.)
    public static var samples: [Test] { [
        .kind(.oneOf([.interfaceSpecification, .globalArtefact])),
        .text(.equalsKey([equalityKey("alpha BETA")])),
        .text(.ordered(.less, "b")),
        .text(.contains(TextNeedle("beta"))),
        .text(.like(LikePattern("al%"))),
        .text(.isEmpty),
        .month(.oneOf([Month(parsing: "May-22")!, .tbc])),
        .month(.ordered(.greaterEqual, Month(parsing: "Jan-22")!)),
        .integer(.oneOf([3, 4])),
        .integer(.ordered(.greater, 2)),
    ] }
}
