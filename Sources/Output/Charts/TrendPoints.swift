import QueryEngine
import RegisterModel

/// What `-f trend` reads from a result: for each row, the artefact, the report and the
/// month forecast in that report.
struct TrendPoints {
    /// The columns the chart is drawn from.
    struct Columns {
        /// `report`, a month column.
        var report: Int
        /// The first text column (else list column) other than `report`: the artefact.
        var name: Int
        /// The first month column other than `report`: the forecast.
        var forecast: Int
        /// The month columns after it, which the chart does not draw (a note names them).
        var otherMonths: [Int]
    }

    struct Point {
        /// Index into `artefacts`.
        var artefact: Int
        var report: Month
        /// A month, or TBC.
        var forecast: Month
    }

    let columns: Columns
    /// Each artefact's label, as the register holds it, in the order the result first
    /// names it: the artefact as the history's pairings found it (`@all` rows; labelled
    /// with its latest name, so a renamed one is one line), else each name its own.
    private(set) var artefacts: [String] = []
    private(set) var points: [Point] = []
    /// Rows without a report month (null or TBC) or without a forecast (null): not drawn.
    private(set) var undrawn = 0

    static let example = "(select report, name, dag … @all)"

    /// What tells artefacts apart.
    private enum ArtefactKey: Hashable {
        case identity(Int)
        case label(String)
    }

    /// The chart's columns in `table`, or why it has none such.
    static func columns(of table: ResultTable) -> Result<Columns, ChartUnfit> {
        let lowered = table.columns.map { $0.name.lowercased() }
        guard let report = table.columns.indices.first(where: { lowered[$0] == "report" && table.columns[$0].type == .month }) else {
            return .failure(ChartUnfit("-f trend needs the month column report, one row per artefact per report \(example)"))
        }
        let others = table.columns.indices.filter { $0 != report }
        guard let name = others.first(where: { table.columns[$0].type == .text })
            ?? others.first(where: { table.columns[$0].type == .list }) else {
            return .failure(ChartUnfit("-f trend needs a column naming the artefact, such as name or ref \(example)"))
        }
        guard let forecast = others.first(where: { table.columns[$0].type == .month }) else {
            return .failure(ChartUnfit("-f trend needs a forecast month column besides report, such as dag \(example)"))
        }
        let otherMonths = others.filter { $0 != forecast && table.columns[$0].type == .month }
        return .success(Columns(report: report, name: name, forecast: forecast, otherMonths: otherMonths))
    }

    /// Every row of `table` (a total row aside) read through `columns`.
    init(_ table: ResultTable, columns: Columns, stoppingWhen stop: () -> Bool) {
        self.columns = columns
        var index: [ArtefactKey: Int] = [:]
        for row in 0 ..< table.dataRowCount {
            if RenderStop.before(row, stop) { break }
            guard case .month(let report) = table.value(row: row, column: columns.report), !report.isTBC,
                  case .month(let forecast) = table.value(row: row, column: columns.forecast) else {
                undrawn += 1
                continue
            }
            let label = CellText.shown(table.value(row: row, column: columns.name), listSeparator: ", ")
            let key = table.artefactIdentities.map { ArtefactKey.identity($0[row]) } ?? .label(label)
            let artefact: Int
            if let known = index[key] {
                artefact = known
                artefacts[artefact] = label
            } else {
                artefact = artefacts.count
                index[key] = artefact
                artefacts.append(label)
            }
            points.append(Point(artefact: artefact, report: report, forecast: forecast))
        }
    }
}
