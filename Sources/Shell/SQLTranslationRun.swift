import ColumnStore
import History
import QueryEngine
import QueryLanguage
import RegisterCSV
import RegisterModel
import SQLCompiler

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
        var sources: [SourceFile] = []
        if options.texts.isEmpty && options.files.isEmpty {
            switch FileBytes.read(path: "/dev/stdin") {
            case .success(let bytes): sources.append(SourceFile(name: "<stdin>", bytes: bytes))
            case .failure(let failure):
                Terminal.writeError("error: cannot read standard input: \(failure.reason)\n")
                return 2
            }
        }
        sources += options.texts.map { SourceFile(name: "<query>", text: $0) }
        for path in options.files {
            switch Session.readQueryFile(path) {
            case .success(let bytes): sources.append(SourceFile(name: path, bytes: bytes))
            case .failure(let failure):
                Terminal.writeError("error: cannot read \(path): \(failure.reason)\n")
                return 2
            }
        }
        let register: any RegisterColumns, history: ReportHistory?
        switch options.registers {
        case .register(let path):
            guard let loaded = Session.reported(registerSource(path: path).load()) else { return 2 }
            (register, history) = (loaded, nil)
        case .history(let source):
            guard let loaded = Session.reported(source.load()) else { return 2 }
            (register, history) = (loaded.latest.register, loaded)
        }
        let months = history?.reports.map(\.month) ?? []
        var parameters = options.parameters
        var failed = false
        var out = ""
        let renderer = DiagnosticRenderer(useColor: Terminal.allowsColor(2))
        for source in sources {
            for statement in StatementSplitter.split(source) {
                if statement.kind == .metaCommand {
                    if let assignment = parameterAssignment(source.text(of: statement.range)) {
                        parameters[assignment.name] = assignment.value
                        continue
                    }
                    let diagnostic = Diagnostic.error("regq sql translates queries; only '.param NAME VALUE' may come between them",
                                                      at: statement.range)
                    Terminal.writeError(renderer.render(diagnostic, in: source))
                    failed = true
                    continue
                }
                let compiled = Compiler.compile(source, range: statement.range, values: register.built, parameters: parameters, reports: months)
                for diagnostic in compiled.diagnostics { Terminal.writeError(renderer.render(diagnostic, in: source)) }
                guard let plan = compiled.plan else {
                    failed = true
                    continue
                }
                do throws(SQLUnsupported) {
                    let query = try SQLTranslation.query(for: plan, dialect: options.dialect, reports: months,
                                                         loaded: loadedColumns(of: plan, register: register, history: history))
                    out += "-- " + plan.canonicalText.replacing("\n", with: " ") + "\n"
                    out += query.comments.map { "-- " + $0 + "\n" }.joined()
                    out += query.text + ";\n\n"
                } catch {
                    Terminal.writeError(renderer.render(.error(error.description, at: statement.range), in: source))
                    failed = true
                }
            }
        }
        if let failure = Terminal.write(out, to: 1) { return failure.exitStatusAfterReporting() }
        return failed ? 1 : 0
    }

    /// `.param NAME VALUE`, the one meta-command a saved query may hold before its query.
    static func parameterAssignment(_ line: String) -> (name: String, value: String)? {
        let words = Session.splitWords(line.dropFirst())
        guard words.count == 3, words[0] == "param" else { return nil }
        return (words[1], words[2])
    }

    /// The columns regq finds in what it loaded, for a pivot or a diff: regq runs the plan.
    static func loadedColumns(of plan: Plan, register: any RegisterColumns, history: ReportHistory?) -> LoadedColumns {
        switch plan.shape {
        case .groups(let grouping) where grouping.pivot != nil: break
        case .diff: break
        default: return LoadedColumns()
        }
        let evaluator = history.map { Evaluator(history: $0, for: plan) } ?? Evaluator(register: register)
        guard let result = try? evaluator.run(plan) else { return LoadedColumns() }
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
