/// A figure a report's summary tables publish, where it stands (table, row, column),
/// before its query is written: what it counts is said by `row` and `measure`.
struct PublishedFigure: Sendable, Equatable {
    /// What a business design figure counts, by its column.
    enum Measure: Equatable, Sendable {
        case documents, firstDraftNotComplete, firstDraftComplete, inSubGroupReview, blocked, inBPRWGReview
        /// Forecast to reach BPRWG review (`review`) or DAG (`dag`) in the month.
        case reviewForecast(monthNumber: Int, heading: String)
        case dagForecast(monthNumber: Int, heading: String)
        /// Blocked by the blocker the row names (the Key Blocking Issues table).
        case blockedBy(String)

        /// The column's heading as `Data/summary.csv` names it.
        var column: String {
            switch self {
            case .documents: "No. of Docs"
            case .firstDraftNotComplete: "First Draft Not Complete"
            case .firstDraftComplete: "First Draft Complete"
            case .inSubGroupReview: "In Flight Sub-Group Review"
            case .blocked: "Blocked"
            case .inBPRWGReview: "In Flight BPRWG Review"
            case .reviewForecast(_, let heading): "Forecast BPRWG Review " + heading
            case .dagForecast(_, let heading): "Forecast DAG Review " + heading
            case .blockedBy: "No. of Artefacts Blocked"
            }
        }

        /// The business design summary's columns, in order, for the months its heading
        /// line names (`Feb Mar Apr Feb Mar Apr`: BPRWG review, then DAG review).
        static func businessColumns(months: [(number: Int, heading: String)]) -> [Measure] {
            let half = months.count / 2
            return [.documents, .firstDraftNotComplete, .firstDraftComplete, .inSubGroupReview, .blocked, .inBPRWGReview]
                + months.prefix(half).map { .reviewForecast(monthNumber: $0.number, heading: $0.heading) }
                + months.suffix(half).map { .dagForecast(monthNumber: $0.number, heading: $0.heading) }
        }
    }

    let table: String
    let row: String
    let measure: Measure
    let published: Int
    /// The line its figure is printed on.
    let line: Int

    var column: String { measure.column }
}
