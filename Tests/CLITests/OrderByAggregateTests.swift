import Foundation
import Testing

/// `order by count(*)` as SQL writes it: the count column of a grouped result, or a clear
/// error where there is none.
@Suite struct OrderByAggregateTests {
    typealias CLI = CLIRunner

    @Test func orderByCountStarSortsGroupsByTheirCount() throws {
        let run = try CLI.run(["-f", "csv", "-e", "select wg, count(*) from * group by wg order by count(*) desc"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "wg,count\nBPRWG,79\nTDWG,6\nSDWG,4\n")
        #expect(run.stderr == "")
        let same = try CLI.run(["-f", "csv", "-e", "select wg, count(*) from * group by wg order by count desc"])
        #expect(same.stdout == run.stdout)
    }

    @Test func anAggregateNamedByAnAliasOrNotShownAtAll() throws {
        let aliased = try CLI.run(["-f", "csv", "-e", "select wg, count(*) as n from * group by wg order by count(*)"])
        #expect(aliased.stdout == "wg,n\nSDWG,4\nTDWG,6\nBPRWG,79\n")
        let hidden = try CLI.run(["-f", "csv", "-e", "select wg, min(dag) from * group by wg order by count(*) desc"])
        #expect(hidden.stdout == "wg,min_dag\nBPRWG,Mar-22\nTDWG,Feb-22\nSDWG,May-22\n")
        let later = try CLI.run(["-f", "csv", "-e", "select wg, min(dag) from * group by wg order by max(dag) desc, wg"])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stdout.hasPrefix("wg,min_dag\n"))
    }

    @Test func withoutGroupsItSaysWhatToWrite() throws {
        let run = try CLI.run(["-e", "select name order by count(*)"])
        #expect(run.status == 1)
        #expect(run.stderr == """
            <query>:1:22: error: 'count(*)' exists only in grouped results
              select name order by count(*)
                                   ^~~~~~~~
              hint: add 'group by' with a field, or order by a field

            """)
        let pivot = try CLI.run(["-e", "select * group by kind pivot dag order by count(*)"])
        #expect(pivot.status == 1)
        #expect(pivot.stderr.hasPrefix("<query>:1:43: error: a pivot's rows are ordered by their keys or by 'total', not by 'count(*)'\n"))
    }

    @Test func explainShowsTheKeyAsWritten() throws {
        let run = try CLI.run(["-e", "explain select wg, count(*) from * group by wg order by COUNT(*) desc"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("explain select wg, count(*) from * group by wg order by count(*) desc\n"), "\(run.stdout)")
    }
}
