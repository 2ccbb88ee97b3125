import RegisterModel

/// A statement compiled: its plan when it can run, and every diagnostic (errors and
/// warnings, in source order).
public struct Compilation {
    public let plan: Plan?
    public let diagnostics: [Diagnostic]
}

/// The one way from source text to a plan: parse, then check against the schema and the
/// register's values. The shell, batch runs, reconcile, the fuzz targets and the tests
/// all come through here.
public enum Compiler {
    /// Compiles the statement in `range` of `source` (the whole source by default).
    /// `reports`: the months of a loaded history, earliest first (`@Feb-22`, `dag@prev`).
    public static func compile(_ source: SourceFile, range: SourceRange? = nil, values: any FieldValues = SchemaOnly(),
                               parameters: [String: String] = [:], reports: [Month] = []) -> Compilation {
        let (query, syntax) = Parser.parse(source, range: range)
        guard let query, !syntax.hasErrors else { return Compilation(plan: nil, diagnostics: syntax) }
        let (plan, checked) = Checker.check(query, source: source, values: values, parameters: parameters, reports: reports)
        return Compilation(plan: plan, diagnostics: syntax + checked)
    }
}
