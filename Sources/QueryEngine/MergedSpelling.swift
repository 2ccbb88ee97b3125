import QueryLanguage

/// One value written in several ways that `=` treats as one (`Blocked`, `blocked`,
/// `BLOCKED`): the spelling shown, and the others it stands for.
struct MergedSpelling: Equatable {
    let shown: String
    let others: [String]

    /// `status: 'blocked' and 'BLOCKED' counted as 'Blocked' (…)`: the note for one field or
    /// column, naming the first three merges and counting the rest; nil when none.
    static func note(_ name: String, _ merges: [MergedSpelling], verb: String) -> String? {
        guard !merges.isEmpty else { return nil }
        let named = merges.prefix(3).map { merge in
            let others = merge.others.map { Diagnostic.quoted($0) }
            let listed = others.count == 1 ? others[0] : others.dropLast().joined(separator: ", ") + " and " + others.last!
            return listed + " \(verb) " + Diagnostic.quoted(merge.shown)
        }
        let more = merges.count > 3 ? "; and \(merges.count - 3) more values written in several ways" : ""
        return "\(name): " + named.joined(separator: "; ") + more + " (text compares as = does: case, spaces and punctuation aside)"
    }
}
