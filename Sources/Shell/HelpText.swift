import QueryLanguage
import RegisterModel

/// The text of `.help` (and of `--help`'s language summary): the language in brief, with
/// examples that run on the embedded register.
public enum HelpText {
    static let topics: [(name: String, text: String)] = [
        ("queries", """
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
        Clauses, in this order: \(Clause.allCases.map { $0.keywords.joined(separator: " ") }.joined(separator: ", ")).
        Kinds: \(Kind.allCases.map(\.code).joined(separator: " ")).  Keywords, kinds and fields ignore case.

        """),
        ("conditions", """
        Conditions (loosest first: or, and, not, comparison; parentheses group)
          status = blocked            text equality ignores case, spaces and punctuation
          status != blocked           exactly not (status = blocked); also <>
          dag < May-22                months by calendar (also 2022-05); TBC never compares
          dag between Feb-22 and Apr-22
          subgroups in (Smart, Advanced)      a list matches when any element does
          name contains "consent"     case-insensitive substring
          name like 'MPAN%'           % any run, _ one character
          blocker is empty            no value;  dag is tbc  the month is TBC
          review < sg                 fields compare with fields
          dag < $cutoff               a parameter: --param cutoff=May-22 or .param cutoff May-22
        A bare word is a field when it names one, else a value; quote to force a value.

        """),
        ("fields", """
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

        """),
        ("commands", """
        Commands
          .help [queries|conditions|fields|commands|formats]
          .fields                     each field, its type and some values
          .values FIELD               each value of FIELD with its count
          .format NAME                table, csv, tsv, json, jsonl, markdown, bar, timeline
          .load FILE                  switch to another register
          .read FILE                  run a query file
          .save NAME                  save the last query as Queries/NAME.rq
          .queries                    the saved queries
          .run NAME [NAME=VALUE …]    run a saved query
          .param NAME VALUE, .params  set / list parameters
          .output FILE, .output       results to FILE / back to the terminal
          .timer on|off               print each query's time
          .quit, .exit                leave (Ctrl-D too)

        """),
        ("formats", """
        Formats (-f NAME or .format NAME)
          table      aligned columns (default)       csv, tsv   one header row, then rows
          json       an array of objects             jsonl      one object per line
          markdown   a pipe table for reports        bar, timeline  charts

        """),
    ]

    /// All topics, or the one named (a close misspelling is forgiven).
    public static func text(topic: String? = nil) -> String {
        guard let topic else { return topics.map(\.text).joined(separator: "\n") }
        let lower = topic.lowercased()
        if let match = topics.first(where: { $0.name.hasPrefix(lower) }) { return match.text }
        return "no help on '\(topic)'; topics: " + topics.map(\.name).joined(separator: ", ") + "\n"
    }
}
