/// Which rows of a history's reports are one artefact: each row of each report has an
/// identity (a number), the same along the chain of consecutive pairings, so that the
/// same artefact in another report is found in one step. An artefact missing from a
/// report and back in a later one has a new identity there: removed, then new.
public struct ArtefactIdentities: Sendable {
    /// Per report, each row's identity.
    private let identities: [[Int32]]
    /// Per report, the row of each identity, or -1 when the artefact is not in it.
    private let rows: [[Int32]]

    /// Identities along `pairings` (`pairings[i]` pairs report `i` with report `i + 1`)
    /// of reports of `rowCounts` rows: the first report's rows are 0, 1, …; a paired row
    /// keeps its partner's identity, an unpaired one takes the next number.
    init(rowCounts: [Int], pairings: [Pairing]) {
        var identities: [[Int32]] = []
        var next: Int32 = 0
        for (report, count) in rowCounts.enumerated() {
            let pairing = report > 0 ? pairings[report - 1] : nil
            identities.append((0 ..< count).map { row in
                if let earlier = pairing?.earlierRow(pairedWith: row) { return identities[report - 1][earlier] }
                defer { next += 1 }
                return next
            })
        }
        self.identities = identities
        rows = identities.map { ids in
            var rows = [Int32](repeating: -1, count: Int(next))
            for (row, id) in ids.enumerated() { rows[Int(id)] = Int32(row) }
            return rows
        }
        count = Int(next)
    }

    /// How many artefacts the history holds: identities run from 0 to `count - 1`.
    public let count: Int

    /// The identity of `row` of report `report` (indices into `ReportHistory.reports`).
    public func identity(ofRow row: Int, inReport report: Int) -> Int { Int(identities[report][row]) }

    /// Every row's identity in report `report`, in register order.
    public func identities(inReport report: Int) -> [Int32] { identities[report] }

    /// The row of report `report` that is artefact `identity`; nil when it is not in it.
    public func row(of identity: Int, inReport report: Int) -> Int? {
        let row = rows[report][identity]
        return row < 0 ? nil : Int(row)
    }

    /// The row of report `target` that is the same artefact as `row` of report `report`;
    /// nil when that artefact is not in `target`.
    public func row(inReport target: Int, sameAs row: Int, ofReport report: Int) -> Int? {
        self.row(of: identity(ofRow: row, inReport: report), inReport: target)
    }
}
