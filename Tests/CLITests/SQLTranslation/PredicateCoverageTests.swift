import QueryLanguage
@testable import QueryEngine
import RegisterModel
@testable import SQLCompiler
import Testing

/// Every predicate of a `Test` means something in both back ends: a switch over a test
/// has no `default:`, so a predicate forgotten in one does not compile; and each of
/// `Test.samples` (one at least of each predicate) holds for some value in the evaluator
/// and has a condition of its own in SQL, not a constant that would pass the differential
/// tests by failing on both sides.
struct PredicateCoverageTests {
    /// Values of each type the samples are tried on.
    static let values: [ValueType: [Value]] = [
        .kind: Kind.allCases.map(Value.kind),
        .text: [.text("Alpha beta"), .text(""), .null],
        .list: [.list(["Gamma", "Alpha beta"]), .list([]), .null],
        .month: [.month(Month(parsing: "May-22")!), .month(.tbc), .null],
        .integer: [.integer(3), .null],
    ]

    /// The types a test applies to: text tests to text and to lists.
    static func types(of test: QueryLanguage.Test) -> [ValueType] {
        switch test {
        case .kind: [.kind]
        case .text: [.text, .list]
        case .month: [.month]
        case .integer: [.integer]
        }
    }

    @Test func everyPredicateHasASample() {
        let sampled = Set(QueryLanguage.Test.samples.map(\.predicate))
        #expect(sampled == Set(QueryLanguage.Test.Predicate.allCases))
    }

    @Test(arguments: QueryLanguage.Test.samples)
    func bothBackEndsDecide(_ test: QueryLanguage.Test) {
        for type in Self.types(of: test) {
            let holds = Self.values[type]!.filter { ResultFilter.matches(test, $0) }
            #expect(!holds.isEmpty, "the evaluator finds \(test) false on every \(type)")
            var lowering = ConditionLowering { _ in (.resultColumn(0), type, true) }
            let condition = lowering.test(test, on: .resultColumn(0), type: type)
            if case .boolean(let constant) = condition {
                Issue.record("SQL lowers \(test) on a \(type) to the constant \(constant)")
            }
        }
    }
}
