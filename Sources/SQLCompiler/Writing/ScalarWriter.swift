import QueryLanguage
import RegisterModel

/// Writes expressions of the relational form in one dialect. Where a field, group key,
/// aggregate or result column lives depends on the query being written, so the writer
/// is told how to name each.
struct ScalarWriter {
    let dialect: SQLDialect
    /// The alias of the register row that `.field` reads (`r`).
    var row = "r"
    var groupKey: (Int) -> String = { "regq_k\($0)" }
    var aggregate: (Int) -> String = { "regq_a\($0)" }
    var resultColumn: (Int) -> String = { "regq_c\($0)" }
    /// The rows of other reports joined to the register row, by report: a field there is
    /// read from its row (`Scalar.fieldAt`), not looked up again.
    var otherRows: [ReportName: String] = [:]
    /// The elements (by alias) of lists of text regq made (`Scalar.madeText`).
    var madeElements: Set<String> = []

    func field(_ field: Field) -> String { row + "." + dialect.identifier(field.name) }

    func write(_ scalar: Scalar) -> String {
        switch scalar {
        case .field(let field): return self.field(field)
        case .groupKey(let index): return groupKey(index)
        case .aggregate(let index): return aggregate(index)
        case .resultColumn(let index): return resultColumn(index)
        case .selectedColumn(let name): return dialect.identifier(name)
        case .element(let alias): return alias + ".value"
        case .text(let text): return dialect.string(text)
        case .integer(let number): return String(number)
        case .month(let month): return dialect.month(month)
        case .report(let report): return ReportMonths(dialect: dialect).month(report)
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        case .madeText(let value): return write(value)
        // Text regq made is ASCII, and its own key once lowercased, in every engine.
        case .lowered(let text): return isMade(text) ? "lower(\(write(text)))" : dialect.lowered(write(text))
        case .equalityKey(let text): return isMade(text) ? "lower(\(write(text)))" : dialect.equalityKey(write(text))
        case .compare(let a, let op, let b): return "\(write(a)) \(op == .notEqual ? "<>" : op.rawValue) \(write(b))"
        case .binary(let text): return dialect.binary(write(text))
        case .concat(let parts): return "(" + parts.map(write).joined(separator: " || ") + ")"
        case .isNull(let value): return "\(write(value)) IS NULL"
        case .sameValue(let a, let b): return dialect.sameValue(write(a), write(b))
        case .oneOf(let value, let members):
            if members.isEmpty { return "FALSE" }
            if members.count == 1 { return "\(write(value)) = \(write(members[0]))" }
            return "\(write(value)) IN (" + members.map(write).joined(separator: ", ") + ")"
        case .and(let terms): return joined(terms, "AND", empty: "TRUE")
        case .or(let terms): return joined(terms, "OR", empty: "FALSE")
        case .not(.isNull(let value)): return "\(write(value)) IS NOT NULL"
        case .not(let inner): return "NOT (\(write(inner)))"
        case .anyElement(let list, let alias, let condition):
            var inner = self
            if isMade(list) { inner.madeElements.insert(alias) }
            return "EXISTS (SELECT 1 FROM \(dialect.elements(of: write(list), as: alias)) WHERE \(inner.write(condition)))"
        case .listIsEmpty(let list): return dialect.listIsEmpty(write(list))
        case .like(let text, let pattern): return dialect.like(write(text), dialect.string(pattern))
        case .kindRank(let kind):
            let ranks = Kind.allCases.map { "WHEN \(dialect.string($0.code)) THEN \($0.rawValue)" }.joined(separator: " ")
            return "CASE \(write(kind)) \(ranks) END"
        case .listSortKey(let list): return listSortKey(write(list), made: isMade(list))
        case .monthText(let month): return monthText(write(month))
        case .monthISOText(let month): return dialect.monthISOText(write(month))
        case .listSize(let list): return dialect.listSize(write(list))
        case .monthNumber(let month): return dialect.monthNumber(write(month))
        case .numberedMonth(let number): return dialect.numberedMonth(write(number))
        case .plus(let a, let b): return "(\(write(a)) + \(write(b)))"
        case .minus(let a, let b): return "(\(write(a)) - \(write(b)))"
        case .fieldOf(let alias, let field): return alias + "." + dialect.identifier(field.name)
        case .sameArtefact(let span, let alias, let condition):
            var terms = sameArtefact(alias, in: span)
            if case .boolean(true) = condition {} else { terms.append("(" + write(condition) + ")") }
            return "EXISTS (SELECT 1 FROM \(table) AS \(alias) WHERE " + terms.joined(separator: " AND ") + ")"
        case .fieldAt(let field, let report):
            if let row = otherRows[report] { return row + "." + dialect.identifier(field.name) }
            let alias = "regq_at"
            return "(SELECT \(alias).\(dialect.identifier(field.name)) FROM \(table) AS \(alias) WHERE "
                + sameArtefact(alias, in: .one(report)).joined(separator: " AND ") + ")"
        case .artefact(let alias): return (alias ?? row) + "." + dialect.identifier("artefact")
        case .choose(let cases, let otherwise):
            let whens = cases.map { "WHEN \(write($0.when)) THEN \(write($0.then))" }.joined(separator: " ")
            return "CASE \(whens)" + (otherwise.map { " ELSE " + write($0) } ?? "") + " END"
        case .null: return "NULL"
        case .csvText(let value, let type):
            switch type {
            case .kind, .text: return write(value)
            case .month: return monthText(write(value))
            case .list: return listText(write(value))
            case .integer: return "CAST(\(write(value)) AS \(dialect.columnType(.text)))"
            }
        }
    }

