import RegisterModel

/// A report of the loaded history as a statement names it: which report it is (by index
/// into the history's reports, earliest first), and how the statement named it, so that
/// what is compiled from the statement (SQL) names it the same way and still means it
/// when more reports are loaded.
public struct ReportIndex: Sendable, Hashable {
    public var index: Int
    public var name: ReportName

    public init(_ index: Int, name: ReportName) {
        self.index = index
        self.name = name
    }
}

/// How a statement names a report of the history.
public enum ReportName: Sendable, Hashable {
    /// By its month (`@Feb-22`, `@$m`), or as a report next to one so named.
    case month(Month)
    /// The latest report (`@latest`, and a statement's report by default), or the report
    /// `back` reports before it (`@prev`: 1).
    case latest(back: Int)
    /// The first report (`@first`), or the report `on` reports after it.
    case first(on: Int)

    /// The report `steps` reports later (earlier when negative), whose month is `month`.
    func moved(by steps: Int, to month: Month) -> ReportName {
        switch self {
        case .month: .month(month)
        case .latest(let back): .latest(back: back - steps)
        case .first(let on): .first(on: on + steps)
        }
    }
}
