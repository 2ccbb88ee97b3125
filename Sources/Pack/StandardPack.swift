import Output
import QueryEngine
import QueryLanguage
import RegisterModel
import Shell

/// The pack regq makes without a PACK.md: the questions the programme board asks each
/// month, each section a statement shown beside its answer (the saved queries of
/// Queries/ and Queries/history/ where one fits). With a history, what changed since the
/// report before too, and a milestone trend chart of what slipped.
public enum StandardPack {
    /// One section: a heading, a sentence on what it shows, and its statements.
    struct Section {
        var title: String
        var about: String
        var statements: [(text: String, presentation: PackBlock.Presentation)]
    }

    /// The most artefacts the trend chart of what slipped draws: those that slipped most.
    static let trendLimit = 20

    /// The standard pack's parts, for the session's workspace; `$month` is the month it is
    /// "as at" (nil when not known: a single register without `-p month=…`).
    public static func parts(for session: Session, month: Month?) -> [PackPart] {
        var sections = current(month: month)
        if let history = session.workspace.history, history.reports.count > 1 {
            let previous = history.reports[history.reports.count - 2].month
            sections += changes(since: previous, latest: history.latest.month)
            sections.append(trend(of: slipped(in: session), since: previous))
        }
        return sections.flatMap(parts)
    }

    /// The sections every register answers.
    static func current(month: Month?) -> [Section] {
        var sections = [
            Section(title: "Status by kind", about: "How many artefacts of each kind stand at each status.",
                    statements: [("select kind, status, count(*) group by kind, status", .chart(.bar))]),
            Section(title: "Blocked, by blocker", about: "What blocks artefacts, and every blocked artefact.",
                    statements: [("select blocker, count(*) from * where blocker is not empty group by blocker", .chart(.bar)),
                                 ("select blocker, kind, ref, name, status, dag from * where blocker is not empty order by blocker, kind", .table)]),
        ]
        if let month {
            let last = Month(ordinal: month.ordinal + 2)
            sections.append(Section(title: "Reaching DAG, \(month.shortText) to \(last.shortText)",
                                    about: "What is forecast to reach DAG review in the next three months.",
                                    statements: [("select kind, ref, name, status, blocker, sg, review, dag where dag >= $month and dag <= $month + 2 order by dag, kind", .table)]))
        } else {
            sections.append(Section(title: "Reaching DAG", about: "The month this register is as at is not known: give -p month=MON-YY to see what reaches DAG in the three months from it.",
                                    statements: []))
        }
        sections += [
            Section(title: "Forecasts still TBC", about: "Everything whose sub-group, review or DAG forecast is still TBC.",
                    statements: [("select kind, ref, name, subgroups, status, sg, review, dag where sg is tbc or review is tbc or dag is tbc", .table)]),
            Section(title: "Forecasts out of order", about: "Review before sub-group, or DAG before review or sub-group.",
                    statements: [("select kind, ref, name, sg, review, dag where review < sg or dag < review or dag < sg", .table)]),
        ]
        return sections
    }

    /// What changed between the last two reports, and the blocked count report by report.
    static func changes(since previous: Month, latest: Month) -> [Section] {
        let between = "since \(previous.shortText)"
        return [
            Section(title: "Slipped \(between)", about: "Artefacts whose DAG forecast is later than in \(previous.shortText), and by how many months.",
                    statements: [(slippedStatement, .table)]),
            Section(title: "Became blocked \(between)", about: "Artefacts blocked in \(latest.shortText) that were not in \(previous.shortText).",
                    statements: [("select kind, ref, name, blocker where status changed to blocked", .table)]),
            Section(title: "Unblocked \(between)", about: "Artefacts blocked in \(previous.shortText) that no longer are.",
                    statements: [("select kind, ref, name, status, blocker@prev where status changed from blocked", .table)]),
            Section(title: "New \(between)", about: "Artefacts in \(latest.shortText) that \(previous.shortText) did not hold.",
                    statements: [("select kind, ref, name, status, dag where new", .table)]),
            Section(title: "Removed \(between)", about: "Artefacts of \(previous.shortText) that \(latest.shortText) no longer holds.",
                    statements: [("select kind, ref, name, status, dag @prev where removed", .table)]),
            Section(title: "Blocked, report by report", about: "How many artefacts are blocked in each report.",
                    statements: [("select report, count(*) from * @all where status = blocked group by report", .chart(.bar))]),
        ]
    }

    static let slippedStatement = "select ref, name, dag@prev, dag, dag - dag@prev as slip where dag slipped order by slip desc"

    /// The names of what slipped, most first (the same statement as its section), for the
    /// trend chart; none when it cannot be had (its section reports why).
    static func slipped(in session: Session) -> [String] {
        let source = SourceFile(name: "<standard pack>", text: slippedStatement)
        guard case .success(let result) = session.result(of: SourceRange(start: 0, end: source.bytes.count), in: source, quietly: true),
              let name = result.table.columns.firstIndex(where: { $0.name == "name" }) else { return [] }
        return (0 ..< result.table.dataRowCount).compactMap { row in
            if case .text(let text) = result.table.value(row: row, column: name) { return text }
            return nil
        }
    }

    /// The milestone trend chart of what slipped: each one's DAG forecast in every report,
    /// as `Queries/history/slipped-trend.rq` asks it; past `trendLimit`, the chart draws
    /// the ones that slipped most, named one by one.
    static func trend(of names: [String], since previous: Month) -> Section {
        let title = "Trend of what slipped since \(previous.shortText)"
        guard !names.isEmpty else {
            return Section(title: title, about: "Nothing slipped at DAG since \(previous.shortText).", statements: [])
        }
        let about = "the DAG each report forecast. A line that climbs is slipping; the dashed diagonal is each report's own month."
        guard names.count > trendLimit else {
            return Section(title: title, about: "What slipped: " + about, statements: [(slippedTrendStatement, .chart(.trend))])
        }
        // A name that could end the statement's block or line is left to the table above.
        let drawn = Array(names.filter { !$0.contains("\n") && !$0.contains("\r") }.prefix(trendLimit))
        let quoted = drawn.map { "'" + $0.replacing("'", with: "''") + "'" }
        return Section(title: title, about: "The \(drawn.count) that slipped most of the \(names.count) above: " + about,
                       statements: [("select report, name, dag from * @all where name in (\(quoted.joined(separator: ", ")))", .chart(.trend))])
    }

    static let slippedTrendStatement = "select report, name, dag from * @all where dag slipped"

    /// A section as parts: its heading and sentence (escaped), then a block per statement.
    static func parts(_ section: Section) -> [PackPart] {
        var parts: [PackPart] = [.html("<h2>" + HTMLEscaping.text(section.title) + "</h2>\n<p>" + HTMLEscaping.text(section.about) + "</p>\n")]
        for (index, statement) in section.statements.enumerated() {
            let source = SourceFile(name: "<standard pack: \(section.title)>", text: statement.text)
            let caption = section.statements.count > 1 ? "\(section.title) (\(index + 1))" : section.title
            parts.append(.block(PackBlock(source: source, range: SourceRange(start: 0, end: source.bytes.count),
                                          presentation: statement.presentation, caption: caption)))
        }
        return parts
    }
}
