import Output

/// The topics of `.help` written from regq's own lists rather than by hand, so that a
/// meta-command added to `MetaCommand.all` or a format added to `OutputFormat` is in the
/// help the moment it exists.
extension HelpText {
    /// `.help commands`: every meta-command with its arguments and what it does.
    static var commands: String {
        "Commands\n" + columns(MetaCommand.all.map { ($0.listing, $0.help) }, width: commandWidth)
    }

    /// Room for the longest listing but those of closed lists (`.help`'s topics,
    /// `.format`'s formats), which are shown whole with their help on the next line.
    static let commandWidth = 28

    /// `.help formats`: every format with its summary.
    static var formats: String {
        let width = OutputFormat.names.map(\.count).max()! + 3
        return "Formats (-f NAME or .format NAME)\n"
            + columns(OutputFormat.allCases.map { ($0.rawValue, $0.summary) }, width: width)
    }

    /// Rows of two columns, indented two spaces, the second starting `width` columns after
    /// the indent; a first column too wide for that puts its second on the next line, so
    /// that every description still starts in the same column.
    static func columns(_ rows: [(String, String)], width: Int) -> String {
        rows.map { left, right in
            let gap = width - left.count
            let pad = gap >= 2 ? String(repeating: " ", count: gap) : "\n" + String(repeating: " ", count: width + 2)
            return "  " + left + pad + right + "\n"
        }.joined()
    }
}
