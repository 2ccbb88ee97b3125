import History
import QueryEngine
import QueryLanguage
import RegisterModel

/// The tables `.reports` and `.matches` show, shown in the session's format as a query's
/// result is.
enum HistoryTables {
    /// Each report: its month, file and rows, and against the report before it how many
    /// artefacts matched, are new and are gone (empty for the first).
    static func reports(_ history: ReportHistory) -> ResultTable {
        let columns = [("report", ValueType.month), ("file", .text), ("rows", .integer),
                       ("matched", .integer), ("new", .integer), ("gone", .integer)]
        let rows = history.reports.indices.map { index -> [Value] in
            let report = history.reports[index]
            let counts: [Value] = history.pairing(into: index).map {
                [.integer($0.matchedCount), .integer($0.newCount), .integer($0.goneCount)]
            } ?? [.null, .null, .null]
            return [.month(report.month), .text(report.file), .integer(report.register.rowCount)] + counts
        }
        return ResultTable(columns: columns.map { ResultTable.Column(name: $0.0, type: $0.1) }, rows: rows)
    }

    /// How each row of report `index` was paired with the report before it: the later
    /// report's rows in order (paired, by which pass, or new), then the rows gone from
    /// the earlier one; the ref and name of each side.
    static func matches(_ history: ReportHistory, into index: Int) -> ResultTable {
        let pairing = history.pairing(into: index)!
        let earlier = history.reports[index - 1], later = history.reports[index]
        let columns = [ResultTable.Column(name: "pairing", type: .text), ResultTable.Column(name: "kind", type: .kind)]
            + [earlier.month, later.month].flatMap { month in
                [ResultTable.Column(name: "ref@\(month)", type: .list), ResultTable.Column(name: "name@\(month)", type: .text)]
            }
        func side(_ report: Report, _ row: Int?) -> [Value] {
            guard let row else { return [.null, .null] }
            return [report.register.value(field: .ref, row: row), report.register.value(field: .name, row: row)]
        }
        var rows: [[Value]] = (0 ..< later.register.rowCount).map { row in
            let partner = pairing.earlierRow(pairedWith: row)
            let how = pairing.pass(ofLaterRow: row).map { "\($0.rawValue) \($0.summary)" }
                ?? (pairing.isAlike(laterRow: row) ? "new (alike rows)" : "new")
            return [.text(how), .kind(later.register.kinds[row])] + side(earlier, partner) + side(later, row)
        }
        for row in pairing.goneRows {
            let how = pairing.isAlike(earlierRow: row) ? "gone (alike rows)" : "gone"
            rows.append([.text(how), .kind(earlier.register.kinds[row])] + side(earlier, row) + side(later, nil))
        }
        return ResultTable(columns: columns, rows: rows)
    }

    /// `Feb-22 against Jan-22: 86 matched (83 same refs and name, 1 same refs, 2 same name), 3 new, 3 gone`.
    static func matchSummary(_ history: ReportHistory, into index: Int) -> String {
        let pairing = history.pairing(into: index)!
        let later = history.reports[index].register.rowCount
        let byPass = PairingPass.allCases.map { pass in
            "\((0 ..< later).lazy.filter { pairing.pass(ofLaterRow: $0) == pass }.count) \(pass.summary)"
        }
        return "\(history.reports[index].month) against \(history.reports[index - 1].month): \(pairing.matchedCount) matched"
            + " (\(byPass.joined(separator: ", "))), \(pairing.newCount) new, \(pairing.goneCount) gone"
    }
}
