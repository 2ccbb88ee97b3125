import Foundation
import RegisterCSV
@testable import ReportText

/// Where the tests find the project's files and the seed report's text.
enum ReportFixtures {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// The seed report's text, as the slides' extraction gave it.
    static let seedPath = root + "/Tests/Fixtures/reports/seed.txt"

    static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    static func importSeed() throws -> ImportedReport {
        try ReportReader.read(bytes: Array(text(seedPath).utf8), file: "seed.txt", known: .embedded).get()
    }
}
