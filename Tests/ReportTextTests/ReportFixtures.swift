import TestSupport
import ColumnStore
import Foundation
import RegisterModel
import RegisterCSV
@testable import ReportText

/// Where the tests find the project's files and the seed report's text.
enum ReportFixtures {
    static let root = Repository.root

    /// The seed report's text, as the slides' extraction gave it.
    static let seedPath = root + "/Tests/Fixtures/reports/seed.txt"

    static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    static func importSeed() throws -> ImportedReport {
        try ReportReader.read(bytes: Array(text(seedPath).utf8), file: "seed.txt", known: .embedded).get()
    }
}

extension ReportFixtures {
    /// The seed's summary page: every line before its first detail table's title.
    static func seedSummaryPage() throws -> String {
        let lines = try text(seedPath).split(separator: "\n", omittingEmptySubsequences: false)
        let end = lines.firstIndex { $0.contains("Business Process Diagrams- Current Status") }!
        return lines[..<end].joined(separator: "\n")
    }

    /// A report of the fixture history (Tests/Fixtures/history).
    static func historyReport(_ file: String) throws -> Register {
        try RegisterReader.read(path: root + "/Tests/Fixtures/history/" + file).get()
    }

    /// `artefacts` as a register file, as `RegisterWriter` writes it.
    static func csv(of artefacts: [Artefact]) -> String {
        var bytes = Array((Field.header + "\n").utf8)
        for artefact in artefacts {
            let row = ImportedRow(kind: artefact.kind, refs: artefact.refs, name: artefact.name, workingGroup: artefact.workingGroup,
                                  subgroups: artefact.subgroups, status: artefact.status, blockers: artefact.blockers,
                                  sg: artefact.sg, review: artefact.review, dag: artefact.dag)
            CSVEncoding.appendRecord(row.record, to: &bytes)
        }
        return RegisterWriter.csv(try! RegisterReader.read(bytes: bytes, file: "<expected>").get())
    }

    /// The lines of `actual` and `expected` that differ.
    static func difference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n"), e = expected.split(separator: "\n")
        return zip(a, e).filter { $0 != $1 }.prefix(5).map { "got      \($0)\nexpected \($1)" }.joined(separator: "\n")
            + (a.count != e.count ? "\n\(a.count) rows, expected \(e.count)" : "")
    }
}
