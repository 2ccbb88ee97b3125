import ColumnStore
import RegisterCSV
@testable import REPL
@testable import Shell
import Testing

/// Completion offers `size(` where a value may start, the list fields inside it, and
/// what may follow it in a condition.
@Suite struct ArithmeticCompletionTests {
    static func offered(_ text: String) -> [String] {
        let session = Session(workspace: .embedded)
        return Completer(session: session).complete(text)?.candidates.map(\.text) ?? []
    }

    @Test func sizeWhereAValueMayStart() {
        #expect(Self.offered("select * where ").contains("size"))
        #expect(Self.offered("select ref, ").contains("size"))
        #expect(Self.offered("select ").contains("size"))
        #expect(Self.offered("select ref order by ").contains("size"))
        #expect(!Self.offered("select kind group by kind having ").contains("size"))
    }

    @Test func theListFieldsInsideSize() {
        #expect(Self.offered("select * where size(") == ["ref", "subgroups", "blocker"])
        #expect(Self.offered("select * where size(s") == ["subgroups"])
    }

    @Test func aComparisonAfterSize() {
        #expect(Self.offered("select * where size(subgroups) ") == ["between", "in", "not"])
        #expect(Self.offered("select size(subgroups) ").first == "as")
    }
}
