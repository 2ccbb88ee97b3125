import QueryLanguage
import RegisterModel

/// Writes a grouped relation: `regq_base` (the filtered rows), `regq_rows` (one row per
/// group key, list keys unnested with none for an empty list), `regq_groups` (the keys
/// and plain aggregates), then the result — or, for a pivot, a cell per value, a total
/// column, and the total row over `regq_base`, each artefact counted once.
struct GroupsWriter {
    let dialect: SQLDialect
    let groups: Relation.Groups
    let table: String
    private let aggregates: AggregateWriter

    init(dialect: SQLDialect, groups: Relation.Groups, table: String) {
        self.dialect = dialect
        self.groups = groups
        self.table = table
        aggregates = AggregateWriter(dialect: dialect)
    }

    private var keyNames: [String] { groups.keys.indices.map { "regq_k\($0)" } }

    /// Whether group key `index` is text (or a list's elements), grouped as `=` compares
    /// text: by its equality key, `regq_e…`, and shown in the spelling most rows use.
    private func groupsByKey(_ index: Int) -> Bool {
        groups.keys[index].type == .text || groups.keys[index].type == .list
    }

    /// The columns rows are grouped by: each key's equality key for text, else the key.
    private var groupingNames: [String] {
        groups.keys.indices.map { groupsByKey($0) ? "regq_e\($0)" : "regq_k\($0)" }
    }

    /// Correlates an aggregate's rows (`x`) with the group `g`.
    private var correlation: [String] {
        groupingNames.map { dialect.sameValue("x.\($0)", "g.\($0)") }
    }

    mutating func definitions(filter: Scalar?) -> [String] {
        let scalars = ScalarWriter(dialect: dialect)
        let base = "regq_base AS (SELECT r.* FROM \(table) AS r" + (filter.map { " WHERE " + scalars.write($0) } ?? "") + ")"
        var keys: [String] = []
        var joins: [String] = []
        for (index, field) in groups.keys.enumerated() {
            let column = "b." + dialect.identifier(field.name)
            let value: String
            if field.type == .list {
                joins.append(dialect.elementsOrNone(of: column, as: "regq_u\(index)"))
                value = "regq_u\(index).value"
            } else {
                value = column
            }
            keys.append("\(value) AS regq_k\(index)")
            if groupsByKey(index) { keys.append("\(dialect.equalityKey(value)) AS regq_e\(index)") }
        }
        let rows = "regq_rows AS (SELECT " + (["b.*"] + keys).joined(separator: ", ") + " FROM regq_base AS b"
            + joins.map { " " + $0 }.joined() + ")"
        // Text keys: the spelling most of the rows use (ties: the first in register order).
        var columns: [String] = groups.keys.indices.flatMap { index -> [String] in
            guard groupsByKey(index) else { return ["x.regq_k\(index)"] }
            let order = dialect.identifier("row_order")
            let spelling = "(SELECT y.regq_k\(index) FROM regq_rows AS y WHERE y.regq_e\(index) = x.regq_e\(index)"
                + " GROUP BY y.regq_k\(index) ORDER BY count(*) DESC, min(y.\(order)) LIMIT 1)"
            return ["\(spelling) AS regq_k\(index)", "x.regq_e\(index)"]
        }
        for (index, spec) in groups.aggregates.enumerated() {
            if let plain = aggregates.plain(spec, filter: nil) { columns.append("\(plain) AS regq_a\(index)") }
        }
        if let pivot = groups.pivot {
            for (index, value) in pivot.values.enumerated() {
                if let plain = aggregates.plain(pivot.cell, filter: Self.matches(pivot.field, value)) {
                    columns.append("\(plain) AS regq_p\(index)")
                }
            }
            if let plain = aggregates.plain(pivot.cell, filter: nil) { columns.append("\(plain) AS regq_total") }
        }
        if columns.isEmpty { columns.append("count(*) AS regq_rows") }
        let grouped = "regq_groups AS (SELECT " + columns.joined(separator: ", ") + " FROM regq_rows AS x"
            + (keyNames.isEmpty ? "" : " GROUP BY " + groupingNames.map { "x." + $0 }.joined(separator: ", ")) + ")"
        return [base, rows, grouped]
    }

    /// An aggregate of the group `g`: its plain column, or a subquery over its rows.
    private func aggregate(_ spec: AggregateSpec, filter: Scalar?, plainColumn: String) -> String {
        if aggregates.plain(spec, filter: filter) != nil { return "g." + plainColumn }
        return aggregates.subquery(spec, source: "regq_rows", conditions: correlation, filter: filter)
    }

