import QueryLanguage
import RegisterModel

/// A statement of regq's language as one SQL query over the canonical `register` table
/// (docs/SQL.md), which returns regq's answer: the same rows, columns and order.
public struct SQLQuery: Sendable, Equatable {
    /// The query, without a final `;`.
    public let text: String
    /// The result's columns, named and typed as regq's.
    public let columns: [Column]
    /// Comments for the reader (how a pivot's columns were fixed).
    public let comments: [String]

    public struct Column: Sendable, Equatable {
        public let name: String
        public let type: ValueType
    }
}

/// Why a statement has no SQL form.
public struct SQLUnsupported: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
}

/// From a checked plan to SQL: the plan is lowered to the relational form (`Relation`),
/// which `SQLWriter` writes in the dialect.
public enum SQLTranslation {
    /// `pivotValues`: for a pivot, the values that become its columns, as regq found them
    /// in the register it has loaded (a query's columns must be fixed in SQL).
    public static func query(for plan: Plan, dialect: SQLDialect, pivotValues: [PivotValue] = []) throws(SQLUnsupported) -> SQLQuery {
        if plan.isExplain {
            throw SQLUnsupported(description: "'explain' has no SQL form: it reports regq's own steps; translate the query without it")
        }
        if plan.readsHistory {
            throw SQLUnsupported(description: "a history ('@', another report's values, changes between reports) is not supported yet in SQL")
        }
        let relation = Lowering.relation(plan, pivotValues: pivotValues)
        let text = SQLWriter(dialect: dialect).write(relation)
        var comments: [String] = []
        if case .groups(let groups) = relation.shape, let pivot = groups.pivot {
            comments.append("the pivot's columns are the values of \(pivot.field.name) in the register regq loaded: "
                            + (pivot.values.isEmpty ? "none" : pivot.values.map(\.columnName).joined(separator: ", ")))
        }
        let columns = columns(of: relation)
        if let problem = dialect.columnNameProblem(columns.map(\.name)) { throw SQLUnsupported(description: problem) }
        return SQLQuery(text: text, columns: columns, comments: comments)
    }

    private static func columns(of relation: Relation) -> [SQLQuery.Column] {
        switch relation.shape {
        case .rows(let rows):
            return rows.columns.map { SQLQuery.Column(name: $0.name, type: $0.type) }
        case .groups(let groups):
            var columns = groups.columns.prefix(groups.visibleCount).map { SQLQuery.Column(name: $0.name, type: $0.type) }
            if let pivot = groups.pivot {
                if let first = columns.first, first.type == .month { columns[0] = SQLQuery.Column(name: first.name, type: .text) }
                let cell = Lowering.resultType(pivot.cell)
                columns += pivot.values.map { SQLQuery.Column(name: $0.columnName, type: cell) }
                columns.append(SQLQuery.Column(name: "total", type: cell))
            }
            return columns
        }
    }
}
