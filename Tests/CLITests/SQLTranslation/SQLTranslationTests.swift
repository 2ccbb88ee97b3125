import Foundation
import RegisterModel
import SQLCompiler
import Testing

/// `regq sql`: every statement of the corpus (docs/LANGUAGE.md's examples, the saved
/// queries, each construct, random statements) translated for each dialect and run by the
/// real engine over the register `-f sql` loaded, must give regq's own answer — the same
/// columns, rows and order. `make test` installs the engines (scripts/sql-engines.sh).
@Suite(.serialized) struct SQLTranslationTests {
    /// Computed once: the three engines each run the whole corpus in one process.
    static let corpus: Result<EngineAnswers, any Error> = Result { try EngineAnswers(SQLCorpus.all) }

    @Test func theCorpusCoversTheDocumentAndTheSavedQueries() throws {
        #expect(SQLCorpus.documented.count >= 25)
        #expect(SQLCorpus.saved.count >= 16)
        #expect(SQLCorpus.constructs.count >= 100)
        #expect(RandomStatements.generate(count: 150, seed: 2022).count == 150)
    }

    @Test(arguments: SQLDialect.allCases)
    func everyStatementGivesRegqsAnswer(_ dialect: SQLDialect) throws {
        try Self.expectRegqsAnswers(try Self.corpus.get(), dialect: dialect)
    }

    /// Whether a column of the SQL is regq's: the same name, or another report's field
    /// headed as the statement named the report (`dag@prev`) where regq heads it with the
    /// month it stands for now (`dag@Feb-22`).
    static func sameColumn(_ sql: String, _ regq: String) -> Bool {
        if sql == regq { return true }
        guard let at = sql.lastIndex(of: "@"), ["@prev", "@first", "@latest"].contains(String(sql[at...])) else { return false }
        let field = sql[...at]
        return regq.hasPrefix(field) && Month(parsing: regq.dropFirst(field.count)) != nil
    }

    /// Each statement's SQL for `dialect` gave regq's answer in the engine, or could not be
    /// written for the one reason that dialect has.
    static func expectRegqsAnswers(_ corpus: EngineAnswers, dialect: SQLDialect) throws {
        var agreed = 0
        for (index, statement) in corpus.statements.enumerated() {
            // The one thing a dialect cannot express here: PostgreSQL's 63-byte names.
            if let limit = dialect.identifierLimit, statement.columns.contains(where: { $0.utf8.count > limit }) {
                guard case .failure(let unsupported) = statement.sql[dialect] else {
                    Issue.record("\(statement.text): a column name over \(limit) bytes, yet translated")
                    continue
                }
                #expect(unsupported.description.contains("cuts column names to \(limit) bytes"))
                agreed += 1
                continue
            }
            let query = try #require(try? statement.sql[dialect]?.get(), "\(statement.text) has no \(dialect) SQL")
            #expect(query.columns.count == statement.columns.count
                    && zip(query.columns, statement.columns).allSatisfy { Self.sameColumn($0.name, $1) },
                    "\(statement.text): \(query.columns.map(\.name)), regq's \(statement.columns)")
            switch corpus.answers[dialect]![index] {
            case .success(let answer):
                if answer == statement.regq {
                    agreed += 1
                } else {
                    Issue.record("\(dialect): \(statement.text)\n  regq: \(statement.regq.prefix(8))\n  SQL:  \(answer.prefix(8))\n\(query.text)")
                }
            case .failure(let failure):
                Issue.record("\(dialect): \(statement.text): \(failure)\n\(query.text)")
            }
        }
        #expect(agreed == corpus.statements.count)
    }
}
