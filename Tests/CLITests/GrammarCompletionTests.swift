import ColumnStore
import QueryLanguage
import RegisterCSV
@testable import REPL
@testable import Shell
import Testing

/// Completion reads the grammar's clause table: after every clause it offers exactly the
/// clause's continuations and the clauses that may follow it, and the parser takes each
/// of them there. `.help` lists the clauses in the same order.
@Suite struct GrammarCompletionTests {
    static var session: Session { Session(workspace: .embedded) }

    /// A complete example of each clause.
    static func fragment(_ clause: Clause) -> String {
        switch clause {
        case .select: "select kind"
        case .from: "from IF"
        case .where: "where status = blocked"
        case .groupBy: "group by kind"
        case .pivot: "pivot dag"
        case .having: "having count > 1"
        case .orderBy: "order by kind"
        case .limit: "limit 3"
        }
    }

    /// A statement ending in a complete `clause`, after the clauses it needs.
    static func statement(endingWith clause: Clause) -> String {
        switch clause {
        case .select: fragment(.select)
        case .pivot: fragment(.select) + " " + fragment(.groupBy) + " " + fragment(.pivot)
        default: fragment(.select) + " " + fragment(clause)
        }
    }

    static func offered(after text: String) -> [String] {
        Completer(session: session).complete(text + " ")?.candidates.map(\.text) ?? []
    }

    @Test(arguments: Clause.allCases)
    func completionAfterEveryClauseOffersItsFollowers(_ clause: Clause) {
        let text = Self.statement(endingWith: clause)
        #expect(Self.offered(after: text) == (clause.continuations + clause.followers.map(\.leadingKeyword)).map(\.text), "\(text)")
        for follower in clause.followers {
            let next = text + " " + Self.fragment(follower)
            let errors = Parser.parse(SourceFile(name: "<test>", text: next)).1
            #expect(errors.isEmpty, "\(next): \(errors.map(\.message))")
        }
    }

    @Test func everyClauseKeywordCompletesFromItsPrefix() {
        for clause in Clause.allCases.dropFirst() {
            let head = clause == .pivot ? "select * group by kind" : "select *"
            let keyword = clause.leadingKeyword.text
            let offered = Completer(session: Self.session).complete(head + " " + keyword.prefix(3))?.candidates.map(\.text)
            #expect(offered?.contains(keyword) == true, "\(keyword)")
            if clause.keywords.count > 1 {
                #expect(Self.offered(after: head + " " + keyword) == clause.keywords.dropFirst().map(\.text))
            }
        }
    }

    @Test func helpListsTheClausesInOrder() {
        let order = Clause.allCases.map { $0.keywords.map(\.text).joined(separator: " ") }.joined(separator: ", ")
        #expect(HelpText.text(topic: "queries").contains("Clauses, in this order: \(order)."))
    }
}
