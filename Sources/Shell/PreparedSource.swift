import QueryLanguage
import RegisterModel

/// A source of statements split, and each query compiled, once, before anything runs: a
/// batch run reads from the compiled plans which columns to load, and the session then
/// runs the same compilations. A compilation is used only while the parameters and the
/// reports it was compiled with are still the session's (a `.param` or `.load` between
/// statements changes them; the statement is then compiled again, as it must be).
public struct PreparedSource {
    /// One statement, with its compilation when it is a query.
    public struct PreparedStatement {
        public let statement: Statement
        public let compilation: Compilation?
    }

    public let source: SourceFile
    public let statements: [PreparedStatement]
    /// What the queries were compiled with; nil when they are compiled as they run.
    let compiledFor: (parameters: [String: String], reports: [Month])?

    /// The statements of `source`, each query compiled for `parameters` and `reports`.
    public init(_ source: SourceFile, parameters: [String: String], reports: [Month]) {
        self.source = source
        compiledFor = (parameters, reports)
        statements = StatementSplitter.split(source).map { statement in
            let compilation = statement.kind == .query
                ? Compiler.compile(source, range: statement.range, parameters: parameters, reports: reports) : nil
            return PreparedStatement(statement: statement, compilation: compilation)
        }
    }

    /// The statements of `source`, each query to be compiled as it runs (the REPL's entry,
    /// `.read`: nothing needs their plans before then).
    public init(splitting source: SourceFile) {
        self.source = source
        compiledFor = nil
        statements = StatementSplitter.split(source).map { PreparedStatement(statement: $0, compilation: nil) }
    }

    /// The statement's compilation, when it still holds for `parameters` and `reports`.
    func compilation(of statement: PreparedStatement, parameters: [String: String], reports: [Month]) -> Compilation? {
        guard let compiledFor, parameters == compiledFor.parameters, reports == compiledFor.reports else { return nil }
        return statement.compilation
    }
}
