import QueryLanguage
import RegisterModel

/// `select distinct`: one row for each combination of values, text compared as `=` does
/// (`Blocked`, `blocked` and `BLOCKED` are one value). Each combination is shown in the
/// spelling most of its rows use, at the first row of that spelling (register order).
struct DistinctRows {
    /// The rows kept, one a combination, in register order.
    let selection: [Int32]
    /// For each column, the spellings merged: (shown, others).
    private let merges: [[(shown: String, others: [String])]]

    init(_ rows: [Int32], readers: [(Int) -> Value]) {
        // Each combination as written: one lookup a row, its count and first row.
        var indexOfValues: [[Value]: Int] = [:]
        var written: [(values: [Value], count: Int, first: Int32)] = []
        for row in rows {
            let values = readers.map { $0(Int(row)) }
            if let index = indexOfValues[values] {
                written[index].count += 1
            } else {
                indexOfValues[values] = written.count
                written.append((values, 1, row))
            }
        }
        // Then the combinations as `=` compares them, once a combination written.
        var groupOfKey: [[Value]: Int] = [:]
        var chosen: [[(key: [Value], value: (count: Int, first: Int32))]] = []
        for combination in written {
            let key = combination.values.map(\.equalityForm)
            let spelling = (key: combination.values, value: (count: combination.count, first: combination.first))
            if let group = groupOfKey[key] {
                chosen[group].append(spelling)
            } else {
                groupOfKey[key] = chosen.count
                chosen.append([spelling])
            }
        }
        chosen = chosen.map { used in
            used.count == 1 ? used
                : used.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }
        }
        selection = chosen.map { $0[0].value.first }.sorted()
        var merges = [[(shown: String, others: [String])]](repeating: [], count: readers.count)
        for used in chosen where used.count > 1 {
            let shown = used[0].key
            for column in readers.indices {
                var others: [String] = []
                for (values, _) in used.dropFirst() where values[column] != shown[column] {
                    let text = values[column].noteText
                    if !others.contains(text) { others.append(text) }
                }
                if !others.isEmpty { merges[column].append((shown[column].noteText, others)) }
            }
        }
        self.merges = merges
    }

    /// One note for each column whose spellings were merged.
    func notes(columns: [String]) -> [String] {
        zip(columns, merges).compactMap { name, merged in
            guard !merged.isEmpty else { return nil }
            let listed = merged.prefix(3).map { merge in
                let others = merge.others.map { Diagnostic.quoted($0) }
                let joined = others.count == 1 ? others[0] : others.dropLast().joined(separator: ", ") + " and " + others.last!
                return joined + " shown as " + Diagnostic.quoted(merge.shown)
            }
            let more = merged.count > 3 ? "; and \(merged.count - 3) more values written in several ways" : ""
            return "\(name): " + listed.joined(separator: "; ") + more + " (text compares as = does: case, spaces and punctuation aside)"
        }
    }
}
