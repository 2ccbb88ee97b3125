import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel

/// One source of statements for a batch run, read before the register is loaded so that
/// the register can be read with only the columns the statements use.
enum BatchInput {
    /// A `-e` text or standard input.
    case source(SourceFile)
    /// A query file, as read (a read failure is reported when the run reaches it).
    case file(path: String, contents: Result<[UInt8], FileBytes.Failure>)

    /// The columns the statements read, judged from their plans checked against the
    /// schema alone (values do not change which fields a statement reads): built at load,
    /// or, for fields only shown in row results, read for the rows shown (`located`). A
    /// statement that fails stops the run, so nothing after it counts, unless the run goes
    /// on `throughFailures` (`--check`, which reports every error). Meta-commands that
    /// show the whole register, or load or read more statements, need every field. Should a
    /// statement still need a column not foreseen here, the session reads the register
    /// again whole (`Session.wholeRegister`).
    static func columns(readBy inputs: [BatchInput], parameters: [String: String], reports: [Month] = [],
                        throughFailures: Bool = false) -> ColumnSelection {
        var built = FieldSet(.kind), shown = FieldSet()
        var columns: ColumnSelection { ColumnSelection(built: built, located: shown.subtracting(built)) }
        for input in inputs {
            let source: SourceFile
            switch input {
            case .source(let file): source = file
            case .file(let path, .success(let bytes)): source = SourceFile(name: path, bytes: bytes)
            case .file(_, .failure):
                if throughFailures { continue }
                return columns
            }
            for statement in StatementSplitter.split(source) {
                switch statement.kind {
                case .metaCommand:
                    guard let more = fieldsRead(byMetaCommand: source.text(of: statement.range)) else { return .all }
                    built.formUnion(more)
                case .query:
                    guard let plan = Compiler.compile(source, range: statement.range, parameters: parameters, reports: reports).plan else {
                        if throughFailures { continue }
                        return columns
                    }
                    built.formUnion(plan.fieldsRead.subtracting(plan.fieldsOnlyShown))
                    shown.formUnion(plan.fieldsOnlyShown)
                }
            }
        }
        return columns
    }

    /// The fields a meta-command needs loaded, as `MetaCommand.all` says; nil for a
    /// command that may read any field, or one that is not known.
    static func fieldsRead(byMetaCommand line: String) -> FieldSet? {
        let words = Session.splitWords(line.dropFirst())
        guard let name = words.first, let command = MetaCommand.named(name) else { return nil }
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
