/// An error or warning about a statement, located by source range. Every stage produces
/// these and one renderer prints them.
public struct Diagnostic: Equatable, Sendable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    public var message: String
    public var range: SourceRange
    /// Extra lines shown under the source, such as `hint: quote it to mean the text 'review'`.
    public var hints: [String]

    public init(_ severity: Severity, _ message: String, at range: SourceRange, hints: [String] = []) {
        self.severity = severity
        self.message = message
        self.range = range
        self.hints = hints
    }

    public static func error(_ message: String, at range: SourceRange, hints: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: range, hints: hints)
    }

    public static func warning(_ message: String, at range: SourceRange, hints: [String] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: range, hints: hints)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Prints diagnostics the one way: `FILE:LINE:COL: error: message`, then the source line
/// and a caret under the range (`^~~~`), then any hints.
public struct DiagnosticRenderer: Sendable {
    public var useColor: Bool

    public init(useColor: Bool = false) { self.useColor = useColor }

    public func render(_ diagnostic: Diagnostic, in source: SourceFile) -> String {
        let start = min(diagnostic.range.start, source.bytes.count)
        let (line, column) = source.location(of: start)
        let label = useColor ? colored(diagnostic.severity) : diagnostic.severity.rawValue
        var out = "\(source.name):\(line):\(column): \(label): \(diagnostic.message)\n"
        let lineRange = source.lineRange(line)
        let lineText = Self.displayable(source.text(of: lineRange))
        out += "  " + lineText + "\n"
        let lineCharacters = lineText.unicodeScalars.count
        let rangeEnd = min(max(diagnostic.range.end, start), lineRange.end)
        let width = max(1, String(decoding: source.bytes[start ..< rangeEnd], as: UTF8.self).unicodeScalars.count)
        let caretColumn = min(column - 1, lineCharacters)
        out += "  " + String(repeating: " ", count: caretColumn) + "^" + String(repeating: "~", count: width - 1) + "\n"
        for hint in diagnostic.hints { out += "  " + hint + "\n" }
        return out
    }

    /// Control characters become one space each, so that the caret line stays aligned and
    /// nothing in a query can drive the terminal.
    static func displayable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    private func colored(_ severity: Diagnostic.Severity) -> String {
        let code = switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1;36"
        }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}
