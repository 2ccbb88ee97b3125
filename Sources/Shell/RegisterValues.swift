import ColumnStore
import QueryEngine
import RegisterCSV
import RegisterModel

/// The distinct values of a field with how many artefacts hold each: for completing
/// `status = Bl<Tab>` and listing `Blocked (36)`, and for `.fields`' examples. Counted from
/// the dictionary codes, so that a Tab stays instant on a large register.
public enum RegisterValues {
    /// Every value in the field's natural order (kinds as in the report, months by
    /// calendar with TBC last, text ignoring case); the empty value (an empty text, an
    /// empty list) counts the artefacts that have none.
    public static func counts(_ field: Field, in register: Register) -> [(value: String, count: Int)] {
        switch register.column(field) {
        case .kind(let kinds):
            var counts = [Int](repeating: 0, count: Kind.allCases.count)
            for kind in kinds { counts[Int(kind.rawValue)] += 1 }
            return Kind.allCases.compactMap { counts[Int($0.rawValue)] > 0 ? ($0.code, counts[Int($0.rawValue)]) : nil }
        case .text(let column):
            return textCounts(column.dictionary, codes: column.codes, emptyRows: 0)
        case .list(let column):
            let emptyRows = (0 ..< register.rowCount).count { column.offsets[$0] == column.offsets[$0 + 1] }
            return textCounts(column.dictionary, codes: column.codes, emptyRows: emptyRows)
        case .month(let months):
            var counts: [Month: Int] = [:]
            for month in months { counts[month, default: 0] += 1 }
            return counts.keys.sorted().map { ($0.shortText, counts[$0]!) }
        }
    }

    /// The values most artefacts hold first (ties as text, ignoring case): `.fields`'
    /// examples.
    public static func mostFrequent(_ field: Field, in register: Register) -> [(value: String, count: Int)] {
        counts(field, in: register).sorted { $0.count != $1.count ? $0.count > $1.count : textPrecedes($0.value, $1.value) }
    }

    /// Each value as `=` compares it (`Blocked`, `blocked`: one value, in the spelling
    /// most artefacts use), with its count, in case-insensitive order.
    static func textCounts(_ dictionary: TextDictionary, codes: [UInt32], emptyRows: Int) -> [(value: String, count: Int)] {
        let ranks = TextRanks(comparingAsEquals: dictionary) { use in
            for (index, code) in codes.enumerated() { use(code, Int32(index), 1) }
        }
        var byValue = ranks.shown.indices.compactMap { rank in
            ranks.useCounts[rank] > 0 ? (value: ranks.shown[rank], count: ranks.useCounts[rank]) : nil
        }
        if emptyRows > 0 {
            if let empty = byValue.firstIndex(where: { $0.value.isEmpty }) { byValue[empty].count += emptyRows }
            else { byValue.insert((value: "", count: emptyRows), at: 0) }
        }
        return byValue
    }
}
