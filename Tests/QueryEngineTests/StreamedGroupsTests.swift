import ColumnStore
import QueryEngine
import QueryLanguage
import RegisterCSV
import RegisterModel
import TestSupport
import Testing

/// A grouped statement answered a batch at a time, chunk by chunk (`StreamedGroups`),
/// gives what a run over the whole register gives: the same groups, counts, spellings
/// shown, order and notes.
@Suite struct StreamedGroupsTests {
    static let register = (try? RegisterReader.read(bytes: Array(RegisterText.realRegisterWrittenSeveralWays.utf8), file: "mixed.csv").get())!.built

    static let statements = [
        "select status, count(*) group by status",
        "select count(*)",
        "select blocker, count(*), min(dag), max(sg) where status = blocked group by blocker order by count desc, blocker",
        "select kind, count(*) group by kind pivot status",
        "select blocker, count(*) group by blocker pivot kind",
        "select subgroups, count(distinct status), list(distinct blocker) group by subgroups",
        "select wg, count(*) from IF, BP where dag < May-22 group by wg having count > 1",
        "select dag, count(*) where dag > sg or review is TBC group by dag order by dag desc limit 4",
        "select kind, count(blocker) group by kind pivot dag",
        "select status, blocker, count(*) where name contains 'a' group by status, blocker",
    ]

    static func plan(_ text: String) throws -> Plan {
        let compiled = Compiler.compile(SourceFile(name: "<test>", text: text))
        return try #require(compiled.plan, "\(compiled.diagnostics.map(\.message))")
    }

    /// Each row as text, the column names first.
    static func described(_ result: QueryResult) -> [[String]] {
        [result.table.columns.map(\.name)] + (0 ..< result.table.rowCount).map { result.table.row($0).map(QueryRunner.describe) }
    }

    @Test(arguments: statements)
    func batchesAndChunksGiveTheWholeRegistersAnswer(_ text: String) throws {
        let plan = try Self.plan(text)
        #expect(StreamedGroups.canAnswer(plan))
        let whole = try Evaluator(register: PartialRegister(built: Self.register, located: nil)).run(plan)
        for (chunks, batchRows) in [(1, 1_000), (2, 7), (3, 1)] {
            let rows = Self.register.rowCount
            let tallies = (0 ..< chunks).map { chunk in
                let tally = StreamedGroups(plan)
                let range = rows * chunk / chunks ..< rows * (chunk + 1) / chunks
                for start in stride(from: range.lowerBound, to: range.upperBound, by: batchRows) {
                    let batch = (start ..< min(start + batchRows, range.upperBound)).map { Int32($0) }
                    tally.add(Self.register.gathering(rows: batch, fields: Self.register.fields))
                }
                return tally
            }
            for later in tallies.dropFirst() { tallies[0].append(later) }
            let streamed = try tallies[0].result(isCancelled: { false })
            #expect(Self.described(streamed) == Self.described(whole), "\(chunks) chunks of batches of \(batchRows)")
            #expect(streamed.notes == whole.notes, "\(chunks) chunks of batches of \(batchRows)")
        }
    }

    @Test func theMergedSpellingsAreNoted() throws {
        let plan = try Self.plan("select status, count(*) group by status")
        let tally = StreamedGroups(plan)
        tally.add(Self.register)
        let notes = try tally.result(isCancelled: { false }).notes
        #expect(notes.contains { $0.hasPrefix("status: 'blocked' and 'BLOCKED' counted as 'Blocked'") }, "\(notes)")
    }

    @Test func rowsListedOneByOneOrStatementsOverReportsAreNotStreamed() throws {
        for text in ["select name", "select * where status = blocked", "select blocker, list(name) group by blocker",
                     "explain select status, count(*) group by status"] {
            #expect(!StreamedGroups.canAnswer(try Self.plan(text)), "\(text)")
        }
    }
}
