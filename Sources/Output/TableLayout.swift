/// Which columns a table shows and how wide each is, so that every line fits the
/// terminal and stays readable: a text column is shortened with `…` but keeps at least
/// `keptColumns` columns of its text (a name stays recognisable), and the columns that
/// still do not fit are left out, from the right, and named below the table.
struct TableLayout: Equatable {
    /// The columns shown, in order (indices into the result's columns).
    var shown: [Int]
    /// The width of each column shown, parallel to `shown`.
    var widths: [Int]
    /// The columns left out.
    var omitted: [Int]

    /// A shortened text or list column still shows this many display columns of its
    /// text, then the ellipsis.
    static let keptColumns = 20

    /// The space between two columns.
    static let gap = 2

    /// Every column at its natural width: no limit.
    static func natural(_ cells: TableCells) -> TableLayout {
        TableLayout(shown: Array(cells.naturalWidths.indices), widths: cells.naturalWidths, omitted: [])
    }

    /// Every column, fitted into `limit` with none shortened below the readable width;
    /// nil when that cannot be done.
    static func allColumns(_ cells: TableCells, fitting limit: Int) -> TableLayout? {
        let all = Array(cells.naturalWidths.indices)
        guard minimumWidth(of: all, cells) <= limit else { return nil }
        return TableLayout(shown: all, widths: shortened(all, cells, into: limit), omitted: [])
    }

    /// The columns that fit `limit`, from the left: as many as fit at their readable
    /// widths, then shortened no more than needed. At least the first column is shown,
    /// cut to the limit when even it is wider.
    static func fitting(_ cells: TableCells, into limit: Int) -> TableLayout {
        if let all = allColumns(cells, fitting: limit) { return all }
        var shown: [Int] = []
        for column in cells.naturalWidths.indices {
            guard minimumWidth(of: shown + [column], cells) <= limit else { break }
            shown.append(column)
        }
        guard !shown.isEmpty else {
            return TableLayout(shown: [0], widths: [max(1, limit)], omitted: Array(cells.naturalWidths.indices.dropFirst()))
        }
        let omitted = cells.naturalWidths.indices.filter { !shown.contains($0) }
        return TableLayout(shown: shown, widths: shortened(shown, cells, into: limit), omitted: omitted)
    }

    /// The narrowest the columns can be while readable, gaps included.
    static func minimumWidth(of columns: [Int], _ cells: TableCells) -> Int {
        let widths = columns.map { readableMinimum($0, cells) }
        return widths.reduce(0, +) + gap * max(0, columns.count - 1)
    }

    static func readableMinimum(_ column: Int, _ cells: TableCells) -> Int {
        let natural = cells.naturalWidths[column]
        return cells.shortenable[column] ? min(natural, keptColumns + 1) : natural
    }

    /// Widths for `columns` that fit `limit`, gaps included: the widest shortenable
    /// column gives way first, repeatedly, none below its readable minimum.
    static func shortened(_ columns: [Int], _ cells: TableCells, into limit: Int) -> [Int] {
        var widths = columns.map { cells.naturalWidths[$0] }
        let floors = columns.map { readableMinimum($0, cells) }
        var excess = widths.reduce(0, +) + gap * max(0, widths.count - 1) - limit
        while excess > 0 {
            let candidates = widths.indices.filter { widths[$0] > floors[$0] }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 > $1) }) else { break }
            let runnerUp = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let floor = max(floors[widest], runnerUp)
            let cut = max(1, min(excess, widths[widest] - floor))
            widths[widest] -= cut
            excess -= cut
        }
        return widths
    }
}
