import Foundation
import History
import RegisterModel
import TestSupport
import Testing

/// Loading a history from a folder or from named files: all reports or nothing, and a
/// message naming the file for every problem.
@Suite struct HistoryLoadingTests {
    typealias Fixture = HistoryFixture

    static let row = "GA,,Catalogue,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n"

    /// A fresh folder holding `files` (name → contents).
    func folder(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "regq-history-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
        return path
    }

    func error(_ source: HistorySource) -> String? {
        switch source.load() {
        case .success: nil
        case .failure(let error): error.description
        }
    }

    @Test func monthsFromFileNames() {
        #expect(ReportFile.month(ofFileName: "2022-03.csv") == Fixture.mar)
        #expect(ReportFile.month(ofFileName: "Mar-22.csv") == Fixture.mar)
        #expect(ReportFile.month(ofFileName: "dir/mar-22.CSV") == Fixture.mar)
        #expect(ReportFile.month(ofFileName: "TBC.csv") == nil)
        #expect(ReportFile.month(ofFileName: "2022-13.csv") == nil)
        #expect(ReportFile.month(ofFileName: "march.csv") == nil)
        #expect(ReportFile.month(ofFileName: "2022-03.txt") == Fixture.mar)
        #expect(ReportFile.month(ofFileName: "2022-03.md") == nil)
    }

    @Test func otherFilesAndHiddenOnesArePassedOver() throws {
        let path = try folder(["Feb-22.csv": RegisterText.header + Self.row, "2022-01.csv": RegisterText.header + Self.row,
                               "README.md": "notes", "._2022-03.csv": "\u{0}\u{1}"])
        let history = try HistorySource.folder(path).load().get().history
        #expect(history.reports.map(\.month) == [Fixture.jan, Fixture.feb])
        #expect(history.reports.map(\.file) == [path + "/2022-01.csv", path + "/Feb-22.csv"])
    }

    @Test func aCSVNotNamedByAMonthIsPassedOverWithANote() throws {
        let path = try folder(["2022-01.csv": RegisterText.header + Self.row, "latest.csv": RegisterText.header + Self.row,
                               "2022-03-draft.csv": RegisterText.header + Self.row])
        let loaded = try HistorySource.folder(path).load().get()
        #expect(loaded.history.reports.map(\.file) == [path + "/2022-01.csv"])
        #expect(loaded.notes.first == "\(path): passed over 2022-03-draft.csv, latest.csv"
            + " (a report is named by its month: 2022-03.csv or Mar-22.xlsx; -r MONTH=FILE adds one)")
    }

    @Test func twoFilesOfOneMonthAreAnError() throws {
        let path = try folder(["2022-03.csv": RegisterText.header + Self.row, "Mar-22.csv": RegisterText.header + Self.row])
        #expect(error(.folder(path)) == """
            \(path)/2022-03.csv and \(path)/Mar-22.csv: two reports of Mar-22 (a history has one report a month)
            \(path): history refused: nothing was loaded
            """)
        let files = HistorySource.files([ReportFile(month: Fixture.mar, path: "a.csv"), ReportFile(month: Fixture.mar, path: "b.csv")])
        #expect(error(files) == """
            a.csv and b.csv: two reports of Mar-22 (a history has one report a month)
            a.csv, b.csv: history refused: nothing was loaded
            """)
    }

    @Test func anEmptyFolderIsAnError() throws {
        let path = try folder(["notes.txt": "x"])
        #expect(error(.folder(path)) == """
            \(path): no reports in the folder (a report is a .csv or .xlsx or .txt file named by its month: 2022-03.csv or Mar-22.xlsx)
            \(path): history refused: nothing was loaded
            """)
        #expect(error(.folder(path + "/missing")) == """
            \(path)/missing: cannot read the history folder: no such file or directory
            \(path)/missing: history refused: nothing was loaded
            """)
    }

    /// Every bad report is reported as a register is, and nothing is loaded.
    @Test func aBadReportRefusesTheWholeHistory() throws {
        let path = try folder(["2022-01.csv": RegisterText.header + Self.row,
                               "2022-02.csv": RegisterText.header + "GA,,Catalogue,BPRWG,All,Maintenance,,Mar-22,Mar-22,Mayy-22\n",
                               "2022-03.csv": "kind,name\n"])
        let message = try #require(error(.folder(path)))
        #expect(message.hasPrefix("\(path)/2022-02.csv:2: column 'dag': 'Mayy-22' is not a month"))
        #expect(message.contains("\(path)/2022-02.csv: register refused: nothing was loaded\n\(path)/2022-03.csv:1: "))
        #expect(message.hasSuffix("\(path)/2022-03.csv: register refused: nothing was loaded\n\(path): history refused: nothing was loaded"))
    }

    @Test func namedFilesAndTheirNotes() throws {
        let path = try folder(["jan.csv": RegisterText.header + Self.row, "feb.csv": Field.header + ",owner\n"
                                   + "GA,,Catalogue,BPRWG,All,Maintenance,,Mar-22,,Apr-22,me\n"])
        let loaded = try HistorySource.files([ReportFile(month: Fixture.feb, path: path + "/feb.csv"),
                                              ReportFile(month: Fixture.jan, path: path + "/jan.csv")]).load().get()
        #expect(loaded.history.reports.map(\.month) == [Fixture.jan, Fixture.feb])
        #expect(loaded.notes.count == 2)
        #expect(loaded.notes.allSatisfy { $0.hasPrefix(path + "/feb.csv: ") })
        #expect(loaded.history.pairing(into: 1)!.matchedCount == 1)
    }
}
