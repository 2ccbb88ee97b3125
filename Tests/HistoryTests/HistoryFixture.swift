import ColumnStore
import History
import RegisterCSV
import RegisterModel

/// The test history in Tests/Fixtures/history (its README lists the edits each report
/// makes and the pairings worked out by hand), and small histories made in memory.
enum HistoryFixture {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3) // Tests/HistoryTests/HistoryFixture.swift
        return parts.joined(separator: "/")
    }()

    static let folder = root + "/Tests/Fixtures/history"

    static let jan = Month(year: 2022, month: 1), feb = Month(year: 2022, month: 2), mar = Month(year: 2022, month: 3)

    static func loaded() throws -> LoadedHistory { try HistorySource.folder(folder).load().get() }

    static let header = "kind,ref,name,wg,subgroups,status,blocker,sg,review,dag\n"

    /// A report of `month` whose rows are `kind,ref,name` (the other fields filled in).
    static func report(_ month: Month, _ rows: [String]) throws -> Report {
        let text = header + rows.map { $0 + ",BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n" }.joined()
        let register = try RegisterReader.read(bytes: Array(text.utf8), file: "\(month).csv").get()
        return Report(month: month, file: "\(month).csv", register: register)
    }

    /// The history of reports in Jan-22, Feb-22, … with these rows.
    static func history(_ reports: [String]...) throws -> ReportHistory {
        try ReportHistory(reports.enumerated().map { try report(Month(year: 2022, month: $0.offset + 1), $0.element) })
    }
}
