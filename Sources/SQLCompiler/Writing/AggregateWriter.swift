import QueryLanguage
import RegisterModel

/// Writes aggregates over the rows `x` of a group, as regq computes them: `count(f)`
/// counts rows with a value (not empty text, not an empty list, not TBC); `min` and `max`
/// order text ignoring case and skip empty text; a list field's aggregates work on its
/// elements; `list` keeps row order, then element order, and `list(distinct …)` the
/// first of each value.
struct AggregateWriter {
    let dialect: SQLDialect
    private var scalars: ScalarWriter { ScalarWriter(dialect: dialect, row: "x") }

    /// The aggregate as a plain SQL aggregate over `x`, or nil when it needs the elements
    /// of a list or an order (`subquery`). `filter` narrows the rows (a pivot's cell).
    func plain(_ spec: AggregateSpec, filter: Scalar?) -> String? {
        let only = filter.map { scalars.write($0) }
        func when(_ condition: String?) -> String? {
            switch (condition, only) {
            case (nil, nil): nil
            case (let c?, nil): c
            case (nil, let f?): f
            case (let c?, let f?): "(\(c)) AND (\(f))"
            }
        }
        guard let field = spec.field else {
            return when(nil).map { "count(CASE WHEN \($0) THEN 1 END)" } ?? "count(*)"
        }
        let column = scalars.field(field)
        switch (spec.function, field.type) {
        case (.list, _), (.min, .list), (.max, .list): return nil
        case (.count, .list):
            if spec.distinct { return nil }
            return "count(CASE WHEN \(when("NOT (\(dialect.listIsEmpty(column)))")!) THEN 1 END)"
        case (.count, _):
            let hasValue = self.hasValue(field)
            // Distinct text as `=` compares it.
            let distinctValue = field.type == .text ? dialect.equalityKey(column) : column
            if spec.distinct { return "count(DISTINCT CASE WHEN \(when(hasValue) ?? "TRUE") THEN \(distinctValue) END)" }
            return when(hasValue).map { "count(CASE WHEN \($0) THEN 1 END)" } ?? "count(*)"
        case (.min, .month), (.max, .month):
            return "\(spec.function.rawValue)(" + (only.map { "CASE WHEN \($0) THEN \(column) END" } ?? column) + ")"
        case (.min, .kind), (.max, .kind):
            let rank = scalars.write(.kindRank(.field(field)))
            let ranked = "\(spec.function.rawValue)(" + (only.map { "CASE WHEN \($0) THEN \(rank) END" } ?? rank) + ")"
            return "CASE \(ranked) " + Kind.allCases.map { "WHEN \($0.rawValue) THEN \(dialect.string($0.code))" }.joined(separator: " ") + " END"
        case (.min, .text), (.max, .text):
            return textExtreme(spec.function, of: column, when: when(hasValue(field)))
        }
    }

    /// The aggregate as a scalar subquery over `source AS x` where `conditions` hold.
    func subquery(_ spec: AggregateSpec, source: String, conditions: [String], filter: Scalar?) -> String {
        let field = spec.field!
        let column = scalars.field(field)
        var wheres = conditions
        if let filter { wheres.append(scalars.write(filter)) }
        let value: String, position: String
        var from = "\(source) AS x"
        switch field.type {
        case .list:
            from += ", " + dialect.elements(of: column, as: "e")
            (value, position) = ("e.value", dialect.elementPosition("e"))
        case .text:
            wheres.append("\(column) <> ''")
            (value, position) = (column, "0")
        case .month:
            (value, position) = (scalars.write(.monthText(.field(field))), "0")
        case .kind:
            (value, position) = (column, "0")
        }
        var items = "SELECT \(value) AS v, x.\(dialect.identifier("row_order")) AS o, \(position) AS p FROM \(from)"
        if !wheres.isEmpty { items += " WHERE " + wheres.map { "(\($0))" }.joined(separator: " AND ") }
        switch spec.function {
        case .count:
            let distinctValue = field.type == .text || field.type == .list ? dialect.equalityKey("s.v") : "s.v"
            return "(SELECT count(DISTINCT \(distinctValue)) FROM (\(items)) AS s)"
        case .min, .max:
            return "(SELECT \(textExtreme(spec.function, of: "s.v", when: nil)) FROM (\(items)) AS s)"
        case .list:
            if spec.distinct {
                items = "SELECT v, o, p FROM (SELECT i.*, row_number() OVER (PARTITION BY i.v ORDER BY i.o, i.p) AS n FROM (\(items)) AS i) AS d WHERE n = 1"
            }
            let ordered = dialect == .sqlite ? items + " ORDER BY o, p" : items
            return "(SELECT \(dialect.listAggregate("s.v", orderBy: ["s.o", "s.p"])) FROM (\(ordered)) AS s)"
        }
    }

    /// Over every row of `source` (a pivot's total row), as a scalar subquery.
    func overAll(_ spec: AggregateSpec, source: String, filter: Scalar?) -> String {
        guard let plain = plain(spec, filter: filter) else { return subquery(spec, source: source, conditions: [], filter: filter) }
        return "(SELECT \(plain) FROM \(source) AS x)"
    }

    private func hasValue(_ field: Field) -> String? {
        switch field.type {
        case .text: "\(scalars.field(field)) <> ''"
        case .month: "\(scalars.field(field)) IS NOT NULL"
        case .list: "NOT (\(dialect.listIsEmpty(scalars.field(field))))"
        case .kind: nil
        }
    }

    /// The least or greatest text in regq's order (case-insensitive, then by code point):
    /// the extreme of "lowercase, a low character, the text", with the text taken back.
    private func textExtreme(_ function: AggregateFunction, of text: String, when condition: String?) -> String {
        let keyed = dialect.binary("\(dialect.lowered(text)) || \(dialect.lowestCharacter) || \(text)")
        let extreme = "\(function.rawValue)(" + (condition.map { "CASE WHEN \($0) THEN \(keyed) END" } ?? keyed) + ")"
        return dialect.substring(extreme, from: dialect.position(of: dialect.lowestCharacter, in: extreme) + " + 1")
    }
}
