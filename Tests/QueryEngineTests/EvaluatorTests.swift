import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
import Testing

/// Answers counted by hand from the status report's detail tables, not from
/// regq's own output.
@Suite struct EvaluatorTests {
    typealias Q = QueryRunner

    /// The product's own headline example: IF-005, 017, 036, 038, 039 and 040 are the blocked interface
    /// specifications due at DAG in Apr-22; every other blocked IF is May-22.
    @Test func blockedInterfaceSpecificationsBeforeMay() throws {
        #expect(try Q.rows("select ref from IF where status = blocked and dag < May-22") ==
                [["MHHSP-IF-005"], ["MHHSP-IF-017"], ["MHHSP-IF-036"], ["MHHSP-IF-038"], ["MHHSP-IF-039"], ["MHHSP-IF-040"]])
        #expect(try Q.rows("select IF where status = blocked and dag < May-22 group by blocker") == [["Interface Approach", "6"]])
    }

    /// IF blocked by Change of Agent: 001–004, 006–010, 030–032, 049 (13); Interface
    /// Approach: 005, 017, 033, 036, 038–040 (7); Supplier Interaction: 041–048, 050–054 (13).
    @Test func blockedInterfaceSpecificationsByBlocker() throws {
        #expect(try Q.rows("select * from IF where status = blocked group by blocker") ==
                [["Change of Agent", "13"], ["Interface Approach", "7"], ["Supplier Interaction", "13"]])
        // With BP001–003 also blocked by Change of Agent.
        #expect(try Q.rows("select * where status = blocked group by blocker order by count desc") ==
                [["Change of Agent", "16"], ["Supplier Interaction", "13"], ["Interface Approach", "7"]])
    }

    /// 6 artefacts have dag TBC (BP014–017 and the two IF rows with ref TBC); 43 have
    /// May-22; so 40 are before May-22 and `not (dag < May-22)` is the other 49.
    @Test func tbcIsNeitherBeforeNorAfter() throws {
        #expect(try Q.count("dag < May-22") == 40)
        #expect(try Q.count("dag >= May-22") == 43)
        #expect(try Q.count("not (dag < May-22)") == 49)
        #expect(try Q.count("dag is tbc") == 6)
        #expect(try Q.count("dag = tbc") == 6)
        #expect(try Q.count("dag != TBC") == 83)
        #expect(try Q.count("dag is not tbc") == 83)
        #expect(try Q.count("dag between Feb-22 and Apr-22") == 40)
        #expect(try Q.count("dag not between Feb-22 and Apr-22") == 49)
    }

    @Test func tbcLeftOutIsNoted() throws {
        #expect(try Q.result("select * where dag < May-22").notes == ["6 artefacts with dag TBC were not compared"])
        #expect(try Q.result("select IF where dag < May-22").notes == ["2 artefacts with dag TBC were not compared"])
        #expect(try Q.result("select IF where status = blocked and dag < May-22").notes == [])
        #expect(try Q.result("select * where dag = May-22").notes == [])
    }

    /// Smart is a sub-group of BP004, BP005, BP018, IF-021, 022, 023, 045, 046, BRS001 and
    /// BRS004 (10); Advanced adds BRS002 and BRS005 (BP004, BP005, IF-021 have both).
    @Test func listFieldsMatchAnyElement() throws {
        #expect(try Q.count("subgroups = Smart") == 10)
        #expect(try Q.count("subgroups != Smart") == 79)
        #expect(try Q.count("not (subgroups = smart)") == 79)
        #expect(try Q.count("subgroups in (Smart, Advanced)") == 12)
        #expect(try Q.count("subgroups not in (Smart, Advanced)") == 77)
        #expect(try Q.count("blocker = 'security clarifications'") == 1)
    }

    /// Registration 45 (BP 13, IF 31, BRS006); the ten TD rows have no sub-group and
    /// count once under the empty value, so no artefact drops out.
    @Test func groupingAListCountsEachValue() throws {
        let rows = try Q.rows("select * group by subgroups")
        #expect(rows.first { $0[0] == "Registration" } == ["Registration", "45"])
        #expect(rows.first { $0[0] == "Smart" } == ["Smart", "10"])
        #expect(rows.last == ["", "10"], "the empty group sorts last")
        #expect(rows.map { $0[0] } == ["Advanced", "All", "Elexon Central Systems", "Registration", "Smart", "TBC", "UMS", "Unmetered", ""])
    }

    /// Sub-Group Review: BP004–011 (12 rows with BP010's five), BP018–021, IF-021, 022,
    /// 023, 026, 037, BRS007–010: 25.
    @Test func textEqualityIgnoresCaseSpacesAndPunctuation() throws {
        for spelling in ["sub-group-review", "\"Sub-Group Review\"", "'sub group review'", "SUB_GROUP_REVIEW"] {
            #expect(try Q.count("status = " + spelling) == 25, "status = \(spelling)")
        }
        #expect(try Q.count("status = blocked") == 36)
    }

    @Test func containsLikeAndEmpty() throws {
        #expect(try Q.rows("select ref from * where name contains 'CONSENT'") == [["MHHSP-BP010"], ["MHHSP-IF-042"], ["MHHSP-IF-043"]])
        #expect(try Q.count("ref like 'mhhsp-brs%'") == 10)
        #expect(try Q.count("ref like 'MHHSP-IF-0_1'") == 5)
        #expect(try Q.count("blocker is empty") == 47)
        #expect(try Q.count("blocker is not empty") == 42)
        #expect(try Q.count("ref is empty") == 17)
    }

    /// `contains` folds case, spaces and punctuation as `=` does. Sub-Group Review: 25
    /// artefacts; with the two TD statuses "Initial review by Sub-Group…", 27 say
    /// sub-group. IF-054's name has a double space: "Request Disconnection  (D0132)".
    @Test func containsMatchesTheWayEqualityDoes() throws {
        #expect(try Q.count("status = 'sub group review'") == 25)
        #expect(try Q.count("status contains 'sub group review'") == 25)
        #expect(try Q.count("status contains 'group review'") == 25)
        #expect(try Q.count("status contains 'sub group'") == 27)
        #expect(try Q.count("status contains 'SUB-GROUP'") == 27)
        #expect(try Q.count("status not contains 'sub group'") == 89 - 27)
        #expect(try Q.rows("select ref from * where name contains 'disconnection (d0132)'") == [["MHHSP-IF-054"]])
        #expect(try Q.rows("select ref from * where name contains 'request disconnection d0132'") == [["MHHSP-IF-054"]])
        #expect(try Q.count("name contains 'change of agent'") == 2)
        // A list matches when any element does: 16 artefacts are blocked by Change of Agent.
        #expect(try Q.count("blocker contains 'change-of'") == 16)
    }

    /// A separator at an end of the needle is a word boundary: `-0` finds the refs with a
    /// part that starts with 0 (38 rows, as `like '%-0%'` counts them), `0` any ref with a 0.
    @Test func aSeparatorAtAnEndOfTheNeedleIsAWordBoundary() throws {
        #expect(try Q.count("ref contains '-0'") == 38)
        #expect(try Q.count("ref like '%-0%'") == 38)
        #expect(try Q.count("ref contains '0'") == 72)
    }

    /// `like` keeps SQL's meaning: case ignored, every other character as written.
    @Test func likeMatchesSpacesAndPunctuationAsWritten() throws {
        #expect(try Q.count("status like 'sub_group%'") == 25)
        #expect(try Q.count("status like 'sub group%'") == 0)
        #expect(try Q.count("status like '%SUB-GROUP%'") == 27)
    }

    /// Design Principles & Assumptions' Level 4 Review (Jan-21) precedes its sub-group month (Nov-21).
    @Test func fieldsCompareWithFields() throws {
        #expect(try Q.rows("select name from * where review < sg") == [["Design Principles & Assumptions"]])
        // BRS001–006 and the five GA rows have review = sg, and so do the six all-TBC rows.
        #expect(try Q.count("review = sg") == 17)
    }

    /// Names are stored without de-duplication; grouping still sees one value. In the
    /// seed, BP018 and BRS007 are both "Load Shaping Service (ECS)", BP019 and BRS008 both
    /// "Marketwide Data Service (ECS)".
    @Test func equalNamesGroupTogether() throws {
        #expect(try Q.rows("select name, count(*) as n from * group by name having n > 1") ==
                [["Load Shaping Service (ECS)", "2"], ["Marketwide Data Service (ECS)", "2"]])
        #expect(try Q.rows("select count(distinct name) from *") == [["87"]])
    }

    @Test func aggregates() throws {
        #expect(try Q.rows("select count(*) from IF") == [["40"]])
        #expect(try Q.rows("select count(*), count(distinct status), min(dag), max(dag), count(dag) from *") ==
                [["89", "12", "Feb-22", "May-22", "83"]])
        #expect(try Q.rows("select list(ref) from GA") == [[""]])
        #expect(try Q.rows("select count(*) as n from TD where wg = SDWG") == [["4"]])
        #expect(try Q.rows("select wg, count(*) from * group by wg") == [["BPRWG", "79"], ["SDWG", "4"], ["TDWG", "6"]])
        #expect(try Q.rows("select blocker, list(distinct kind) from * where status = blocked group by blocker") ==
                [["Change of Agent", "BP;IF"], ["Interface Approach", "IF"], ["Supplier Interaction", "IF"]])
    }

    @Test func havingOrderLimitDistinct() throws {
        #expect(try Q.rows("select blocker, count(*) as n from IF group by blocker having n > 7 order by n desc, blocker") ==
                [["Change of Agent", "13"], ["Supplier Interaction", "13"]])
        #expect(try Q.rows("select kind from * group by kind having count(*) >= 24") == [["BP"], ["IF"]])
        #expect(try Q.rows("select distinct status from BP") == [["Blocked"], ["Sub-Group Review"], ["First Draft Not Complete"]])
        #expect(try Q.rows("select ref, sg from BRS order by sg desc, ref limit 2") ==
                [["MHHSP-BRS001;MHHSP-BPD001", "Apr-22"], ["MHHSP-BRS002;MHHSP-BPD002", "Apr-22"]])
        #expect(try Q.rows("select ref from BP order by dag limit 1") == [["MHHSP-BP006"]])
        #expect(try Q.rows("select name from BP order by dag desc limit 1") == [["Change of Supplier"]], "TBC last even descending")
    }

    /// The pivot the report's own summary is shaped like; BP dag Mar-22: BP006–011 (10
    /// rows with BP010's five), BP018, BP019; Apr-22: BP004, 005, 020, 021.
    @Test func pivotWithTotals() throws {
        let table = try Q.table("select * where dag between Feb-22 and Apr-22 group by kind pivot dag")
        #expect(table.columns.map(\.name) == ["kind", "Feb-22", "Mar-22", "Apr-22", "total"])
        #expect(table.hasTotalRow)
        #expect(try Q.rows("select * where dag between Feb-22 and Apr-22 group by kind pivot dag") == [
            ["BP", "0", "12", "4", "16"], ["IF", "0", "2", "9", "11"], ["BRS", "0", "1", "3", "4"],
            ["GA", "0", "1", "3", "4"], ["TD", "1", "3", "1", "5"], ["total", "1", "19", "20", "40"],
        ])
    }

    @Test func pivotRowsOrderAndLimitWithTheTotalRowLast() throws {
        #expect(try Q.rows("select * where dag between Feb-22 and Apr-22 group by kind pivot dag order by total desc limit 2") == [
            ["BP", "0", "12", "4", "16"], ["IF", "0", "2", "9", "11"], ["total", "1", "19", "20", "40"],
        ])
    }

    /// A list pivot counts an artefact under each value, but once in its row's total:
    /// BP004 (Smart, Advanced, Unmetered), BP005 (Smart, Advanced, UMS), BP018 (Elexon
    /// Central Systems, Smart).
    @Test func pivotOnAListCountsArtefactsOnceInTotals() throws {
        #expect(try Q.table("select * from BP where subgroups in (smart, advanced) group by kind pivot subgroups").columns.map(\.name) ==
                ["kind", "Advanced", "Elexon Central Systems", "Smart", "UMS", "Unmetered", "total"])
        #expect(try Q.rows("select * from BP where subgroups in (smart, advanced) group by kind pivot subgroups") ==
                [["BP", "2", "1", "3", "1", "1", "3"], ["total", "2", "1", "3", "1", "1", "3"]])
    }

    @Test func explainCountsRowsAfterEachClause() throws {
        let trace = try Q.result("explain select IF where status = blocked and dag < May-22 group by blocker").trace
        #expect(trace == [ExplainStep(label: "", count: 89), ExplainStep(label: "kind in (IF)", count: 40),
                          ExplainStep(label: "status = blocked", count: 33), ExplainStep(label: "dag < May-22", count: 6),
                          ExplainStep(label: "group by blocker", count: 1)])
    }

    @Test func parametersSupplyValues() throws {
        #expect(try Q.table("select * from IF where status = blocked and dag < $cutoff", parameters: ["cutoff": "May-22"]).rowCount == 6)
        #expect(try Q.table("select * limit $n", parameters: ["n": "3"]).rowCount == 3)
    }
}
