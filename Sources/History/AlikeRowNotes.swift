import ColumnStore
import RegisterModel

/// The notes that count the rows a pairing left unpaired because two or more rows looked
/// alike (`note: 2 rows of MHHSP-BP010 in Feb-22 were not paired with Jan-22`): grouped by
/// the rows' references, or by name when they have none, report by report, at most `cap`
/// groups a pairing (the rest counted in one more note). Rows are grouped by their
/// pairing keys; only the groups shown are turned into text.
enum AlikeRowNotes {
    static let cap = 10

    static func notes(_ pairing: Pairing, earlier: (Report, PairingKeys), later: (Report, PairingKeys)) -> [String] {
        let earlierGroups = groups(earlier.1) { pairing.isAlike(earlierRow: $0) }
        let laterGroups = groups(later.1) { pairing.isAlike(laterRow: $0) }
        let shown = earlierGroups.prefix(cap).map { note($0, in: earlier.0, other: later.0) }
            + laterGroups.prefix(max(0, cap - earlierGroups.count)).map { note($0, in: later.0, other: earlier.0) }
        let more = earlierGroups.count + laterGroups.count - shown.count
        guard more > 0 else { return shown }
        return shown + ["… and \(more) more groups of rows alike in \(earlier.0.month) and \(later.0.month) were not paired"
                        + " (.matches \(later.0.month) lists them)"]
    }

    /// A group: its first row and how many rows it has.
    private struct Group {
        var row: Int
        var count: Int
    }

    /// The rows `isAlike` picks, grouped by their set of references, or by name when they
    /// have none, in the order each group first appears.
    private static func groups(_ keys: PairingKeys, _ isAlike: (Int) -> Bool) -> [Group] {
        var groups: [Group] = []
        struct Key: Hashable {
            var hash: UInt64
            var isRefs: Bool
        }
        var index: [Key: Int] = [:]
        for row in 0 ..< keys.rowCount where isAlike(row) {
            let refs = keys.refSets[row]
            let key = refs == PairingKeys.noRefs ? Key(hash: keys.names[row], isRefs: false) : Key(hash: refs, isRefs: true)
            if let at = index[key] {
                groups[at].count += 1
            } else {
                index[key] = groups.count
                groups.append(Group(row: row, count: 1))
            }
        }
        return groups
    }

    /// `2 rows of MHHSP-BP010 in Feb-22 were not paired with Jan-22`, `1 row named 'X' …`.
    private static func note(_ group: Group, in report: Report, other: Report) -> String {
        let refs = report.register.value(ofList: .ref, row: group.row)
        let label = refs.isEmpty ? "named '\(TerminalText.data(report.register.value(ofText: .name, row: group.row), cutBeyond: 80))'"
            : "of " + TerminalText.data(refs.joined(separator: ";"), cutBeyond: 80)
        let count = group.count
        return "\(count) \(count == 1 ? "row" : "rows") \(label) in \(report.month) \(count == 1 ? "was" : "were")"
            + " not paired with \(other.month)"
    }
}

private extension RegisterColumns {
    func value(ofList field: Field, row: Int) -> [String] {
        guard case .list(let column) = column(field) else { preconditionFailure("\(field.name) is a list column") }
        return column[row]
    }

    func value(ofText field: Field, row: Int) -> String {
        guard case .text(let column) = column(field) else { preconditionFailure("\(field.name) is a text column") }
        return column[row]
    }
}
