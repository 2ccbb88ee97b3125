import Foundation
import TestSupport
import Testing

/// What `regq sql` writes is read by people: an everyday question is a query of a few
/// lines in every dialect, SQLite's included, whose text rules look text up in the
/// `regq_text` table `-f sql` writes rather than spelling them out in each query.
@Suite struct ReadableSQLTests {
    static let history = Repository.root + "/Tests/Fixtures/history"

    /// The SQL `regq sql` writes for one statement, its comment lines included.
    static func sql(_ statement: String, dialect: String, history: Bool = false) throws -> String {
        let run = try CLIRunner.run(["sql", "--dialect", dialect] + (history ? ["--history", Self.history] : []) + ["-e", statement])
        #expect(run.status == 0, "\(statement): \(run.stderr)")
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func lineCount(_ text: String) -> Int { text.split(separator: "\n").count }

    @Test(arguments: ["sqlite", "duckdb", "postgres"])
    func aOneLineQuestionIsAFewLines(_ dialect: String) throws {
        let rows = try Self.sql("select ref, name from IF where status = blocked and dag < May-22", dialect: dialect)
        #expect(Self.lineCount(rows) <= 8, "\(rows)")
        let groups = try Self.sql("select * where status = blocked group by blocker", dialect: dialect)
        #expect(Self.lineCount(groups) <= 12, "\(groups)")
        #expect(groups.utf8.count <= 1200, "\(groups)")
    }

    @Test func sqliteLooksTextUpInTheTextTable() throws {
        let rows = try Self.sql("select ref where status = 'sub group review'", dialect: "sqlite")
        #expect(rows.contains("(SELECT key FROM regq_text WHERE value = r.\"status\") = 'sub-group-review'"))
        #expect(!rows.contains("RECURSIVE"))
        let export = try CLIRunner.run(["-f", "sql", "--dialect", "sqlite", "-e", "select *"]).stdout
        #expect(export.contains("CREATE TABLE regq_text (\n  value TEXT PRIMARY KEY,\n  lowered TEXT NOT NULL,\n  key TEXT NOT NULL\n) WITHOUT ROWID;\n"))
        #expect(export.contains("  ('Sub-Group Review', 'sub-group review', 'sub-group-review')"))
        for dialect in ["duckdb", "postgres"] {
            #expect(!(try CLIRunner.run(["-f", "sql", "--dialect", dialect, "-e", "select *"]).stdout.contains("regq_text")))
        }
    }
}
