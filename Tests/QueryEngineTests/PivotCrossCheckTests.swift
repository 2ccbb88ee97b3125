import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
import Testing

/// Pivots checked against counting by hand over the embedded register: each artefact in
/// every group its key fields give (lists: each element, or "(none)"), under each distinct
/// value of the pivot field, once in its group's total, once in each column total.
@Suite struct PivotCrossCheckTests {
    typealias Q = QueryRunner

    static func texts(_ register: Register, _ field: Field, row: Int) -> [String] {
        switch register.column(field) {
        case .list(let column):
            let values = Set(column[row])
            return values.isEmpty ? ["(none)"] : Array(values)
        default:
            let text = register.cellText(field: field, row: row)
            return [text.isEmpty ? "(none)" : text]
        }
    }

    @Test(arguments: [([Field.kind], Field.dag), ([.kind, .blocker], .dag), ([.status], .subgroups), ([.blocker, .wg], .kind)])
    func countsMatchCountingByHand(keys: [Field], pivot: Field) throws {
        let register = Register.embedded
        var cells: [String: Int] = [:], groupTotals: [String: Int] = [:], columnTotals: [String: Int] = [:]
        for row in 0 ..< register.rowCount {
            var groups = [[String]()]
            for key in keys { groups = groups.flatMap { prefix in Self.texts(register, key, row: row).map { prefix + [$0] } } }
            let columns = Self.texts(register, pivot, row: row)
            for group in Set(groups.map { $0.joined(separator: "|") }) {
                groupTotals[group, default: 0] += 1
                for column in columns { cells[group + "@" + column, default: 0] += 1 }
            }
            for column in columns { columnTotals[column, default: 0] += 1 }
        }

        let query = "select * group by " + keys.map(\.name).joined(separator: ", ") + " pivot " + pivot.name
        let table = try Q.table(query)
        let names = table.columns.map(\.name)
        let pivotNames = Array(names[keys.count ..< names.count - 1])
        #expect(Set(pivotNames) == Set(columnTotals.keys), "\(query)")
        let rows = try Q.rows(query)
        #expect(rows.count == groupTotals.count + 1, "\(query)")
        for row in rows.dropLast() {
            let group = row.prefix(keys.count).map { $0.isEmpty ? "(none)" : $0 }.joined(separator: "|")
            #expect(Int(row.last!) == groupTotals[group], "\(query): total of \(group)")
            for (offset, column) in pivotNames.enumerated() {
                #expect(Int(row[keys.count + offset]) == cells[group + "@" + column, default: 0], "\(query): \(group) × \(column)")
            }
        }
        let totals = rows.last!
        for (offset, column) in pivotNames.enumerated() {
            #expect(Int(totals[keys.count + offset]) == columnTotals[column], "\(query): total of \(column)")
        }
        #expect(Int(totals.last!) == register.rowCount)
    }
}
