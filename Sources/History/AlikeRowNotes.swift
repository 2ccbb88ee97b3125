import ColumnStore
import RegisterModel

/// The notes that count the rows a pairing left unpaired because two or more rows looked
/// alike (`note: 2 rows of MHHSP-BP010 in Feb-22 were not paired with Jan-22`): grouped by the rows'
/// references, or by name when they have none, report by report, at most `cap` groups a
/// pairing (the rest counted in one more note).
enum AlikeRowNotes {
    static let cap = 10

    static func notes(_ pairing: Pairing, earlier: Report, later: Report) -> [String] {
        let earlierRows = (0 ..< earlier.register.rowCount).filter { pairing.isAlike(earlierRow: $0) }
        let laterRows = (0 ..< later.register.rowCount).filter { pairing.isAlike(laterRow: $0) }
        let groups = self.groups(earlierRows, in: earlier, other: later) + self.groups(laterRows, in: later, other: earlier)
        var notes = groups.prefix(cap).map { group in
            let count = group.rows
            return "\(count) \(count == 1 ? "row" : "rows") \(group.label) in \(group.month) \(count == 1 ? "was" : "were")"
                + " not paired with \(group.otherMonth)"
        }
        if groups.count > cap {
            notes.append("… and \(groups.count - cap) more groups of rows alike in \(earlier.month) and \(later.month) were not paired"
                         + " (.matches \(later.month) lists them)")
        }
        return notes
    }

    private struct Group {
        var label: String
        var month: Month
        var otherMonth: Month
        var rows: Int
    }

    /// The rows grouped by label, in the order each label first appears.
    private static func groups(_ rows: [Int], in report: Report, other: Report) -> [Group] {
        guard case .list(let refs) = report.register.column(.ref), case .text(let names) = report.register.column(.name) else {
            preconditionFailure("ref is a list column, name a text column")
        }
        var groups: [Group] = []
        var index: [String: Int] = [:]
        for row in rows {
            let rowRefs = refs[row]
            let label = rowRefs.isEmpty ? "named '\(TerminalText.data(names[row], cutBeyond: 80))'"
                : "of " + TerminalText.data(rowRefs.joined(separator: ";"), cutBeyond: 80)
            if let at = index[label] {
                groups[at].rows += 1
            } else {
                index[label] = groups.count
                groups.append(Group(label: label, month: report.month, otherMonth: other.month, rows: 1))
            }
        }
        return groups
    }
}
