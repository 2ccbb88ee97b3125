import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
import Shell

/// One source of statements for a batch run, split and compiled before the register is
/// loaded, so that the register can be read with only the columns the statements use,
/// and each statement then runs from that one compilation.
enum BatchInput {
    /// A `-e` text or standard input.
    case source(PreparedSource)
    /// A query file, as read (a read failure is reported when the run reaches it).
    case file(path: String, contents: Result<PreparedSource, FileBytes.Failure>)

    /// Each input prepared: its statements compiled against the schema and the reports'
    /// months, with `parameters` (values do not change a plan, only the warnings the lint
    /// pass gives once the register is loaded).
    static func prepare(_ inputs: [StatementInput], parameters: [String: String], reports: [Month]) -> [BatchInput] {
        inputs.map { input in
            switch input {
            case .text(let source):
                .source(PreparedSource(source, parameters: parameters, reports: reports))
            case .file(let path, let contents):
                .file(path: path, contents: contents.map { PreparedSource(SourceFile(name: path, bytes: $0), parameters: parameters, reports: reports) })
            }
        }
    }

    /// The compilations of the statements, when every one can be answered in a streamed
    /// pass over the register (`StreamedAnswers.canAnswer`): queries only, none failed.
    static func streamable(_ inputs: [BatchInput]) -> [Compilation]? {
        var compilations: [Compilation] = []
        for input in inputs {
            let prepared: PreparedSource
            switch input {
            case .source(let source): prepared = source
            case .file(_, .success(let source)): prepared = source
            case .file(_, .failure): return nil
            }
            guard let more = streamable(prepared) else { return nil }
            compilations += more
        }
        return compilations.isEmpty ? nil : compilations
    }

    private static func streamable(_ prepared: PreparedSource) -> [Compilation]? {
        var compilations: [Compilation] = []
        for statement in prepared.statements {
            guard statement.statement.kind == .query, let compilation = statement.compilation,
                  StreamedAnswers.canAnswer(compilation) else { return nil }
            compilations.append(compilation)
        }
        return compilations
    }

    /// The columns the statements read, judged from their plans: built at load, or, for
    /// fields only shown in row results, read for the rows shown (`located`). A statement
    /// that fails stops the run, so nothing after it counts, unless the run goes on
    /// `throughFailures` (`--check`, which reports every error). Meta-commands that show
    /// the whole register, or load or read more statements, need every field. Should a
    /// statement still need a column not foreseen here, the session reads the register
    /// again whole (`Session.loadWhole`).
    static func columns(readBy inputs: [BatchInput], throughFailures: Bool = false) -> ColumnSelection {
        var built = FieldSet(.kind), shown = FieldSet()
        var columns: ColumnSelection { ColumnSelection(built: built, located: shown.subtracting(built)) }
        for input in inputs {
            let prepared: PreparedSource
            switch input {
            case .source(let source): prepared = source
            case .file(_, .success(let source)): prepared = source
            case .file(_, .failure):
                if throughFailures { continue }
                return columns
            }
            for statement in prepared.statements {
                switch statement.statement.kind {
                case .metaCommand:
                    guard let more = MetaCommand.fieldsRead(byLine: prepared.source.text(of: statement.statement.range)) else { return .all }
                    built.formUnion(more)
                case .query:
                    guard let plan = statement.compilation?.plan else {
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
}
