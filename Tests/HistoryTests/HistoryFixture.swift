import ColumnStore
import History
import RegisterCSV
import RegisterModel
import TestSupport

/// The test history in Tests/Fixtures/history (its README lists the edits each report
/// makes and the pairings worked out by hand), and small histories made in memory.
enum HistoryFixture {
    static let folder = Repository.root + "/Tests/Fixtures/history"

    static let jan = Month(year: 2022, month: 1), feb = Month(year: 2022, month: 2), mar = Month(year: 2022, month: 3)

    static func loaded() throws -> LoadedHistory { try HistorySource.folder(folder).load().get() }

    /// A report of `month` whose rows are `kind,ref,name` (the other fields filled in).
    static func report(_ month: Month, _ rows: [String]) throws -> Report {
        let text = RegisterText.header + rows.map { $0 + ",BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n" }.joined()
        let register = try RegisterReader.read(bytes: Array(text.utf8), file: "\(month).csv").get()
        return Report(month: month, file: "\(month).csv", register: register)
    }

    /// The history of reports in Jan-22, Feb-22, … with these rows.
    static func history(_ reports: [String]...) throws -> ReportHistory {
        try ReportHistory(reports.enumerated().map { try report(Month(year: 2022, month: $0.offset + 1), $0.element) })
    }
}
