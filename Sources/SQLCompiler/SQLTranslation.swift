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

/// What a query's columns are, where SQL must have them fixed when it is written and regq
/// found them in what it loaded: a pivot's values, a diff's changed fields.
public struct LoadedColumns: Sendable, Equatable {
    /// For a pivot, the values that become its columns, as regq found them.
    public var pivotValues: [PivotValue]
    /// For a diff, the fields shown after kind, ref and name: those that changed in regq's
    /// answer.
    public var diffFields: [Field]

    public init(pivotValues: [PivotValue] = [], diffFields: [Field] = []) {
        self.pivotValues = pivotValues
        self.diffFields = diffFields
    }
}

/// Why a statement has no SQL form.
public struct SQLUnsupported: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
}

/// From a checked plan to SQL: the plan is lowered to the relational form (`Relation`),
/// which `SQLWriter` writes in the dialect.
public enum SQLTranslation {
    /// `reports`: the months of the history the plan was checked against, earliest first,
    /// when the table holds one (`select * @all`); empty for a register's table.
    public static func query(for plan: Plan, dialect: SQLDialect, reports: [Month] = [],
                             loaded: LoadedColumns = LoadedColumns()) throws(SQLUnsupported) -> SQLQuery {
        if plan.isExplain {
            throw SQLUnsupported(description: "'explain' has no SQL form: it reports regq's own steps; translate the query without it")
        }
        if plan.acrossReports, plan.conjuncts.contains(where: { if case .inReport = $0.condition { true } else { false } }) {
            throw SQLUnsupported(description: "'@all' with a condition that compares reports (asked of each artefact in the latest report) has no SQL form; "
                                 + "translate the condition without @all to find the artefacts, then their rows")
        }
        let relation = Lowering(reports: reports).relation(plan, loaded: loaded)
        let text = SQLWriter(dialect: dialect).write(relation, reportCount: reports.count)
        var comments: [String] = []
        if case .groups(let groups) = relation.shape, let pivot = groups.pivot {
            comments.append("the pivot's columns are the values of \(pivot.field.name) in the register regq loaded: "
                            + (pivot.values.isEmpty ? "none" : pivot.values.map(\.columnName).joined(separator: ", ")))
        }
        if case .diff(let from, let to) = plan.shape {
            comments.append("the diff's columns after name are the fields that changed from \(reports[from.index].shortText) to "
                            + "\(reports[to.index].shortText) in the history regq loaded, and where a new or removed artefact stands: "
                            + (loaded.diffFields.isEmpty ? "none" : loaded.diffFields.map(\.name).joined(separator: ", ")))
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
                if Grouping.pivotHasTotal(pivot.field) { columns.append(SQLQuery.Column(name: "total", type: cell)) }
            }
            return columns
        case .diff(let diff):
            return diff.laterColumns.map { SQLQuery.Column(name: $0.name, type: $0.type) }
        }
    }
}
