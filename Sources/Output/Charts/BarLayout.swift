import QueryEngine
import RegisterModel

/// What a bar chart shows, worked out once from a grouped result: the groups' labels and
/// counts, the pivot's total, and what was left out. The terminal (`BarChart`) and SVG
/// (`SVGChart`) draw from it, so they never disagree. Text is as the register holds it;
/// each renderer escapes it for where it goes.
struct BarLayout {
    struct Group {
        /// The group's key cells (an empty key reads `Value.emptyText`).
        var labels: [String]
        var count: Int
    }

    /// The key columns' names.
    var headers: [String]
    /// The count column's name.
    var countHeader: String
    var groups: [Group]
    /// A pivot's total, printed last without a bar.
    var total: Int?
    /// Notes for standard error (escaped for a terminal): the count columns left out.
    var notes: [String]

    /// The longest bar's count.
    var largest: Int { groups.map(\.count).max() ?? 0 }

    /// The layout of `table`, or why it cannot be drawn.
    static func of(_ table: ResultTable) -> Result<BarLayout, ChartUnfit> {
        guard table.isGrouped else {
            return .failure(ChartUnfit("-f bar draws a grouped result (select … group by …)"))
        }
        guard let countColumn = countColumn(of: table) else {
            return .failure(ChartUnfit("-f bar needs a count column (count(*)) to draw"))
        }
        let labelColumns = labelColumns(of: table, countColumn: countColumn)
        let leftOut = table.hasTotalRow ? [] : table.columns.indices.filter {
            $0 != countColumn && !labelColumns.contains($0)
        }
        var notes: [String] = []
        if !leftOut.isEmpty {
            notes.append("-f bar draws one count, '\(TerminalText.escaped(table.columns[countColumn].name))'; left out: "
                + leftOut.map { "'" + TerminalText.escaped(table.columns[$0].name) + "'" }.joined(separator: ", "))
        }
        let groups = (0 ..< table.dataRowCount).map { row in
            Group(labels: labelColumns.map { CellText.shown(table.value(row: row, column: $0), listSeparator: ", ") },
                  count: count(table.value(row: row, column: countColumn)))
        }
        let total = table.hasTotalRow ? count(table.value(row: table.rowCount - 1, column: countColumn)) : nil
        return .success(BarLayout(headers: labelColumns.map { table.columns[$0].name }, countHeader: table.columns[countColumn].name,
                                  groups: groups, total: total, notes: notes))
    }

    /// The pivot's `total` column, else the first integer column.
    static func countColumn(of table: ResultTable) -> Int? {
        if table.hasTotalRow, let last = table.columns.indices.last, table.columns[last].type == .integer { return last }
        return table.columns.firstIndex { $0.type == .integer }
    }

    /// The group keys: the non-integer columns before the count (for a pivot, before its
    /// first value column), else every non-integer column.
    static func labelColumns(of table: ResultTable, countColumn: Int) -> [Int] {
        let firstInteger = table.columns.firstIndex { $0.type == .integer } ?? countColumn
        let before = (0 ..< min(firstInteger, countColumn)).filter { table.columns[$0].type != .integer }
        if !before.isEmpty { return before }
        return table.columns.indices.filter { table.columns[$0].type != .integer }
    }

    static func count(_ value: Value) -> Int {
        if case .integer(let number) = value { return max(0, number) }
        return 0
    }
}

/// Why a result cannot be drawn as a chart: it is then shown as a table, with this as a note.
struct ChartUnfit: Error {
    var reason: String

    init(_ reason: String) { self.reason = reason }
}