    private var table: String { dialect.identifier("register") }

    /// Whether the text (or list) is text regq made, not a value of the table.
    private func isMade(_ text: Scalar) -> Bool {
        switch text {
        case .madeText: true
        case .element(let alias): madeElements.contains(alias)
        default: false
        }
    }

    /// The row `alias` is of the register row's artefact, in a report of `span`.
    private func sameArtefact(_ alias: String, in span: ReportSpan) -> [String] {
        let report = alias + "." + dialect.identifier("report")
        let months = ReportMonths(dialect: dialect)
        let month = span.first == span.last ? ["\(report) = \(months.month(span.first))"]
            : ["\(report) >= \(months.month(span.first))", "\(report) <= \(months.month(span.last))"]
        return ["\(alias).\(dialect.identifier("artefact")) = \(row).\(dialect.identifier("artefact"))"] + month
    }

    private func joined(_ terms: [Scalar], _ word: String, empty: String) -> String {
        if terms.count <= 1 { return terms.first.map(write) ?? empty }
        return terms.map(operand).joined(separator: " \(word) ")
    }

    /// A term of `and` or `or`, in parentheses when it is itself one.
    private func operand(_ term: Scalar) -> String {
        switch term {
        case .and(let inner), .or(let inner): inner.count > 1 ? "(" + write(term) + ")" : write(term)
        // Every other term binds tighter than AND and OR.
        default: write(term)
        }
    }

    /// Each element as its lowercase text, the lowest character, then its text, joined by
    /// a character below every other: so text order is regq's element-by-element order,
    /// a shorter list first when it is the longer one's start.
    private func listSortKey(_ list: String, made: Bool) -> String {
        let alias = "regq_s"
        let element = alias + ".value"
        let low = dialect.lowestCharacter
        let item = "\(made ? "lower(\(element))" : dialect.lowered(element)) || \(low) || \(element)"
        let separator = self.dialect == .sqlite ? "char(2)" : "chr(2)"
        let key: String
        switch dialect {
        case .sqlite:
            key = "(SELECT group_concat(\(item), \(separator)) FROM (SELECT \(alias).value FROM \(dialect.elements(of: list, as: alias)) ORDER BY \(dialect.elementPosition(alias))) AS \(alias))"
        case .duckdb, .postgres:
            key = "(SELECT string_agg(\(item), \(separator) ORDER BY \(dialect.elementPosition(alias))) FROM \(dialect.elements(of: list, as: alias)))"
        }
        return dialect.binary("COALESCE(\(key), '')")
    }

    /// A list's elements joined by `;`, in list order; `''` for none.
    private func listText(_ list: String) -> String {
        let alias = "regq_s"
        let element = alias + ".value"
        switch dialect {
        case .sqlite:
            return "(SELECT COALESCE(group_concat(\(element), ';'), '') FROM (SELECT \(alias).value FROM \(dialect.elements(of: list, as: alias)) ORDER BY \(dialect.elementPosition(alias))) AS \(alias))"
        case .duckdb, .postgres:
            return "(SELECT COALESCE(string_agg(\(element), ';' ORDER BY \(dialect.elementPosition(alias))), '') FROM \(dialect.elements(of: list, as: alias)))"
        }
    }

    /// `May-22` for 2000 to 2099, `YYYY-MM` for other years, `TBC` for TBC.
    private func monthText(_ month: String) -> String {
        let iso = dialect.monthISOText(month)
        // The month's name: three letters of these, from the month's number.
        let names = dialect.string("JanFebMarAprMayJunJulAugSepOctNovDec")
        return "CASE WHEN \(month) IS NULL THEN 'TBC' WHEN substr(\(iso), 1, 2) = '20' "
            + "THEN substr(\(names), CAST(substr(\(iso), 6, 2) AS INTEGER) * 3 - 2, 3) || '-' || substr(\(iso), 3, 2) ELSE \(iso) END"
    }
}
