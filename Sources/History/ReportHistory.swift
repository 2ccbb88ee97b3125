import ColumnStore
import RegisterModel

/// A register over time: the monthly reports in month order, each paired with the one
/// before it, and the artefact identities those pairings give. The latest report is the
/// current register.
public struct ReportHistory: Sendable {
    /// The reports, earliest first; never empty, no two of one month.
    public let reports: [Report]
    /// `pairings[i]` pairs `reports[i]` with `reports[i + 1]`.
    public let pairings: [Pairing]
    /// The same artefact across reports.
    public let identities: ArtefactIdentities
    /// What the pairings left to say: rows not paired because they looked alike.
    public let notes: [String]

    /// The history of `reports` (at least one, no two of one month), in month order
    /// whatever the order given, its rows paired.
    public init(_ reports: [Report]) {
        precondition(!reports.isEmpty, "a history has at least one report")
        let reports = reports.sorted { $0.month < $1.month }
        precondition(zip(reports, reports.dropFirst()).allSatisfy { $0.month < $1.month }, "two reports of one month")
        var earlierKeys = PairingKeys(of: reports[0].register, namesLater: true)
        var pairings: [Pairing] = [], notes: [String] = []
        for index in reports.indices.dropFirst() {
            let laterKeys = PairingKeys(of: reports[index].register, namesLater: true)
            let pairing = Pairer.pair(earlierKeys, laterKeys, reports: (index - 1, index))
            pairings.append(pairing)
            notes += AlikeRowNotes.notes(pairing, earlier: (reports[index - 1], earlierKeys), later: (reports[index], laterKeys))
            earlierKeys = laterKeys
        }
        self.reports = reports
        self.pairings = pairings
        self.notes = notes
        identities = ArtefactIdentities(rowCounts: reports.map(\.register.rowCount), pairings: pairings)
    }

    /// The current register's report: the last.
    public var latest: Report { reports[reports.count - 1] }

    /// The first report.
    public var first: Report { reports[0] }

    /// The index of the report of `month`, or nil.
    public func index(of month: Month) -> Int? { reports.firstIndex { $0.month == month } }

    /// How report `index` was paired with the one before it; nil for the first.
    public func pairing(into index: Int) -> Pairing? { index > 0 ? pairings[index - 1] : nil }
}
