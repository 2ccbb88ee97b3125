import RegisterModel

/// `select distinct`: one row for each combination of values, text compared as `=` does
/// (`Blocked`, `blocked` and `BLOCKED` are one value). Each combination is shown in the
/// spelling most of its rows use, at the first row of that spelling (register order).
struct DistinctRows {
    /// The rows kept, one a combination, in register order.
    let selection: [Int32]
    /// For each column, the spellings merged.
    private let merges: [[MergedSpelling]]

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
        var merges = [[MergedSpelling]](repeating: [], count: readers.count)
        for used in chosen where used.count > 1 {
            let shown = used[0].key
            for column in readers.indices {
                var others: [String] = []
                for (values, _) in used.dropFirst() where values[column] != shown[column] {
                    let text = values[column].plainText
                    if !others.contains(text) { others.append(text) }
                }
                if !others.isEmpty { merges[column].append(MergedSpelling(shown: shown[column].plainText, others: others)) }
            }
        }
        self.merges = merges
    }

    /// One note for each column whose spellings were merged.
    func notes(columns: [String]) -> [String] {
        zip(columns, merges).compactMap { MergedSpelling.note($0, $1, verb: "shown as") }
    }
}
