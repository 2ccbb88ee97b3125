import Foundation
import TestSupport
import Testing

/// What `regq sql` writes is read by people, and kept: an everyday question is a query of
/// a few lines in every dialect, SQLite's included, whose text rules look text up in the
/// `regq_text` table `-f sql` writes rather than spelling them out in each query; and a
/// question across reports names the latest report and the ones before it as the
/// statement does, so that, saved as a view, it still reads them when a report is added.
@Suite(.serialized) struct ReadableSQLTests {
    static let history = Repository.root + "/Tests/Fixtures/history"

    /// The SQL `regq sql` writes for one statement, its comment lines included; over the
    /// history in the folder `history` when one is given.
    static func sql(_ statement: String, dialect: String, history: String? = nil) throws -> String {
        let run = try CLIRunner.run(["sql", "--dialect", dialect] + (history.map { ["--history", $0] } ?? []) + ["-e", statement])
        #expect(run.status == 0, "\(statement): \(run.stderr)")
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The query alone: no comment lines, no final `;`.
    static func query(_ sql: String) -> String {
        String(sql.split(separator: "\n").filter { !$0.hasPrefix("--") }.joined(separator: "\n").dropLast())
    }

    /// `-f sql`'s script that loads every report of the history in the folder `history`.
    static func load(history: String, dialect: String) throws -> String {
        let run = try CLIRunner.run(["--history", history, "-f", "sql", "--dialect", dialect, "-e", "select * @all"])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
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

    /// Statements over the latest report, the one before it and the first name no month:
    /// the engine finds them in the table's `report` column.
    @Test(arguments: ["sqlite", "duckdb", "postgres"])
    func aHistoryQueryNamesNoReportMonthTheStatementDoesNotName(_ dialect: String) throws {
        let statements = [
            "select ref, name, dag@prev, dag, dag - dag@prev as slip where dag slipped order by slip desc",
            "select IF where status changed to blocked group by blocker",
            "select * @prev where removed",
            "select ref, dag@first where status was blocked since @first",
            "select name, status@latest @first where removed",
            "diff",
        ]
        let months = ["2022-01", "2022-02", "2022-03", "Jan-22", "Feb-22", "Mar-22"]
        for statement in statements {
            let query = Self.query(try Self.sql(statement, dialect: dialect, history: Self.history))
            #expect(!months.contains { query.contains($0) }, "\(statement):\n\(query)")
        }
        #expect(try Self.sql("select dag@prev, dag @Feb-22", dialect: dialect, history: Self.history).contains("2022-02"))
        let diff = try Self.sql("diff", dialect: dialect, history: Self.history)
        // A diff shows where a new or removed artefact stands (status, blocker and the
        // three months) as well as what changed: about 9–11 KB, from 16.7 KB (SQLite) when
        // every text test carried its own character walk.
        #expect(diff.utf8.count <= 11_500, "\(diff.utf8.count) bytes")
        let slipped = try Self.sql(statements[0], dialect: dialect, history: Self.history)
        #expect(Self.lineCount(slipped) <= 12 && slipped.utf8.count <= 1500, "\(slipped)")
    }

    /// A question across reports compiled over two reports and saved as a view: when the
    /// table is filled anew with a third report, the view answers as regq does over the
    /// three (the latest is now the third, the one before it the second).
    @Test(arguments: ["sqlite", "duckdb", "postgres"])
    func aHistoryQuerySavedAsAViewStaysRightWhenAReportIsAdded(_ dialect: String) throws {
        let two = try TemporaryFiles.folder()
        for month in ["2022-01", "2022-02"] {
            try FileManager.default.copyItem(atPath: "\(Self.history)/\(month).csv", toPath: "\(two)/\(month).csv")
        }
        let statements = ["select name where dag slipped", "select name where new", "select name @prev where removed"]
        var script = try Self.load(history: two, dialect: dialect)
        for (index, statement) in statements.enumerated() {
            script += "CREATE VIEW regq_view\(index) AS \(Self.query(try Self.sql(statement, dialect: dialect, history: two)));\n"
        }
        // The rows anew, every report's, as `-f sql` writes them for the three reports.
        let newer = try Self.load(history: Self.history, dialect: dialect)
        script += "DELETE FROM \"register\";\n" + (dialect == "sqlite" ? "DELETE FROM regq_text;\n" : "")
        script += String(newer[try #require(newer.range(of: "BEGIN;\n")).lowerBound...])
        for index in statements.indices { script += "SELECT 'regq-view-\(index)';\nSELECT * FROM regq_view\(index);\n" }
        var answers = [[String]](repeating: [], count: statements.count)
        var current = -1
        for line in try SQLEngine.run(dialect, script: script) {
            if line.hasPrefix("regq-view-"), let index = Int(line.dropFirst("regq-view-".count)) {
                current = index
            } else if current >= 0 {
                answers[current].append(line)
            }
        }
        for (index, statement) in statements.enumerated() {
            func regq(_ history: String) throws -> [String] {
                try CLIRunner.run(["--history", history, "-f", "csv", "-e", statement]).stdout.split(separator: "\n").dropFirst().map(String.init)
            }
            let now = try regq(Self.history)
            #expect(now != (try regq(two)), "\(statement) gives one answer over two reports and three")
            #expect(answers[index] == now, "\(dialect): \(statement)")
        }
    }
}
