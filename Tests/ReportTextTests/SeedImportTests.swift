import ColumnStore
import Foundation
import RegisterCSV
import RegisterModel
import Testing
@testable import ReportText

/// The seed report's text imports to `Data/register.csv` exactly, and its business design
/// and key blocking issues figures to the published figures of `Data/summary.csv`.
@Suite struct SeedImportTests {
    @Test func theSeedImportsToTheRegisterByteForByte() throws {
        let imported = try ReportFixtures.importSeed()
        let expected = try String(contentsOfFile: ReportFixtures.root + "/Data/register.csv", encoding: .utf8)
        #expect(RegisterWriter.csv(imported.register) == expected)
    }
}

extension SeedImportTests {
    /// Every value the seed wraps is a known one, so its lines' ending spaces are not needed.
    @Test func theSeedWithoutItsTrailingSpacesImportsTheSame() throws {
        let text = try ReportFixtures.text(ReportFixtures.seedPath).replacing(/[ ]+\n/, with: "\n")
        let imported = try ReportReader.read(bytes: Array(text.utf8), file: "seed.txt", known: .embedded).get()
        #expect(RegisterWriter.csv(imported.register) == (try ReportFixtures.text(ReportFixtures.root + "/Data/register.csv")))
    }

    @Test func theSeedWithCRLFLineEndsAndABOMImportsTheSame() throws {
        let text = "\u{FEFF}" + (try ReportFixtures.text(ReportFixtures.seedPath)).replacing("\n", with: "\r\n")
        let imported = try ReportReader.read(bytes: Array(text.utf8), file: "seed.txt", known: .embedded).get()
        #expect(RegisterWriter.csv(imported.register) == (try ReportFixtures.text(ReportFixtures.root + "/Data/register.csv")))
    }

    @Test func theSeedsBusinessDesignAndBlockingFiguresAreThePublishedOnes() throws {
        let imported = try ReportFixtures.importSeed()
        let summary = try String(contentsOfFile: ReportFixtures.root + "/Data/summary.csv", encoding: .utf8)
        let published = summary.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Technical Design Artefact Status Report,") }
            .joined(separator: "\n")
        #expect(imported.summaryCSV == published)
    }

    @Test func theTechnicalDesignSummaryRowsAreNamedInNotesAndLeftOut() throws {
        let imported = try ReportFixtures.importSeed()
        #expect(imported.summaryNotes == [
            "seed.txt:560: 'DIP Non Functional Requirements' in the technical design summary: 8 figures for 12 columns cannot be placed (a blank cell leaves no trace in the text); left out",
            "seed.txt:562: 'DIP Functional Specification' in the technical design summary: 8 figures for 12 columns cannot be placed (a blank cell leaves no trace in the text); left out",
            "seed.txt:564: 'End to End Architecture' in the technical design summary: 8 figures for 12 columns cannot be placed (a blank cell leaves no trace in the text); left out",
            "seed.txt:566: 'End to End Non Functional Requirements' in the technical design summary: 8 figures for 12 columns cannot be placed (a blank cell leaves no trace in the text); left out",
            "seed.txt:568: 'Security Specifications and Impact assessments' in the technical design summary: 8 figures for 12 columns cannot be placed (a blank cell leaves no trace in the text); left out",
            "seed.txt:570: 'Total' in the technical design summary: left out (only the business design and key blocking issues figures are written)",
        ])
    }
}
