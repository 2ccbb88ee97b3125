import QueryLanguage

/// Diagnostics on standard error, rendered one way for every command (`FILE:LINE:COL`,
/// the source line, a caret), at most `cap` of them for one statement, the rest counted
/// by severity so that no warning is dropped without a word.
public enum DiagnosticReport {
    public static let cap = 20

    public static func write(_ diagnostics: [Diagnostic], in source: SourceFile) {
        let renderer = DiagnosticRenderer(useColor: Terminal.allowsColor(2), width: Terminal.width(2))
        for diagnostic in diagnostics.prefix(cap) { Terminal.writeError(renderer.render(diagnostic, in: source)) }
        if diagnostics.count > cap {
            Terminal.writeError("note: " + unshownSummary(diagnostics.dropFirst(cap)) + "\n")
        }
    }

    /// `… and 3 more errors, 1 more warning not shown`: what the cap left out.
    static func unshownSummary(_ unshown: some Collection<Diagnostic>) -> String {
        let parts = [Diagnostic.Severity.error, .warning, .note].compactMap { severity -> String? in
            let count = unshown.lazy.filter { $0.severity == severity }.count
            guard count > 0 else { return nil }
            return "\(count) more \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        return "… and " + parts.joined(separator: ", ") + " not shown"
    }
}
