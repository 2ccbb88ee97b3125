import QueryEngine
import RegisterModel

/// What a timeline shows, worked out once from a row result: the stages drawn, one line
/// per artefact with its months, and the span of months. The terminal (`TimelineChart`)
/// and SVG (`SVGChart`) draw from it. Text is as the register holds it.
struct TimelineLayout {
    /// A stage drawn on the chart: its column, its mark and its name.
    struct Stage {
        var column: Int
        var mark: Character
        var name: String
    }

    struct Line {
        /// The artefact's references and name (else its other columns; else `row N`).
        var label: String
        /// Each stage's month, in `stages` order (TBC when it is not a month).
        var months: [Month]
        /// `TBC` when every stage is TBC, else the marks of those that are (`D TBC`), else empty.
        var tail: String
    }

    /// A span longer than this (twenty years) is no chart: shown as a table.
    static let maximumMonths = 240
    static let stageMarks: [(name: String, mark: Character)] = [("sg", "s"), ("review", "r"), ("dag", "D")]

    var stages: [Stage]
    /// The label columns' names, joined.
    var labelHeader: String
    var lines: [Line]
    /// The earliest month drawn (its ordinal), and how many months from there.
    var first: Int
    var monthCount: Int

    /// The layout of `table`, or why it cannot be drawn.
    static func of(_ table: ResultTable) -> Result<TimelineLayout, ChartUnfit> {
        guard !table.isGrouped else {
            return .failure(ChartUnfit("-f timeline draws artefacts, one per line, not groups (select ref, name, sg, review, dag …)"))
        }
        let stages = stageMarks.compactMap { stage in
            table.columns.firstIndex { $0.name.lowercased() == stage.name && $0.type == .month }
                .map { Stage(column: $0, mark: stage.mark, name: stage.name) }
        }
        guard !stages.isEmpty else {
            return .failure(ChartUnfit("-f timeline needs the forecast months sg, review or dag in the result (select ref, name, sg, review, dag …)"))
        }
        let labelColumns = labelColumns(of: table)
        var lines: [Line] = []
        for row in 0 ..< table.rowCount {
            let parts = labelColumns.map { CellText.text(table.value(row: row, column: $0), listSeparator: ", ") }
            let label = parts.filter { !$0.isEmpty }.joined(separator: " ")
            let months = stages.map { stage -> Month in
                if case .month(let month) = table.value(row: row, column: stage.column) { return month }
                return .tbc
            }
            lines.append(Line(label: label.isEmpty ? "row \(row + 1)" : label, months: months, tail: tail(months, stages)))
        }
        let known = lines.flatMap(\.months).filter { !$0.isTBC }.map { Int($0.ordinal) }
        let first = known.min() ?? 0
        let monthCount = known.isEmpty ? 0 : known.max()! - first + 1
        guard monthCount <= maximumMonths else {
            return .failure(ChartUnfit("-f timeline draws at most \(maximumMonths) months and this result spans \(monthCount) (narrow it with where)"))
        }
        return .success(TimelineLayout(stages: stages, labelHeader: labelColumns.map { table.columns[$0].name }.joined(separator: " "),
                                       lines: lines, first: first, monthCount: monthCount))
    }

    /// The month at `index` from the first.
    func month(_ index: Int) -> Month { Month(ordinal: Int32(first + index)) }

    /// Where each stage of `line` falls (months from the first), the stages in one month together.
    func marks(of line: Line) -> [(offset: Int, marks: [Character])] {
        var marksAt: [Int: [Character]] = [:]
        for (stage, month) in zip(stages, line.months) where !month.isTBC {
            marksAt[Int(month.ordinal) - first, default: []].append(stage.mark)
        }
        return marksAt.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The label: `ref` and `name` when the result has them, else its other non-month columns.
    static func labelColumns(of table: ResultTable) -> [Int] {
        let named = ["ref", "name"].compactMap { name in table.columns.firstIndex { $0.name.lowercased() == name && $0.type != .month } }
        if !named.isEmpty { return named }
        return table.columns.indices.filter { table.columns[$0].type != .month }
    }

    /// `TBC` when every drawn stage is TBC, else the marks of those that are (`D TBC`).
    static func tail(_ months: [Month], _ stages: [Stage]) -> String {
        let tbc = zip(stages, months).filter { $0.1.isTBC }.map(\.0.mark)
        if tbc.isEmpty { return "" }
        return tbc.count == stages.count ? "TBC" : String(tbc) + " TBC"
    }
}
