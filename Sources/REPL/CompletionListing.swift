import RegisterModel
import Shell

/// The candidates Tab lists below the line, in columns down then across as `ls` does,
/// each column as wide as its widest entry, fitted to the terminal width. A label too
/// long to share a line is shortened with `…`; a very long list is cut with a count.
enum CompletionListing {
    static let limit = 200

    static func render(_ candidates: [CompletionCandidate], width: Int) -> String {
        let longest = max(16, width / 2 - 2)
        let entries = candidates.prefix(limit).map { entry($0, longest: longest) }
        guard !entries.isEmpty else { return "" }
        let (rows, widths) = layout(entries.map(\.count), width: width)
        var text = ""
        for row in 0 ..< rows {
            var line = ""
            for (column, columnWidth) in widths.enumerated() {
                let index = column * rows + row
                guard index < entries.count else { break }
                line += entries[index]
                if index + rows < entries.count { line += String(repeating: " ", count: columnWidth + 2 - entries[index].count) }
            }
            text += line + "\n"
        }
        if candidates.count > limit { text += "and \(candidates.count - limit) more\n" }
        return text
    }

    /// The fewest rows whose columns fit in `width`, and each column's width.
    static func layout(_ lengths: [Int], width: Int) -> (rows: Int, widths: [Int]) {
        for rows in 1 ... lengths.count {
            let widths = stride(from: 0, to: lengths.count, by: rows).map { lengths[$0 ..< min($0 + rows, lengths.count)].max()! }
            if widths.reduce(0, +) + 2 * (widths.count - 1) <= width { return (rows, widths) }
        }
        return (lengths.count, [lengths.max()!])
    }

    static func entry(_ candidate: CompletionCandidate, longest: Int) -> String {
        // Register text may hold control characters; they are shown escaped, never sent raw.
        var label = TerminalText.escaped(candidate.label, as: .unicodeBraces)
        let detail = candidate.detail.map { " " + $0 } ?? ""
        if label.count + detail.count > longest {
            label = String(label.prefix(max(1, longest - detail.count - 1))) + (Terminal.isUTF8 ? "…" : "~")
        }
        return label + detail
    }
}
