/// Which rows of a history's reports are one artefact: each row of each report has an
/// identity (a number), the same along the chain of consecutive pairings, so that the
/// same artefact in another report is found in one step. An artefact missing from a
/// report and back in a later one has a new identity there: removed, then new.
public struct ArtefactIdentities: Sendable {
    /// Each row's identity, report after report (report `r`'s rows at
    /// `firstRow[r] ..< firstRow[r + 1]`).
    /// Flat arrays, not an array per report: a lookup per row would otherwise retain and
    /// release the report's array.
    private let identityOfRow: [Int32]
    private let firstRow: [Int]
    /// The row of each identity in each report (report `r`'s from `r * count`), or -1
    /// when the artefact is not in it.
    private let rowOfIdentity: [Int32]

    /// Identities along `pairings` (`pairings[i]` pairs report `i` with report `i + 1`)
    /// of reports of `rowCounts` rows: the first report's rows are 0, 1, …; a paired row
    /// keeps its partner's identity, an unpaired one takes the next number.
    init(rowCounts: [Int], pairings: [Pairing]) {
        var identityOfRow: [Int32] = [], firstRow: [Int] = []
        identityOfRow.reserveCapacity(rowCounts.reduce(0, +))
        var next: Int32 = 0
        for (report, count) in rowCounts.enumerated() {
            let pairing = report > 0 ? pairings[report - 1] : nil
            let previousStart = firstRow.last ?? 0
            firstRow.append(identityOfRow.count)
            for row in 0 ..< count {
                if let earlier = pairing?.earlierRow(pairedWith: row) {
                    identityOfRow.append(identityOfRow[previousStart + earlier])
                } else {
                    identityOfRow.append(next)
                    next += 1
                }
            }
        }
        firstRow.append(identityOfRow.count)
        count = Int(next)
        var rowOfIdentity = [Int32](repeating: -1, count: rowCounts.count * Int(next))
        for (report, rows) in rowCounts.enumerated() {
            for row in 0 ..< rows { rowOfIdentity[report * Int(next) + Int(identityOfRow[firstRow[report] + row])] = Int32(row) }
        }
        (self.identityOfRow, self.firstRow, self.rowOfIdentity) = (identityOfRow, firstRow, rowOfIdentity)
    }

    /// How many artefacts the history holds: identities run from 0 to `count - 1`.
    public let count: Int

    /// The identity of `row` of report `report` (indices into `ReportHistory.reports`).
    public func identity(ofRow row: Int, inReport report: Int) -> Int { Int(identityOfRow[firstRow[report] + row]) }

    /// Every row's identity in report `report`, in register order.
    public func identities(inReport report: Int) -> [Int32] {
        Array(identityOfRow[firstRow[report] ..< firstRow[report + 1]])
    }

    /// The row of report `report` that is artefact `identity`; nil when it is not in it.
    public func row(of identity: Int, inReport report: Int) -> Int? {
        let row = rowOfIdentity[report * count + identity]
        return row < 0 ? nil : Int(row)
    }

    /// For each row of report `report`, the row of report `target` that is the same
    /// artefact, or -1: `row(inReport:sameAs:ofReport:)` of every row, in one pass whose
    /// lookups do not wait on one another.
    public func rows(inReport target: Int, sameAsRowsOf report: Int) -> [Int32] {
        let targetStart = target * count
        return identityOfRow[firstRow[report] ..< firstRow[report + 1]].map { rowOfIdentity[targetStart + Int($0)] }
    }

    /// The row of report `target` that is the same artefact as `row` of report `report`;
    /// nil when that artefact is not in `target`.
    public func row(inReport target: Int, sameAs row: Int, ofReport report: Int) -> Int? {
        self.row(of: identity(ofRow: row, inReport: report), inReport: target)
    }
}
