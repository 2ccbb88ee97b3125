import Foundation
import History
import QueryLanguage
import SQLCompiler
import TestSupport
import Testing

/// `regq sql --history`: statements over a history — a report named with `@`, another
/// report's values, the changes between reports, `diff`, `@all` — translated for each
/// dialect and run by the real engine over the table `select * @all` wrote (every report's
/// rows with `report` and `artefact`) must give regq's own answer over the fixture history
/// (Tests/Fixtures/history: three reports, renames, refs assigned, alike rows left unpaired).
@Suite(.serialized) struct HistorySQLTranslationTests {
    static let fixture = Repository.root + "/Tests/Fixtures/history"

    /// The History chapter's examples of docs/LANGUAGE.md that run, but for `@all` with a
    /// change, which has no SQL form (`SQLCommandTests.allWithAChangeIsRefused`).
    static var documented: [String] {
        LanguageDocTests.historyExamples.map(\.query).filter { !$0.hasPrefix("explain") && !isAllWithAChange($0) }
    }

    /// Each query of Queries/history, but for `@all` with a change (the slipped trend).
    static var saved: [String] { SQLCorpus.saved(in: "Queries/history").filter { !isAllWithAChange($0) } }

    /// `@all` asked of what changed: no SQL form.
    static func isAllWithAChange(_ statement: String) -> Bool { statement.contains("@all") && statement.contains("slipped") }

    /// Each construct of a history, alone and combined with the rest of the language.
    static let constructs = [
        // The report a query runs on.
        "select *",
        "select ref, dag @Feb-22",
        "select ref, dag @2022-01 where status = blocked",
        "select ref, name @first order by name",
        "select ref, name @prev where dag < May-22 order by dag desc limit 4",
        "select count(*) from IF @$m where status = blocked",
        "select status, count(*) @prev group by status",
        "select blocker, count(*) @Jan-22 group by blocker",
        "select distinct status @Feb-22",
        "select * @first group by kind pivot status",
        // Another report's values.
        "select ref, dag@prev, dag, dag@first where ref in (MHHSP-IF-021, MHHSP-BP004)",
        "select name, status@prev, status, blocker@prev, subgroups@first",
        "select kind@prev, ref@prev, name@prev, wg@prev, sg@prev, review@first",
        "select name where status@prev = maintenance",
        "select name from GA where status@prev != maintenance",
        "select ref where dag@prev = TBC",
        "select ref where dag@prev != TBC",
        "select ref where dag@first < May-22",
        "select ref where blocker@prev = 'change of agent'",
        "select ref where blocker@prev is empty",
        "select ref where name@first contains 'data'",
        "select ref where ref@prev in (MHHSP-BP004, MHHSP-IF-021)",
        "select ref where dag@prev between Apr-22 and Jun-22",
        "select ref where dag = dag@prev",
        "select ref where dag != dag@prev",
        "select ref where dag > dag@first + 1",
        "select ref, dag - dag@prev as slip order by slip desc",
        "select ref, dag@prev + 2 as later where dag@prev + 2 = dag",
        "select distinct dag@prev",
        "select ref order by dag@prev desc",
        // Changes.
        "select ref, name, dag@prev, dag, dag - dag@prev as slip where dag slipped order by slip desc",
        "select ref, dag where dag advanced",
        "select ref, dag @Feb-22 where dag slipped",
        "select ref where dag slipped since @first",
        "select ref where sg changed or review changed",
        "select IF where status changed to blocked group by blocker",
        "select ref, blocker@prev where status changed from blocked",
        "select ref where status changed from blocked to 'sub group review' since @first",
        "select ref where name changed",
        "select ref @Feb-22 where name changed",
        "select ref from BRS where ref changed",
        "select ref where blocker changed",
        "select ref where subgroups changed since @first",
        "select ref where dag changed to TBC or dag changed from TBC",
        "select ref where not dag changed",
        "select ref where status was blocked since @first and status != blocked",
        "select ref where status was blocked and status != blocked",
        "select ref where dag was May-22 since @first",
        "select kind, ref, name where new",
        "select kind, ref, name @prev where removed",
        "select count(*) where new since @first",
        "select ref, name @first where removed",
        "select kind, count(*) where not new group by kind",
        // diff.
        "diff",
        "diff @Jan-22 to @Feb-22",
        "diff @Jan-22 to @Feb-22 where kind in (BP, IF)",
        "diff @first",
        "diff where ref = MHHSP-BP004",
        "diff where ref = MHHSP-IF-037 or ref = MHHSP-IF-021",
        "diff where status = blocked",
        "diff @Jan-22 to @Mar-22 where status was blocked since @Feb-22",
        "diff where dag slipped",
        "diff where new",
        // Every report at once.
        "select report, count(*) from * @all where status = blocked group by report",
        "select report, name, dag from IF @all where ref = MHHSP-IF-021",
        "select report, kind, name from GA @all where name = 'interface list'",
        "select count(*) @all",
        "select * @all limit 5",
        "select report, status, count(*) @all group by report, status",
        "select * @all group by status pivot report",
        "select distinct report, kind @all",
        "select name, report @all where report > Jan-22 order by report desc, name limit 6",
        // `report` without @all: the month of the report queried.
        "select report, ref @Feb-22 limit 2",
    ]

    /// Random statements across the fixture's reports.
    static var random: [String] {
        guard let history = try? HistorySource.folder(fixture).load().get().history, let latest = history.latest.wholeRegister else { return [] }
        return RandomStatements.generate(count: 150, seed: 2203, register: latest, reports: history.reports.map(\.month))
    }

    static var all: [String] { documented + saved + constructs + random }

    /// Computed once: the three engines each run the whole corpus in one process.
    static let corpus: Result<EngineAnswers, any Error> = Result { try EngineAnswers(all, historyPath: fixture) }

    @Test func theCorpusCoversTheHistoryChapterAndItsSavedQueries() {
        #expect(Self.documented.count >= 10)
        #expect(Self.saved.count >= 8)
        #expect(Self.random.count == 150)
    }

    @Test(arguments: SQLDialect.allCases)
    func everyStatementGivesRegqsAnswer(_ dialect: SQLDialect) throws {
        try SQLTranslationTests.expectRegqsAnswers(try Self.corpus.get(), dialect: dialect)
    }
}
