import QueryLanguage
import RegisterModel

/// The text of `.help`: the language in brief, with examples that run on the embedded
/// register, then the meta-commands and the formats as their own lists give them
/// (`HelpListings.swift`), so that help cannot fall behind what regq accepts.
public enum HelpText {
    /// The topics of `.help TOPIC`, in the order `.help` alone shows them.
    public enum Topic: String, CaseIterable {
        case queries, conditions, history, fields, commands, formats

        /// The topic a word names, in any case, or begins (`.help cond`).
        init?(prefix word: String) {
            let lower = word.lowercased()
            guard let topic = Self.allCases.first(where: { $0.rawValue.hasPrefix(lower) }) else { return nil }
            self = topic
        }

        var text: String {
            switch self {
            case .queries: HelpText.queries
            case .conditions: HelpText.conditions
            case .history: HelpText.history
            case .fields: HelpText.fields
            case .commands: HelpText.commands
            case .formats: HelpText.formats
            }
        }
    }

    /// All topics, or the one named (a close misspelling is forgiven).
    public static func text(topic: String? = nil) -> String {
        guard let topic else { return Topic.allCases.map(\.text).joined(separator: "\n") }
        if let match = Topic(prefix: topic) { return match.text }
        return "no help on '\(topic)'; topics: " + Topic.allCases.map(\.rawValue).joined(separator: ", ") + "\n"
    }

    static let queries = """
        Queries
          select IF                                   every column of every interface specification
          select ref, name, dag from IF, BP           chosen columns of two kinds
          select * where status = blocked             conditions after where
          select count(*) from IF                     aggregates: count, min, max, list
          select * where status = blocked group by blocker      keys and count per group
          select blocker, count(*) as n from IF group by blocker having n > 2 order by n desc
          select * where dag between Feb-22 and Apr-22 group by kind pivot dag
          select distinct status from BP              each value once
          explain select IF where status = blocked    rows left after each clause
        Clauses, in this order: \(Clause.allCases.map { $0.keywords.map(\.text).joined(separator: " ") }.joined(separator: ", ")).
        Kinds: \(Kind.allCases.map(\.code).joined(separator: " ")).  Keywords, kinds and fields ignore case.
        A statement may span lines; it ends at ';' or at a blank line, in a file and in
        a paste alike: a paste with a blank line inside a statement runs as two.

        """

    static let conditions = """
        Conditions (loosest first: or, and, not, comparison; parentheses group)
          status = blocked            text equality ignores case, spaces and punctuation
          status != blocked           exactly not (status = blocked); also <>
          dag < May-22                months by calendar (also 2022-05); TBC never compares
          dag between Feb-22 and Apr-22
          subgroups in (Smart, Advanced)      a list matches when any element does
          status contains "sub group" a part; ignores case, spaces, punctuation
          name like 'MPAN%'           % any run, _ one character
          blocker is empty            no value;  dag is tbc  the month is TBC
          review < sg                 fields compare with fields
          dag - review > 1            months between; dag > review + 1 moves a month
          size(subgroups) > 1         a list's element count; select dag - review as wait
          dag < $cutoff               a parameter: --param cutoff=May-22 or .param cutoff May-22
        A bare word is a field when it names one, else a value; quote to force a value.

        """

    static let history = """
        History: monthly reports loaded together (--history DIR, or -r MONTH=FILE
        repeated, or .load DIR); queries run on the latest report. .reports lists
        them; .matches [MONTH] shows how each row was paired with the report before
        (same refs and name; same refs; same name). Rows alike stay unpaired (a note).
          select * @Feb-22                   another report; @prev, @first, @latest
          select ref, dag@prev, dag          a field in another report
          select ref, dag - dag@prev as slip where dag slipped order by slip desc
          select IF where status changed to blocked group by blocker
          select * where status changed from blocked
          select * where dag advanced since @first     compared with @first
          select * where status was blocked since @Jan-22
          select * where new                 not in the report before
          select * @prev where removed       not in the report after it
          select * where removed since @first   dropped since, as it was
          diff                               new, removed, changed: field by field
          diff @Jan-22 to @Mar-22 where kind = IF
          select report, count(*) from * @all where status = blocked group by report
          select report, name, dag @all where dag slipped
        With @all, a change is asked of each artefact in the latest report: the
        rows are its rows in every report (above: the trend of what slipped).
        An artefact missing from the report compared with is not compared (a note).

        """

    static let fields = """
        Fields
          kind        BP, IF, BRS, GA, TD
          ref         list of the report's references
          name        the artefact's name as printed
          wg          working group: BPRWG, TDWG, SDWG
          subgroups   list of sub-groups
          status      the status label, blocker removed
          blocker     list of blocking issues
          sg          month: Sub-Group Activity Complete
          review      month: BPRWG Review Complete (Level 4 Review for TD)
          dag         month: DAG Review Complete
        .fields shows their values; .values FIELD counts each value.

        """
}
