import QueryLanguage
import RegisterModel

/// Writes a relation as one SQL query in one dialect, over the canonical `register`
/// table: rows straight from the table; groups through common table expressions — the
/// filtered rows (`regq_base`), one row per group key (`regq_rows`, list keys unnested),
/// the groups with their plain aggregates (`regq_groups`) — then the result's columns,
/// `having`, order and limit.
struct SQLWriter {
    let dialect: SQLDialect
    var table: String { dialect.identifier("register") }

    /// `reportCount`: how many reports the table holds (a history's), none for a register.
    func write(_ relation: Relation, reportCount: Int = 0) -> String {
        var definitions: [String] = []
        let body: String
        switch relation.shape {
        case .rows(let rows):
            body = self.rows(rows, filter: relation.filter, limit: relation.limit)
        case .groups(let groups):
            var writer = GroupsWriter(dialect: dialect, groups: groups, table: table)
            definitions += writer.definitions(filter: relation.filter)
            body = groups.pivot.map { writer.pivotBody($0, limit: relation.limit) } ?? writer.body(limit: relation.limit)
        case .diff(let diff):
            definitions.append(changes(diff))
            body = self.diff(diff)
        }
        definitions.insert(contentsOf: ReportMonths(dialect: dialect).definitions(readBy: definitions + [body], count: reportCount), at: 0)
        guard !definitions.isEmpty else { return body }
        return "WITH\n  " + definitions.joined(separator: ",\n  ") + "\n" + body
    }

    private func rows(_ rows: Relation.Rows, filter: Scalar?, limit: Int?) -> String {
        var scalars = ScalarWriter(dialect: dialect)
        var from = "\(table) AS r"
        let months = ReportMonths(dialect: dialect), artefact = dialect.identifier("artefact")
        for report in rows.otherReports {
            let row = ReportMonths.rowAlias(report)
            scalars.otherRows[report] = row
            from += "\n  LEFT JOIN \(table) AS \(row) ON \(row).\(artefact) = r.\(artefact)"
                + " AND \(row).\(dialect.identifier("report")) = \(months.month(report))"
        }
        let columns = rows.columns.map { "\(scalars.write($0.value)) AS \(dialect.identifier($0.name))" }
        var conditions = filter.map { [scalars.write($0)] } ?? []
        if let distinct = rows.distinct {
            // Each combination as `=` compares text, at the first row of its spelling most
            // rows use, as regq keeps it. (Over the register alone: no other report joined.)
            let scalars = ScalarWriter(dialect: dialect)
            let order = "r." + dialect.identifier("row_order")
            let keys = distinct.map { scalars.write($0.key) }.joined(separator: ", ")
            let values = distinct.map { scalars.write($0.value) }.joined(separator: ", ")
            let spellings = "SELECT min(\(order)) AS regq_first, row_number() OVER (PARTITION BY \(keys)"
                + " ORDER BY count(*) DESC, min(\(order))) AS regq_pick FROM \(table) AS r"
                + (filter.map { " WHERE " + scalars.write($0) } ?? "") + " GROUP BY \(keys), \(values)"
            let inner = "SELECT regq_d.regq_first FROM (\(spellings)) AS regq_d WHERE regq_d.regq_pick = 1"
            conditions = conditions.map { "(\($0))" } + ["\(order) IN (\(inner))"]
        }
        var sql = "SELECT " + columns.joined(separator: ", ") + "\nFROM \(from)"
        if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: "\n  AND ") }
        sql += "\nORDER BY " + (orderTerms(rows.order, scalars) + ["r." + dialect.identifier("row_order")]).joined(separator: ", ")
        if let limit { sql += "\nLIMIT \(limit)" }
        return sql
    }

    /// The later report's rows joined to their earlier ones: `FROM` with `join` and its
    /// condition.
    private func pairs(_ diff: Relation.Diff, join: String) -> String {
        let artefact = dialect.identifier("artefact"), report = dialect.identifier("report")
        return "\(table) AS r \(join) \(table) AS \(diff.earlier) ON \(diff.earlier).\(artefact) = r.\(artefact)"
            + " AND \(diff.earlier).\(report) = \(ReportMonths(dialect: dialect).month(diff.from))"
    }

    /// `regq_changed`: for each row of the later report that has an earlier one, whether
    /// each field differs.
    private func changes(_ diff: Relation.Diff) -> String {
        let scalars = ScalarWriter(dialect: dialect)
        let order = dialect.identifier("row_order")
        let tests = diff.differs.map { "\(scalars.write($0.test)) AS \(dialect.identifier($0.field.name))" }
        return "regq_changed AS (SELECT " + (["r.\(order)"] + tests).joined(separator: ",\n    ")
            + "\n    FROM \(pairs(diff, join: "JOIN")) WHERE r.\(dialect.identifier("report")) = \(ReportMonths(dialect: dialect).month(diff.to)))"
    }

    /// The later report's rows shown, then the removed rows of the earlier one, each part
    /// in its report's order.
    private func diff(_ diff: Relation.Diff) -> String {
        let scalars = ScalarWriter(dialect: dialect)
        let order = "r." + dialect.identifier("row_order")
        func part(_ columns: [Relation.ResultColumn], number: Int, from: String, filter: Scalar) -> String {
            "SELECT " + (columns.map { "\(scalars.write($0.value)) AS \(dialect.identifier($0.name))" }
                + ["\(number) AS regq_part", "\(order) AS regq_order"]).joined(separator: ",\n    ")
                + "\n  FROM \(from)\n  WHERE \(scalars.write(filter))"
        }
        let joined = pairs(diff, join: "LEFT JOIN") + " LEFT JOIN regq_changed AS \(diff.changes) ON \(diff.changes).\(dialect.identifier("row_order")) = \(order)"
        let names = diff.laterColumns.map { dialect.identifier($0.name) }.joined(separator: ", ")
        return "SELECT \(names) FROM (\n  " + part(diff.laterColumns, number: 0, from: joined, filter: diff.later)
            + "\n  UNION ALL\n  " + part(diff.removedColumns, number: 1, from: "\(table) AS r", filter: diff.removed)
            + "\n) AS regq_diff\nORDER BY regq_part, regq_order"
    }

    /// ORDER BY terms: each ordering's missing values last, then its values.
    func orderTerms(_ orderings: [Ordering], _ scalars: ScalarWriter) -> [String] {
        orderings.flatMap { ordering in
            let missing = ordering.missing.map { ["CASE WHEN \(scalars.write($0)) THEN 1 ELSE 0 END"] } ?? []
            return missing + ordering.values.map {
                scalars.write($0) + (ordering.descending ? " DESC" : "") + (ordering.nullsLast ? " NULLS LAST" : "")
            }
        }
    }
}
