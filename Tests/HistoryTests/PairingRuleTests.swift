import ColumnStore
import History
import RegisterModel
import Testing

/// Each rule of pairing on histories small enough to read: a row is `kind,ref,name`.
@Suite struct PairingRuleTests {
    typealias Fixture = HistoryFixture

    /// Each later row's pass (or `new`), in row order.
    func passes(_ history: ReportHistory, into report: Int = 1) -> [String] {
        let pairing = history.pairing(into: report)!
        return (0 ..< history.reports[report].register.rowCount).map { row in
            guard let pass = pairing.pass(ofLaterRow: row) else { return pairing.isAlike(laterRow: row) ? "alike" : "new" }
            return "\(pass.rawValue):\(pairing.earlierRow(pairedWith: row)!)"
        }
    }

    @Test func refsAreASetAndTextIsComparedAsEqualsComparesIt() throws {
        let history = try Fixture.history(
            ["BRS,A-1;B-1,Smart Data Service", "IF,IF-1,Dist. On Site Change"],
            ["IF,if-1,dist on site  CHANGE", "BRS,B-1;A-1;a-1,Smart Data Service"])
        #expect(passes(history) == ["1:1", "1:0"])
    }

    /// A list that repeats a reference is the set of one reference.
    @Test func aRepeatedRefIsOneRef() throws {
        let history = try Fixture.history(["GA,R-1;r-1,X", "GA,S-1;T-1;s-1,Y"], ["GA,S-1;T-1,Y", "GA,R-1,X"])
        #expect(passes(history) == ["1:1", "1:0"])
    }

    @Test func renamedPairsBySameRefsAndAssignedRefBySameName() throws {
        let history = try Fixture.history(
            ["BP,BP-1,Boundry", ",,", "IF,,DUOS", "IF,X-1;X-2,Smart"].filter { $0 != ",," },
            ["BP,BP-1,Boundary", "IF,IF-9,DUOS", "IF,X-1;X-3,Smart"])
        #expect(passes(history) == ["2:0", "3:1", "3:2"])
    }

    @Test func sameRefsPairsOnlyRowsWithRefs() throws {
        let history = try Fixture.history(["GA,,Catalogue"], ["GA,,Glossary"])
        #expect(passes(history) == ["new"])
        #expect(history.pairing(into: 1)!.goneRows == [0])
    }

    @Test func kindsNeverPair() throws {
        let history = try Fixture.history(["BP,R-1,Load Shaping"], ["BRS,R-1,Load Shaping"])
        #expect(passes(history) == ["new"])
    }

