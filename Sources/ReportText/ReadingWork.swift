/// The work one row's reading may cost, and what it has found of the ways to read its
/// list cells (each range read once). A row's text from a report has a few hundred
/// readings; a hostile text could have billions, and is refused instead.
final class ReadingWork {
    /// Readings tried, at most.
    static let limit = 100_000
    /// Ways to read one range of list cells, at most: more are too many to tell apart.
    static let linesKept = 64

    private var left = ReadingWork.limit
    var lines: [Range<Int>: [[CellSplitter.Cell]]] = [:]

    var isExhausted: Bool { left <= 0 }

    /// Takes one step; false once none is left.
    func spend() -> Bool {
        left -= 1
        return left >= 0
    }

    func exhaust() { left = 0 }
}
