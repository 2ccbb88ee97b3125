import ColumnStore
import History
import QueryEngine
import QueryLanguage
import RegisterCSV
import RegisterModel
import SQLCompiler
import Shell

/// What `regq sql` was asked for.
public struct SQLTranslationOptions: Sendable {
    public var dialect: SQLDialect
    /// The register (or the history) the statements are checked against; a pivot's
    /// columns are its values.
    public var registers: RegisterChoice
    public var parameters: [String: String]
    public var texts: [String]
    public var files: [String]

    public init(dialect: SQLDialect, registers: RegisterChoice, parameters: [String: String], texts: [String], files: [String]) {
        self.dialect = dialect
        self.registers = registers
        self.parameters = parameters
        self.texts = texts
        self.files = files
    }
}

/// `regq sql`: each statement of the `-e` texts, files or standard input as one SQL
/// query over the canonical `register` table, preceded by the statement as a comment and
/// ended by `;`. Statements are checked against the register as regq would run them;
/// exit status 0, 1 when a statement failed to check or has no SQL form (the others are
/// still written), 2 for a file or register that cannot be read.
public enum SQLTranslationRun {
    public static func run(_ options: SQLTranslationOptions) -> Int32 {
        guard let inputs = StatementInput.gather(texts: options.texts, files: options.files) else { return 2 }
        var sources: [SourceFile] = []
        for input in inputs {
            switch input {
            case .text(let source): sources.append(source)
            case .file(let path, .success(let bytes)): sources.append(SourceFile(name: path, bytes: bytes))
            case .file(let path, .failure(let failure)):
                Terminal.writeError("error: cannot read \(path): \(failure.reason)\n")
                return 2
            }
        }
        guard let source = options.registers.workspaceSource(), let workspace = source.loadReporting() else { return 2 }
        let months = workspace.reportMonths
        var parameters = options.parameters
        var failed = false
        var out = ""
        for source in sources {
            for statement in StatementSplitter.split(source) {
                if statement.kind == .metaCommand {
                    if let assignment = ParameterAssignment(metaCommand: source.text(of: statement.range)) {
                        parameters[assignment.name] = assignment.value
                        continue
                    }
                    DiagnosticReport.write([.error("regq sql translates queries; only '.param NAME VALUE' may come between them",
                                                   at: statement.range)], in: source)
                    failed = true
                    continue
                }
                let compiled = Compiler.compile(source, range: statement.range, parameters: parameters, reports: months)
                    .linted(with: workspace.register.built)
                DiagnosticReport.write(compiled.diagnostics, in: source)
                guard let plan = compiled.plan else {
                    failed = true
                    continue
                }
                do throws(SQLUnsupported) {
                    let query = try SQLTranslation.query(for: plan, dialect: options.dialect, reports: months,
                                                         loaded: loadedColumns(of: plan, in: workspace))
                    out += "-- " + plan.canonicalText.replacing("\n", with: " ") + "\n"
                    out += query.comments.map { "-- " + $0 + "\n" }.joined()
                    out += query.text + ";\n\n"
                } catch {
                    DiagnosticReport.write([.error(error.description, at: statement.range)], in: source)
                    failed = true
                }
            }
        }
        if let failure = Terminal.write(out, to: 1) { return failure.exitStatusAfterReporting() }
        return failed ? 1 : 0
    }

    /// The columns regq finds in what it loaded, for a pivot or a diff: regq runs the plan.
    static func loadedColumns(of plan: Plan, in workspace: Workspace) -> LoadedColumns {
        switch plan.shape {
        case .groups(let grouping) where grouping.pivot != nil: break
        case .diff: break
        default: return LoadedColumns()
        }
        guard let result = try? Evaluator(workspace.scope).run(plan) else { return LoadedColumns() }
        return loadedColumns(of: result.table)
    }

    /// What of a result regq computed SQL must have fixed: a pivot's values, a diff's fields.
    public static func loadedColumns(of table: ResultTable) -> LoadedColumns {
        LoadedColumns(pivotValues: pivotValues(of: table), diffFields: table.diffFields)
    }

    /// The pivot values of a result regq computed, as SQL columns.
    static func pivotValues(of table: ResultTable) -> [PivotValue] {
        table.pivotValues.map { value in
            switch value {
            case .kind(let kind): .kind(kind)
            case .month(let month): .month(month)
            case .text(let text): text.isEmpty ? .none : .text(text)
            case .null, .list, .integer, .change: .none
            }
        }
    }
}
