import TestSupport
import Testing

/// Arithmetic end to end on the embedded register, each answer counted by hand from
/// Data/register.csv: every artefact with both forecasts has its DAG one month after its
/// review, except Design Principles & Assumptions (review Jan-21, DAG Feb-22: 13 months);
/// the six artefacts with a TBC review have a TBC DAG too; ten have no sub-group, 73 one,
/// three two and three three.
@Suite struct ArithmeticTests {
    static func csv(_ query: String, _ extra: [String] = []) throws -> CLIRunner.Run {
        try CLIRunner.run(["-f", "csv"] + extra + ["-e", query])
    }

    static let tbcNotes = """
        note: 6 artefacts with review TBC were not compared
        note: 6 artefacts with dag TBC were not compared

        """

    @Test func dagMoreThanAMonthAfterReview() throws {
        let run = try Self.csv("select name, dag - review as wait from * where dag - review > 1")
        #expect(run.status == 0)
        #expect(run.stdout == "name,wait\nDesign Principles & Assumptions,13\n")
        #expect(run.stderr == Self.tbcNotes)
    }

    @Test func theSameAsAMonthComparison() throws {
        let run = try Self.csv("select count(*) where dag > review + 1")
        #expect(run.stdout == "count\n1\n")
        #expect(run.stderr == Self.tbcNotes)
    }

    @Test func notEqualIsExactlyNotEqual() throws {
        let notEqual = try Self.csv("select count(*) where dag - review != 1")
        let notEquals = try Self.csv("select count(*) where not (dag - review = 1)")
        let equal = try Self.csv("select count(*) where dag - review = 1")
        #expect(notEqual.stdout == "count\n7\n")
        #expect(notEquals.stdout == notEqual.stdout)
        #expect(equal.stdout == "count\n82\n")
        #expect(notEqual.stderr == Self.tbcNotes)
    }

    @Test func aTBCMonthMovedStaysTBC() throws {
        // review + 1 = dag: 82 by calendar, and the six TBC pairs (TBC equals only TBC).
        let run = try Self.csv("select count(*) where review + 1 = dag")
        #expect(run.stdout == "count\n88\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func moreThanOneSubGroup() throws {
        let run = try Self.csv("select ref, size(subgroups) from * where size(subgroups) > 1")
        #expect(run.stdout == """
            ref,size(subgroups)
            MHHSP-BP004,3
            MHHSP-BP005,3
            MHHSP-BP018,2
            MHHSP-IF-021,3
            MHHSP-IF-022,2
            MHHSP-IF-023,2

            """)
        #expect(try Self.csv("select count(*) where size(subgroups) = 0").stdout == "count\n10\n")
        #expect(try Self.csv("select count(*) where size(subgroups) between 1 and 2").stdout == "count\n76\n")
    }

    @Test func orderByAComputedAliasNoValueLast() throws {
        let run = try Self.csv("select name, dag - review as wait from BP order by wait desc limit 3")
        #expect(run.stdout == "name,wait\nChange of Supplier,1\nChange of Agent - Metering Service,1\nChange of Agent - Data Service,1\n")
        let ascending = try Self.csv("select ref, dag - review as wait from BP order by wait, ref desc")
        let lines = ascending.stdout.split(separator: "\n")
        // BP's four TBC artefacts (BP014 to BP017) last, in either direction.
        #expect(lines.suffix(4) == ["MHHSP-BP017,", "MHHSP-BP016,", "MHHSP-BP015,", "MHHSP-BP014,"])
        let byExpression = try Self.csv("select name from * order by dag - review desc limit 1")
        #expect(byExpression.stdout == "name\nDesign Principles & Assumptions\n")
    }

    @Test func noValueIsNullInJSONAndEmptyInATable() throws {
        let query = "select ref, dag - review as wait, dag + 1 as next from BP where ref = MHHSP-BP014"
        let json = try CLIRunner.run(["-f", "json", "-e", query])
        #expect(json.stdout == "[\n  {\"ref\": [\"MHHSP-BP014\"], \"wait\": null, \"next\": \"TBC\"}\n]\n")
        let table = try CLIRunner.run(["-f", "table", "-e", query])
        #expect(table.stdout.contains("MHHSP-BP014  (none)  TBC"))
        let csv = try Self.csv(query)
        #expect(csv.stdout == "ref,wait,next\nMHHSP-BP014,,TBC\n")
    }

    @Test func everyFormatShowsComputedColumns() throws {
        let query = "select name, review - 1 as started, size(blocker) from TD where review < Feb-22"
        #expect(try Self.csv(query).stdout == "name,started,size(blocker)\nDesign Principles & Assumptions,Dec-20,0\n")
        let json = try CLIRunner.run(["-f", "json", "-e", query])
        #expect(json.stdout == "[\n  {\"name\": \"Design Principles & Assumptions\", \"started\": \"2020-12\", \"size(blocker)\": 0}\n]\n")
        let markdown = try CLIRunner.run(["-f", "markdown", "-e", query])
        #expect(markdown.stdout.contains("| Design Principles & Assumptions | Dec-20  |             0 |"))
        let tsv = try CLIRunner.run(["-f", "tsv", "-e", query])
        #expect(tsv.stdout == "name\tstarted\tsize(blocker)\nDesign Principles & Assumptions\tDec-20\t0\n")
        let vertical = try CLIRunner.run(["-f", "table"], stdin: ".mode vertical\nselect ref, dag - review as wait from BP where ref = MHHSP-BP014\n")
        #expect(vertical.stdout == "── row 1 ──\nref:  MHHSP-BP014\nwait: (none)\n(1 row)\n")
    }

    @Test func explainPrintsTheArithmeticBack() throws {
        let run = try CLIRunner.run(["-p", "gap=1", "-e", "explain select ref, (dag)-review AS wait from IF where dag - review > $gap order by size( subgroups ) desc"])
        #expect(run.stdout.hasPrefix("explain select ref, dag - review as wait from IF where dag - review > 1 order by size(subgroups) desc\n"))
        #expect(run.stdout.contains("89 → kind in (IF) 40 → dag - review > 1 0"))
    }

    @Test func aBatchRunReadsTheFieldsTheArithmeticNeeds() throws {
        let run = try CLIRunner.run(["-r", Repository.root + "/Data/register.csv", "-f", "csv", "-e",
                                     "select ref, size(blocker) as blockers from IF where dag - review = 1 and size(blocker) > 0 order by blockers desc limit 2"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("ref,blockers\n"))
        #expect(run.stdout.split(separator: "\n").count == 3)
    }

    @Test func typeErrorsPointAtWhatDoesNotFit() throws {
        let run = try Self.csv("select * where dag + review > 1")
        #expect(run.status == 1)
        #expect(run.stderr == """
            <query>:1:22: error: '+' adds a whole number of months to a month; review is a month
              select * where dag + review > 1
                                   ^~~~~~
              hint: the months between two months are their difference: dag - review

            """)
    }

    @Test func groupingByAComputedValueIsRefused() throws {
        let run = try Self.csv("select dag - review as wait, count(*) group by wait")
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: 'dag - review' is computed per artefact; a grouped result shows group keys and aggregates only"))
        #expect(run.stderr.contains("error: 'wait' is the computed column 'dag - review'; 'group by' takes fields only"))
    }
}