    /// Five rows of one ref pair by name; two renamed at once are left, and noted.
    @Test func rowsOfOneRefPairByNameAndAlikeRowsAreNoted() throws {
        let names = ["Address", "Consent", "Domestic", "Loss", "Misc"]
        let history = try Fixture.history(
            names.map { "BP,BP010,Registation \($0)" },
            names.map { "BP,BP010,\($0 == "Address" || $0 == "Consent" ? "Registration" : "Registation") \($0)" })
        #expect(passes(history) == ["alike", "alike", "1:2", "1:3", "1:4"])
        #expect(history.notes == ["2 rows of BP010 in Jan-22 were not paired with Feb-22",
                                  "2 rows of BP010 in Feb-22 were not paired with Jan-22"])
    }

    /// One renamed among five: the only row of its ref left on each side pairs by pass 2.
    @Test func oneRenamedRowOfManyPairsBySameRefs() throws {
        let history = try Fixture.history(
            ["BP,BP010,Registation Address", "BP,BP010,Consent", "BP,BP010,Misc"],
            ["BP,BP010,Consent", "BP,BP010,Registration Address", "BP,BP010,Misc"])
        #expect(passes(history) == ["1:1", "2:0", "1:2"])
        #expect(history.notes.isEmpty)
    }

    /// A row ambiguous in one pass may still be paired by a later one when only one
    /// candidate is left; identical rows never are.
    @Test func identicalRowsAreNeverPaired() throws {
        let history = try Fixture.history(
            ["IF,,Demand Control", "IF,,Demand Control", "GA,,Catalogue"],
            ["IF,,Demand Control", "GA,,Catalogue", "IF,,Demand Control"])
        #expect(passes(history) == ["alike", "1:2", "alike"])
        #expect(history.pairing(into: 1)!.goneRows == [0, 1])
        #expect(history.notes == ["2 rows named 'Demand Control' in Jan-22 were not paired with Feb-22",
                                  "2 rows named 'Demand Control' in Feb-22 were not paired with Jan-22"])
    }

    /// Rows alike on one side only, with nothing like them on the other, are just new.
    @Test func rowsAlikeWithNoCandidateAreNewWithoutANote() throws {
        let history = try Fixture.history(["GA,,Catalogue"], ["GA,,Catalogue", "IF,,Twin", "IF,,Twin"])
        #expect(passes(history) == ["1:0", "new", "new"])
        #expect(history.notes.isEmpty)
    }

    @Test func aMissingArtefactBackLaterIsANewArtefact() throws {
        let history = try Fixture.history(["GA,,Catalogue", "GA,,List"], ["GA,,Catalogue"], ["GA,,List", "GA,,Catalogue"])
        let ids = history.identities
        #expect(ids.count == 3)
        #expect(ids.identities(inReport: 2) == [2, 0])
        #expect(ids.row(inReport: 0, sameAs: 0, ofReport: 2) == nil)
        #expect(ids.row(inReport: 0, sameAs: 1, ofReport: 2) == 0)
    }

    @Test func reportsGivenInAnyOrderAreInMonthOrder() throws {
        let history = ReportHistory([try Fixture.report(Fixture.mar, ["GA,,B"]), try Fixture.report(Fixture.jan, ["GA,,A"])])
        #expect(history.reports.map(\.month) == [Fixture.jan, Fixture.mar])
        #expect(history.latest.wholeRegister?.artefact(at: 0).name == "B")
    }

    @Test func oneReportIsAHistoryWithNoPairings() throws {
        let history = try Fixture.history(["GA,,A", "GA,,A"])
        #expect(history.pairings.isEmpty)
        #expect(history.identities.count == 2)
        #expect(history.notes.isEmpty)
    }

    /// Many alike groups: ten notes, then one that counts the rest.
    @Test func alikeNotesAreCapped() throws {
        let rows = (0 ..< 12).flatMap { ["GA,,Twin \($0)", "GA,,Twin \($0)"] }
        let history = try Fixture.history(rows, rows)
        #expect(history.notes.count == 11)
        #expect(history.notes.last == "… and 14 more groups of rows alike in Jan-22 and Feb-22 were not paired (.matches Feb-22 lists them)")
    }

    /// Reports large enough that each pass splits its rows into parts by key (some
    /// thousands of rows each) pair as small ones do: 30,000 rows, the later report in
    /// the other order, every hundredth renamed, given another ref, removed, or written
    /// twice, and 50 new rows.
    @Test func largeReportsPairAsSmallOnesDo() throws {
        let count = 30_000
        let earlier = (0 ..< count).map { "BP,R-\($0),Name \($0)" }
        var later: [String] = []
        for i in (0 ..< count).reversed() {
            switch i % 100 {
            case 0: later.append("BP,R-\(i),Renamed \(i)")
            case 1: later.append("BP,Q-\(i),Name \(i)")
            case 2: break
            case 3: later += ["BP,R-\(i),Name \(i)", "BP,R-\(i),name \(i)"]
            default: later.append("BP,R-\(i),Name \(i)")
            }
        }
        later += (0 ..< 50).map { "IF,N-\($0),New \($0)" }
        let history = try Fixture.history(earlier, later)
        let pairing = try #require(history.pairing(into: 1))
        #expect(pairing.matchedCount == count - 600)
        #expect(pairing.goneCount == 600)
        #expect(pairing.newCount == 650)
        let passes = passes(history)
        for (row, text) in later.enumerated() {
            let parts = text.split(separator: ",")
            guard parts[0] == "BP", let i = Int(parts[2].split(separator: " ")[1]) else {
                #expect(passes[row] == "new")
                continue
            }
            switch i % 100 {
            case 0: #expect(passes[row] == "2:\(i)")
            case 1: #expect(passes[row] == "3:\(i)")
            case 3: #expect(passes[row] == "alike")
            default: #expect(passes[row] == "1:\(i)")
            }
        }
        let alikeEarlier = (0 ..< count).filter { pairing.isAlike(earlierRow: $0) }
        #expect(alikeEarlier == (0 ..< count).filter { $0 % 100 == 3 })
    }
}
