import QueryLanguage
import RegisterModel

/// The month of a report a statement names: a month it wrote (`@Feb-22`) is that month;
/// one it named relatively (the latest, by default; `@prev`, `@first`, the report after
/// the one queried) is computed from the table's reports, in a common table expression
/// of one row named for it (`regq_latest`, `regq_prev`, …). So a compiled query, saved
/// as a view, still reads the latest report and the one before it when more are loaded.
struct ReportMonths {
    let dialect: SQLDialect
    var table: String { dialect.identifier("register") }

    /// The month of `report`, as an expression.
    func month(_ report: ReportName) -> String {
        if case .month(let month) = report { return dialect.month(month) }
        return "(SELECT \(dialect.identifier("report")) FROM \(Self.name(report)!))"
    }

    /// The name of the common table expression of a report named relatively; nil for one
    /// named by its month.
    static func name(_ report: ReportName) -> String? {
        switch report {
        case .month: nil
        case .latest(back: 0): "regq_latest"
        case .latest(back: 1): "regq_prev"
        case .latest(let back): "regq_prev\(back)"
        case .first(on: 0): "regq_first"
        case .first(let on): "regq_first_next" + (on == 1 ? "" : String(on))
        }
    }

    /// The name of the register row of a report joined to the row queried: the report's
    /// name, `_row` (`regq_prev_row`, `regq_2022_02_row`).
    static func rowAlias(_ report: ReportName) -> String {
        if case .month(let month) = report { return "regq_" + (month.isoText ?? "tbc").replacing("-", with: "_") + "_row" }
        return name(report)! + "_row"
    }

    /// The common table expressions of the reports named relatively that `sql` reads,
    /// among those of a history of `count` reports.
    func definitions(readBy sql: [String], count: Int) -> [String] {
        let column = dialect.identifier("report")
        // The reports newest first, or oldest first; the one `skipped` reports on.
        let latest = (0 ..< count).map { (ReportName.latest(back: $0), " DESC", $0) }
        let first = (0 ..< count).map { (ReportName.first(on: $0), "", $0) }
        return (latest + first).compactMap { report, order, skipped in
            guard let name = Self.name(report), sql.contains(where: { $0.contains("FROM \(name))") }) else { return nil }
            return "\(name) AS (SELECT DISTINCT \(column) FROM \(table) ORDER BY \(column)\(order) LIMIT 1"
                + (skipped > 0 ? " OFFSET \(skipped)" : "") + ")"
        }
    }
}
