import QueryLanguage
import RegisterModel

/// One meta-command as `MetaCommand.all` describes it: everything regq knows about it —
/// how it is run, checked, listed in help, completed at the prompt and foreseen in a batch
/// run — in one value, so that a command is added or changed in one place.
public struct MetaCommand: Sendable {
    /// Its name, then any other names it answers to (`quit`, `exit`), without the dot.
    public let names: [String]
    /// Its arguments as usage messages and help show them (`FIELD`, `[FILE]`); empty for none.
    let syntax: String
    /// How many arguments it takes; another count is a usage error.
    let argumentCount: ClosedRange<Int>
    /// What it does, in the few words of its line in `.help commands`.
    let help: String
    /// What its first argument completes to at the prompt.
    public let argument: ArgumentKind
    /// What a batch run must load for it.
    let fields: FieldNeed
    /// Runs it once its argument count is known to be right. An unapplied method of
    /// `Session` (`Session.showValues`), so that the table names each command's code.
    let run: @Sendable (Session) -> ([String], MetaCommandContext) -> Session.Outcome

    /// Any number of arguments, for the commands that ignore those they do not use.
    static let anyCount = 0...Int.max

    /// What a meta-command's first argument can be, for Tab to offer.
    public enum ArgumentKind: Sendable {
        /// Nothing to complete: the command takes no argument, or a free one (a name, a value).
        case none
        /// Files and folders, from the folder typed so far.
        case files
        /// The register's fields.
        case fields
        /// The output formats.
        case formats
        /// The table modes.
        case modes
        /// `on` and `off`.
        case onOff
        /// The topics of `.help`.
        case helpTopics
        /// The queries saved in the session's queries folder.
        case savedQueries
        /// The months of the history's reports.
        case reportMonths
    }

    /// The fields a batch run must load for a meta-command, judged before the register is
    /// read (`BatchInput.columns`).
    enum FieldNeed: Sendable {
        /// None: it shows help or the session's settings, changes a setting, or leaves.
        case none
        /// The field its one argument names (`.values wg`).
        case fieldNamedByArgument
        /// Any field: it shows the whole register, loads a register or reads more
        /// statements, or changes what later statements mean (so that they cannot be
        /// judged in advance).
        case everyField
    }

    /// Its name.
    public var name: String { names[0] }

    /// `.values FIELD`: the command as its usage message shows it.
    var usage: String { "." + name + (syntax.isEmpty ? "" : " " + syntax) }

    /// `.quit, .exit`: the command with all its names, as `.help commands` lists it.
    var listing: String { names.map { "." + $0 }.joined(separator: ", ") + (syntax.isEmpty ? "" : " " + syntax) }

    /// The command called `name` (without the dot, in any case), or nil.
    public static func named(_ name: String) -> MetaCommand? {
        let lower = name.lowercased()
        return all.first { $0.names.contains(lower) }
    }

    /// Every name of every command, in table order: what `.` completes to and what an
    /// unknown command's suggestion is chosen from.
    public static var allNames: [String] { all.flatMap(\.names) }
}

/// One meta-command as written and the table entry it names: where its errors point, and
/// the usage they show.
struct MetaCommandContext {
    let command: MetaCommand
    let source: SourceFile
    let range: SourceRange
    /// Where each argument is, for an error about one of them.
    let argumentRanges: [SourceRange]
}

extension MetaCommand {
    /// The fields a meta-command line (its dot first) needs loaded, as `MetaCommand.all`
    /// says; nil for a command that may read any field, or one that is not known.
    public static func fieldsRead(byLine line: String) -> FieldSet? {
        let words = Session.splitWords(line.dropFirst())
        guard let name = words.first, let command = named(name) else { return nil }
        switch command.fields {
        case .none:
            return []
        case .fieldNamedByArgument:
            // Another count of arguments is a usage error, which reads nothing; a field not
            // known is left to the run, which reports it.
            return words.count == 2 ? Field(name: words[1]).map { FieldSet($0) } : []
        case .everyField:
            return nil
        }
    }
}