    func body(limit: Int?) -> String {
        var columns = keyNames.map { "g." + $0 }
        for (index, column) in groups.columns.enumerated() {
            let value: String
            switch column.value {
            case .groupKey(let key): value = "g.regq_k\(key)"
            case .aggregate(let a): value = aggregate(groups.aggregates[a], filter: nil, plainColumn: "regq_a\(a)")
            // A grouped result's columns are keys and aggregates only.
            default: value = "NULL"
            }
            columns.append("\(value) AS regq_c\(index)")
        }
        var scalars = ScalarWriter(dialect: dialect)
        scalars.groupKey = { "q.regq_k\($0)" }
        scalars.resultColumn = { "q.regq_c\($0)" }
        let shown = groups.columns.prefix(groups.visibleCount).enumerated().map { index, column in
            "q.regq_c\(index) AS \(dialect.identifier(column.name))"
        }
        var sql = "SELECT " + shown.joined(separator: ", ") + "\nFROM (SELECT " + columns.joined(separator: ", ")
            + " FROM regq_groups AS g) AS q"
        if let having = groups.having { sql += "\nWHERE " + scalars.write(having) }
        let natural = groups.keys.enumerated().map { Lowering.keyOrdering($0.element, index: $0.offset) }
        let order = SQLWriter(dialect: dialect).orderTerms(groups.order + natural, scalars)
        if !order.isEmpty { sql += "\nORDER BY " + order.joined(separator: ", ") }
        if let limit { sql += "\nLIMIT \(limit)" }
        return sql
    }

    func pivotBody(_ pivot: Relation.Pivot, limit: Int?) -> String {
        // The row's columns: keys (the first as text, beside the total row's `total`),
        // a cell per pivot value, the total.
        var cells = keyNames.map { "g." + $0 }
        for (index, column) in groups.columns.enumerated() {
            guard case .groupKey(let key) = column.value else { continue }
            let value = index == 0 && groups.keys[key].type == .month ? Scalar.monthISOText(.groupKey(key)) : .groupKey(key)
            var scalars = ScalarWriter(dialect: dialect)
            scalars.groupKey = { "g.regq_k\($0)" }
            cells.append("\(scalars.write(value)) AS regq_c\(index)")
        }
        let valueColumns = pivot.values.indices.map { "regq_p\($0)" } + ["regq_total"]
        for (index, value) in pivot.values.enumerated() {
            cells.append(aggregate(pivot.cell, filter: Self.matches(pivot.field, value), plainColumn: "regq_p\(index)") + " AS regq_p\(index)")
        }
        cells.append(aggregate(pivot.cell, filter: nil, plainColumn: "regq_total") + " AS regq_total")

        let keyColumns = groups.columns.indices.map { "regq_c\($0)" }
        var scalars = ScalarWriter(dialect: dialect)
        scalars.groupKey = { "cells.regq_k\($0)" }
        scalars.resultColumn = { index in "cells." + (index < keyColumns.count ? keyColumns[index] : valueColumns[index - keyColumns.count]) }
        let natural = groups.keys.enumerated().map { Lowering.keyOrdering($0.element, index: $0.offset) }
        let order = SQLWriter(dialect: dialect).orderTerms(groups.order + natural, scalars)
        let rowColumns: [String] = (keyColumns + valueColumns).map { "cells." + $0 }
        let window: String = order.isEmpty ? "1" : order.joined(separator: ", ")
        let cellQuery = "SELECT \(cells.joined(separator: ", ")) FROM regq_groups AS g"
        let ranked = "SELECT \(rowColumns.joined(separator: ", ")), row_number() OVER (ORDER BY \(window)) AS regq_position FROM (\(cellQuery)) AS cells"

        // The total row: over the filtered rows, each once.
        var totals: [String] = groups.columns.enumerated().map { index, column in
            index == 0 ? "'total'" : dialect.null(column.type)
        }
        for value in pivot.values {
            totals.append(aggregates.overAll(pivot.cell, source: "regq_base", filter: Self.matches(pivot.field, value)))
        }
        totals.append(aggregates.overAll(pivot.cell, source: "regq_base", filter: nil))
        let total = "SELECT " + totals.joined(separator: ", ") + ", 9223372036854775807"

        var shown: [String] = []
        for (index, column) in keyColumns.enumerated() {
            shown.append("q.\(column) AS \(dialect.identifier(groups.columns[index].name))")
        }
        for (index, value) in pivot.values.enumerated() {
            shown.append("q.regq_p\(index) AS \(dialect.identifier(value.columnName))")
        }
        if Grouping.pivotHasTotal(pivot.field) { shown.append("q.regq_total AS \(dialect.identifier("total"))") }
        let limited = limit.map { " WHERE regq_position <= \($0)" } ?? ""
        let union = "  SELECT * FROM (\(ranked)) AS ranked\(limited)\n  UNION ALL\n  \(total)"
        return "SELECT \(shown.joined(separator: ", "))\nFROM (\n\(union)\n) AS q\nORDER BY q.regq_position"
    }

    /// Whether the row `x` holds the pivot value (a list: among its elements).
    static func matches(_ field: Field, _ value: PivotValue) -> Scalar {
        let column = Scalar.field(field)
        switch value {
        case .kind(let kind): return .compare(column, .equal, .text(kind.code))
        case .month(let month): return month.isTBC ? .isNull(column) : .sameValue(column, .month(month))
        case .none: return field.type == .list ? .listIsEmpty(column) : .compare(column, .equal, .text(""))
        case .text(let text):
            // As the groups are made: text as `=` compares it.
            let key = Scalar.text(equalityKey(text))
            guard field.type == .list else { return .compare(.equalityKey(column), .equal, key) }
            return .anyElement(column, alias: "regq_v", .compare(.equalityKey(.element("regq_v")), .equal, key))
        }
    }
}
