import RegisterModel

/// A statement compiled: its plan when it can run, and every diagnostic (errors and
/// warnings, in source order). Until it is linted against a register's values
/// (`linted(with:)`), it also holds the tests the lint pass is to ask about.
public struct Compilation {
    public let plan: Plan?
    /// The parser's diagnostics, then the checker's (and the lint pass's) by position.
    public let diagnostics: [Diagnostic]
    /// The tests of fields against named values, still to be linted.
    public let probes: [ValueProbe]
    private let syntax: [Diagnostic]
    /// The checker's diagnostics as it made them, before they are put in source order.
    private let checked: [Diagnostic]

    init(plan: Plan?, syntax: [Diagnostic], checked: [Diagnostic] = [], probes: [ValueProbe] = []) {
        self.plan = plan
        self.syntax = syntax
        self.checked = checked
        self.probes = probes
        // In source order; diagnostics at one place keep the order they were made in.
        diagnostics = syntax + checked.enumerated().sorted {
            ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset)
        }.map(\.element)
    }

    /// The compilation with the lint pass's warnings among its diagnostics: each test of a
    /// field against a value no artefact holds (`status = blokced`), with the nearest real
    /// value. The plan is unchanged: a warning never stops a statement.
    public func linted(with values: any FieldValues) -> Compilation {
        guard !probes.isEmpty else { return self }
        var lint = ValueLint(values: values)
        let (warnings, note) = lint.warnings(for: probes)
        // Each warning goes where the checker would have made it: before the diagnostic
        // that was `position`-th when the probe was recorded.
        var merged: [Diagnostic] = []
        merged.reserveCapacity(checked.count + warnings.count + 1)
        var nextWarning = 0
        for (index, diagnostic) in checked.enumerated() {
            while nextWarning < warnings.count, warnings[nextWarning].position <= index {
                merged.append(warnings[nextWarning].0)
                nextWarning += 1
            }
            merged.append(diagnostic)
        }
        merged += warnings[nextWarning...].map(\.0)
        if let note { merged.append(note) }
        return Compilation(plan: plan, syntax: syntax, checked: merged)
    }
}

/// The one way from source text to a plan: parse, then check against the schema (and the
/// months of a loaded history). The register's values play no part: the warnings that
/// need them come from `Compilation.linted(with:)`, once the register is loaded. The
/// session, batch runs, reconcile, `regq sql`, the fuzz targets and the tests all come
/// through here.
public enum Compiler {
    /// Compiles the statement in `range` of `source` (the whole source by default).
    /// `reports`: the months of a loaded history, earliest first (`@Feb-22`, `dag@prev`).
    public static func compile(_ source: SourceFile, range: SourceRange? = nil, parameters: [String: String] = [:],
                               reports: [Month] = []) -> Compilation {
        let (query, syntax) = Parser.parse(source, range: range)
        guard let query, !syntax.hasErrors else { return Compilation(plan: nil, syntax: syntax) }
        let checked = Checker.check(query, source: source, parameters: parameters, reports: reports)
        return Compilation(plan: checked.plan, syntax: syntax, checked: checked.diagnostics, probes: checked.probes)
    }
}
