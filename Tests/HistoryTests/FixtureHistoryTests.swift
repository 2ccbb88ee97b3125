import ColumnStore
import History
import RegisterModel
import Testing

/// The fixture history's pairings, against the answers worked out by hand in
/// Tests/Fixtures/history/README.md.
@Suite struct FixtureHistoryTests {
    typealias Fixture = HistoryFixture

    @Test func readsTheReportsInMonthOrder() throws {
        let history = try Fixture.loaded().history
        #expect(history.reports.map(\.month) == [Fixture.jan, Fixture.feb, Fixture.mar])
        #expect(history.reports.map(\.file) == ["2022-01.csv", "2022-02.csv", "2022-03.csv"].map { Fixture.folder + "/" + $0 })
        #expect(history.reports.map(\.register.rowCount) == [89, 89, 89])
        #expect(history.latest.month == Fixture.mar)
        #expect(history.first.month == Fixture.jan)
        #expect(history.index(of: Fixture.feb) == 1)
        #expect(history.index(of: Month(year: 2022, month: 4)) == nil)
        #expect(history.pairing(into: 0) == nil)
    }

    @Test func pairsJanuaryWithFebruary() throws {
        let pairing = try #require(try Fixture.loaded().history.pairing(into: 1))
        #expect((pairing.earlier, pairing.later) == (0, 1))
        #expect((pairing.matchedCount, pairing.newCount, pairing.goneCount) == (86, 3, 3))
        let passes = (0 ..< 89).compactMap { pairing.pass(ofLaterRow: $0) }
        #expect(passes.filter { $0 == .refsAndName }.count == 83)
        // F1, the typo fixed: same refs. F2, a ref assigned, and F3, the BRS's refs changed: same name.
        #expect(pairing.pass(ofLaterRow: 16) == .refs)
        #expect(pairing.earlierRow(pairedWith: 16) == 16)
        #expect(pairing.pass(ofLaterRow: 62) == .name)
        #expect(pairing.earlierRow(pairedWith: 62) == 62)
        #expect(pairing.pass(ofLaterRow: 65) == .name)
        #expect(pairing.earlierRow(pairedWith: 65) == 64)
        #expect(pairing.laterRow(pairedWith: 64) == 65)
        // BP010's five rows, one ref: each by its name.
        for row in 9 ... 13 {
            #expect(pairing.pass(ofLaterRow: row) == .refsAndName)
            #expect(pairing.earlierRow(pairedWith: row) == row)
        }
        // F7 new; F4 the two identical rows, and the row they came from.
        #expect((0 ..< 89).filter { pairing.earlierRow(pairedWith: $0) == nil } == [61, 63, 64])
        #expect((0 ..< 89).filter { pairing.isAlike(laterRow: $0) } == [63, 64])
        // F5 and F6 removed; F4.
        #expect(pairing.goneRows == [61, 63, 78])
        #expect((0 ..< 89).filter { pairing.isAlike(earlierRow: $0) } == [63])
    }

    @Test func pairsFebruaryWithMarch() throws {
        let pairing = try #require(try Fixture.loaded().history.pairing(into: 2))
        #expect((pairing.matchedCount, pairing.newCount, pairing.goneCount) == (85, 4, 4))
        #expect((0 ..< 89).allSatisfy { pairing.pass(ofLaterRow: $0) == nil || pairing.pass(ofLaterRow: $0) == .refsAndName })
        // M1: two BP010 rows each side, one ref: not paired. M2, M3.
        #expect((0 ..< 89).filter { pairing.earlierRow(pairedWith: $0) == nil } == [9, 10, 63, 78])
        #expect((0 ..< 89).filter { pairing.isAlike(laterRow: $0) } == [9, 10, 63])
        #expect(pairing.goneRows == [9, 10, 63, 64])
        #expect((0 ..< 89).filter { pairing.isAlike(earlierRow: $0) } == [9, 10, 63, 64])
        // The other three BP010 rows; M4, refs as a set; M9, names as `=` compares them.
        for row in 11 ... 13 { #expect(pairing.earlierRow(pairedWith: row) == row) }
        #expect(pairing.earlierRow(pairedWith: 65) == 66)
        #expect(pairing.earlierRow(pairedWith: 59) == 59)
    }

    @Test func identitiesRunAlongTheChain() throws {
        let history = try Fixture.loaded().history
        let ids = history.identities
        #expect(ids.count == 96)
        #expect(ids.identities(inReport: 0) == (0 ..< 89).map { Int32($0) })
        // New in Feb-22 (F7, F4) and in Mar-22 (M1, M2, M3).
        #expect([61, 63, 64].map { ids.identity(ofRow: $0, inReport: 1) } == [89, 90, 91])
        #expect([9, 10, 63, 78].map { ids.identity(ofRow: $0, inReport: 2) } == [92, 93, 94, 95])
        // Interface List: removed in Feb-22, back in Mar-22 as another artefact.
        #expect(ids.row(of: 78, inReport: 0) == 78)
        #expect(ids.row(of: 78, inReport: 1) == nil)
        #expect(ids.row(of: 78, inReport: 2) == nil)
        #expect(ids.row(of: 95, inReport: 0) == nil)
        // Smart Data Service: Jan row 64, Feb row 65 (by name), Mar row 64.
        #expect(ids.row(inReport: 0, sameAs: 64, ofReport: 2) == 64)
        #expect(ids.row(inReport: 1, sameAs: 64, ofReport: 2) == 65)
        #expect(ids.identity(ofRow: 64, inReport: 2) == 64)
        // BP010's Address row: in Jan-22 and Feb-22, not the renamed row of Mar-22.
        #expect(ids.row(inReport: 2, sameAs: 9, ofReport: 0) == nil)
        #expect(ids.row(inReport: 1, sameAs: 9, ofReport: 0) == 9)
        // The artefact new in Feb-22 is in Mar-22 too.
        #expect(ids.row(inReport: 2, sameAs: 61, ofReport: 1) == 61)
        // A row is itself in its own report.
        for report in 0 ..< 3 {
            for row in 0 ..< 89 { #expect(ids.row(inReport: report, sameAs: row, ofReport: report) == row) }
        }
    }

    @Test func notesCountTheRowsAlike() throws {
        #expect(try Fixture.loaded().history.notes == [
            "1 row named 'Demand Control' in Jan-22 was not paired with Feb-22",
            "2 rows named 'Demand Control' in Feb-22 were not paired with Jan-22",
            "2 rows of MHHSP-BP010 in Feb-22 were not paired with Mar-22",
            "2 rows named 'Demand Control' in Feb-22 were not paired with Mar-22",
            "2 rows of MHHSP-BP010 in Mar-22 were not paired with Feb-22",
            "1 row named 'Demand Control' in Mar-22 was not paired with Feb-22",
        ])
        #expect(try Fixture.loaded().notes == Fixture.loaded().history.notes)
    }
}
