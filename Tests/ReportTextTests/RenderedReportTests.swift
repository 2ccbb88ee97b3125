import ColumnStore
import RegisterCSV
import RegisterModel
import Testing
@testable import ReportText

/// Registers rendered in the seed's layout with random line breaks, wraps and page
/// breaks (one in four with no space at the end of a wrapped line), then imported: each
/// comes back exactly, or is refused with the line named; none comes back silently
/// different.
@Suite struct RenderedReportTests {
    /// The renderings made of each register.
    static let renderings = 40

    /// How each rendering came back.
    struct Tally {
        var exact = 0
        var refused: [String] = []
    }

    /// Renders `artefacts` many times and imports each with `known`.
    static func roundTrips(_ artefacts: [Artefact], known: KnownValues, seed: UInt64) throws -> Tally {
        let expected = ReportFixtures.csv(of: artefacts)
        let summaryPage = try ReportFixtures.seedSummaryPage()
        var tally = Tally()
        for index in 0 ..< UInt64(renderings) {
            var renderer = ReportRenderer(seed: seed &* 1000 &+ index)
            var text = renderer.render(artefacts, summaryPage: summaryPage)
            // One rendering in four as an extraction that writes no space at a wrap.
            if index % 4 == 3 { text = text.replacing(/[ ]+\n/, with: "\n") }
            switch ReportReader.read(bytes: Array(text.utf8), file: "report.txt", known: known) {
            case .success(let imported):
                let csv = RegisterWriter.csv(imported.register)
                #expect(csv == expected, "rendering \(index) came back different:\n\(ReportFixtures.difference(csv, expected))\n\(text)")
                if csv == expected { tally.exact += 1 }
            case .failure(let error):
                #expect(error.problems.allSatisfy { $0.line != nil }, "a refusal without its line: \(error)")
                tally.refused += error.problems.map(\.message)
            }
        }
        return tally
    }

    static func artefacts(_ register: Register) -> [Artefact] {
        (0 ..< register.rowCount).map(register.artefact(at:))
    }

    /// Most renderings of a register whose values are known come back; the rest name
    /// their line.
    static func expectMostlyExact(_ tally: Tally, atLeast share: Double = 0.5) {
        #expect(Double(tally.exact) >= share * Double(renderings), "only \(tally.exact) of \(renderings) came back: \(tally.refused.prefix(10))")
    }

    // MARK: - The fixture history

    /// Each report known by the one before it, the first by the embedded register.
    @Test(arguments: [("2022-01.csv", nil), ("2022-02.csv", "2022-01.csv"), ("2022-03.csv", "2022-02.csv")] as [(String, String?)])
    func theFixtureHistorysReports(_ file: String, _ previous: String?) throws {
        let register = try ReportFixtures.historyReport(file)
        let known = try previous.map { KnownValues(try ReportFixtures.historyReport($0)) } ?? .embedded
        let tally = try Self.roundTrips(Self.artefacts(register), known: known, seed: UInt64(file.utf8.reduce(0) { $0 &+ UInt64($1) }))
        Self.expectMostlyExact(tally)
    }

    @Test func theSeedsRegisterReRendered() throws {
        let tally = try Self.roundTrips(Self.artefacts(.embedded), known: .embedded, seed: 7)
        Self.expectMostlyExact(tally, atLeast: 0.9)
    }

    // MARK: - Another month's edits

    @Test func renamedNewAndRemovedArtefacts() throws {
        var artefacts = Self.artefacts(.embedded)
        artefacts[1].name = "Change of Agent - Metering Services"
        artefacts[30].name = "Data Service Appointment Request"
        artefacts.remove(at: 40)
        artefacts.remove(at: 12)
        artefacts.insert(Artefact(kind: .businessProcess, refs: ["MHHSP-BP022"], name: "Meter Exchange", workingGroup: "BPRWG",
                                  subgroups: ["Smart", "Advanced"], status: "Sub-Group Review", blockers: [],
                                  sg: Month(year: 2022, month: 5), review: Month(year: 2022, month: 6), dag: Month(year: 2022, month: 7)),
                         at: artefacts.firstIndex { $0.kind == .interfaceSpecification }!)
        artefacts.append(Artefact(kind: .technicalDesign, refs: [], name: "Data Migration Strategy", workingGroup: "TDWG",
                                  subgroups: [], status: "Not Started", blockers: [], sg: .tbc, review: .tbc, dag: .tbc))
        let tally = try Self.roundTrips(artefacts, known: .embedded, seed: 11)
        Self.expectMostlyExact(tally)
    }

    @Test func aNewStatus() throws {
        var artefacts = Self.artefacts(.embedded)
        for index in [5, 6, 33, 70] {
            artefacts[index].status = "Awaiting Design Authority"
            artefacts[index].blockers = []
        }
        let tally = try Self.roundTrips(artefacts, known: .embedded, seed: 13)
        Self.expectMostlyExact(tally, atLeast: 0.2)
    }

    @Test func aNewBlockerWrappedMidPhrase() throws {
        var artefacts = Self.artefacts(.embedded)
        for index in [0, 24, 50] {
            artefacts[index].status = "Blocked"
            artefacts[index].blockers = ["Meter Data Migration Approach"]
        }
        let tally = try Self.roundTrips(artefacts, known: .embedded, seed: 17)
        Self.expectMostlyExact(tally)
    }
}
