import RegisterModel

/// Which columns a table shows and how wide each is, so that every line fits the
/// terminal and stays readable: a text column is shortened with `…` but keeps at least
/// `keptColumns` columns of its text (a name stays recognisable). When not every column
/// fits, those that carry least go first: a column with one value in every row becomes
/// a line below the table (`status: Blocked (all rows)`); then columns are left out in
/// the order of `leftOutFirst`, and named below the table.
struct TableLayout: Equatable {
    /// The columns shown, in order (indices into the result's columns).
    var shown: [Int]
    /// The width of each column shown, parallel to `shown`.
    var widths: [Int]
    /// The columns left out.
    var omitted: [Int]
    /// The columns left out because every row holds the same value, said below the table.
    var constant: [Int] = []

    /// A shortened text or list column still shows this many display columns of its
    /// text, then the ellipsis.
    static let keptColumns = 20

    /// The space between two columns.
    static let gap = 2

    /// Every column at its natural width: no limit.
    static func natural(_ cells: TableCells) -> TableLayout {
        TableLayout(shown: Array(cells.naturalWidths.indices), widths: cells.naturalWidths, omitted: [])
    }

    /// Which columns may be left out to fit.
    enum Leaving {
        /// Only those with one value in every row (said below the table).
        case constantColumns
        /// Any, those with one value first.
        case anyColumns
    }

    /// The order in which columns are left out when not all fit, least telling first:
    /// the working group and sub-groups, then the earlier forecasts, the kind, the
    /// blocker, the status, the DAG month; then a column that is no field (an aggregate,
    /// a computed value, `report`: nil here); the refs and the name, which say which
    /// artefact a row is, last. A field of another report (`dag@Feb-22`) goes with its field.
    static let leftOutFirst: [Field?] = [.wg, .subgroups, .sg, .review, .kind, .blocker, .status, .dag, nil, .ref, .name]

    /// How early `header`'s column is left out (lower: earlier).
    static func leavingRank(_ header: String) -> Int {
        let name = header.split(separator: "@", maxSplits: 1).first.map(String.init) ?? header
        let field = Field(name: name).flatMap { $0 == .report ? nil : $0 }
        return leftOutFirst.firstIndex(of: field) ?? leftOutFirst.count
    }

    /// The columns that fit `limit` at their readable widths, shortened no more than
    /// needed. When not all fit, columns leave one at a time until the rest fit: first
    /// those with one value in every row (said below the table), then, if `leaving`
    /// allows, the others; each group by `leavingRank`, the rightmost first among equals.
    /// Nil when only constant columns may leave and that is not enough. Leaving any
    /// column, at least one is shown, cut to the limit when even it is wider.
    static func fitting(_ cells: TableCells, into limit: Int, leaving: Leaving) -> TableLayout? {
        let all = Array(cells.naturalWidths.indices), constant = cells.constantColumns
        func byRank(_ columns: [Int]) -> [Int] {
            columns.sorted { (leavingRank(cells.headers[$0]), -$0) < (leavingRank(cells.headers[$1]), -$1) }
        }
        var order = byRank(constant)
        if leaving == .anyColumns { order += byRank(all.filter { !constant.contains($0) }) }
        var shown = all
        for column in order where shown.count > 1 && minimumWidth(of: shown, cells) > limit {
            shown.removeAll { $0 == column }
        }
        let fits = minimumWidth(of: shown, cells) <= limit
        if !fits && leaving == .constantColumns { return nil }
        let left = all.filter { !shown.contains($0) }
        return TableLayout(shown: shown, widths: fits ? shortened(shown, cells, into: limit) : [max(1, limit)],
                           omitted: left.filter { !constant.contains($0) }, constant: left.filter { constant.contains($0) })
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
