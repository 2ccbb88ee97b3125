import RegisterModel

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

extension Diagnostic {
    /// How a message quotes what was written: `'text'`, cut to `limit` characters with `…`,
    /// so that a megabyte typed is not a megabyte repeated, with controls escaped and
    /// backslashes doubled (`TerminalText.data`).
    public static func quoted(_ text: some StringProtocol, limit: Int = 60) -> String {
        "'" + TerminalText.data(clipped(text, limit: limit)) + "'"
    }

    /// `text` cut to `limit` characters (Unicode scalars), ending in `…` when cut.
    public static func clipped(_ text: some StringProtocol, limit: Int = 60) -> String {
        guard text.utf8.count > limit else { return String(text) }
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { return out + "…" }
            out.unicodeScalars.append(scalar)
            count += 1
        }
        return out
    }
}

/// The "did you mean" suggestion for `word`: `closestMatch`, without looking at text too
/// long to be a misspelling of any candidate (the edit distance gives up past 64
/// characters anyway), which would otherwise cost a pass over it for each candidate.
public func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    if word.utf8.count > 256 { return nil }
    return closestMatch(to: word, among: candidates)
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Prints diagnostics the one way: `FILE:LINE:COL: error: message`, then the source line
/// and a caret under the range (`^~~~`), then any hints.
///
/// Whatever the input, the rendering is short and safe on a terminal: a long source line
/// is shown as a window around the caret with `…` where it was cut — narrow enough for
/// the terminal, so that the line never wraps and the caret stays under what it marks —
/// a long message is cut in its middle, and control characters from the input never
/// reach the terminal raw. The work is linear in the length of the line, once per
/// diagnostic.
public struct DiagnosticRenderer: Sendable {
    public var useColor: Bool
    /// The terminal's width, when the diagnostics go to one.
    public var width: Int?

    /// The most characters of a source line shown; longer lines are cut around the caret.
    public static let lineWindow = 100
    /// Of the window, at most how many characters are kept before the caret.
    static let contextBeforeCaret = 40
    /// Messages and hints longer than this many characters are cut in the middle.
    public static let messageLimit = 400

    public init(useColor: Bool = false, width: Int? = nil) {
        self.useColor = useColor
        self.width = width
    }

    /// The most characters of the source line shown: `lineWindow`, or fewer so that the
    /// line, its two-space indent and a `…` at either end fit `width` (never below 20).
    var shownCharacters: Int { width.map { max(20, min(Self.lineWindow, $0 - 4)) } ?? Self.lineWindow }

    public func render(_ diagnostic: Diagnostic, in source: SourceFile) -> String {
        let bytes = source.bytes
        let start = min(max(0, diagnostic.range.start), bytes.count)
        let (line, column) = source.location(of: start)
        let lineRange = source.lineRange(line)
        let label = useColor ? colored(diagnostic.severity) : diagnostic.severity.rawValue
        var out = "\(Self.displayableName(source.name)):\(line):\(column): \(label): \(Self.displayableMessage(diagnostic.message))\n"

        let caretStart = min(start, lineRange.end)
        let caretEnd = min(max(diagnostic.range.end, caretStart), lineRange.end)
        let window = Self.window(bytes, line: lineRange, caretStart: caretStart, characters: shownCharacters)
        let before = Self.displayable(String(decoding: bytes[window.start ..< caretStart], as: UTF8.self))
        let underlined = Self.displayable(String(decoding: bytes[caretStart ..< min(caretEnd, window.end)], as: UTF8.self))
        let after = Self.displayable(String(decoding: bytes[min(caretEnd, window.end) ..< window.end], as: UTF8.self))
        let leading = window.start > lineRange.start ? "…" : ""
        let trailing = window.end < lineRange.end ? "…" : ""
        out += "  " + leading + before + underlined + after + trailing + "\n"
        let caretColumn = leading.count + before.unicodeScalars.count
        let width = max(1, underlined.unicodeScalars.count + (caretEnd > window.end ? 1 : 0))
        out += "  " + String(repeating: " ", count: caretColumn) + "^" + String(repeating: "~", count: width - 1) + "\n"
        for hint in diagnostic.hints { out += "  " + Self.displayableMessage(hint) + "\n" }
        return out
    }

    // MARK: - Long lines

    /// The byte range of the line that is shown: the whole line when it is short, else at
    /// most `characters` characters starting a little before the caret (`contextBeforeCaret`,
    /// or two fifths of the window when that is less). Only the bytes near the caret are
    /// looked at.
    static func window(_ bytes: [UInt8], line: SourceRange, caretStart: Int, characters limit: Int) -> SourceRange {
        if line.end - line.start <= limit { return line }
        var start = caretStart
        var kept = 0
        let context = min(contextBeforeCaret, limit * 2 / 5)
        while start > line.start, kept < context {
            start -= 1
            if bytes[start] & 0xC0 != 0x80 { kept += 1 }
        }
        // Start at a character, not inside one.
        while start < caretStart, bytes[start] & 0xC0 == 0x80 { start += 1 }
        var end = start
        var shown = 0
        while end < line.end, shown < limit {
            end += 1
            while end < line.end, bytes[end] & 0xC0 == 0x80 { end += 1 }
            shown += 1
        }
        // A short line tail is shown rather than cut, where no terminal's width limits it.
        if limit == lineWindow, line.end - end <= 8 { end = line.end }
        return SourceRange(start: start, end: max(end, min(caretStart, line.end)))
    }

    // MARK: - Safe text

    /// Source text above the caret: each control character one space (`TerminalText`).
    static func displayable(_ text: String) -> String {
        TerminalText.escaped(text, as: .space)
    }

    /// A message or hint, which may quote the input: control characters escaped and an
    /// overlong text cut in its middle (`TerminalText`).
    static func displayableMessage(_ text: String) -> String {
        TerminalText.escaped(text, cutBeyond: messageLimit)
    }

    /// A file name as it appears in front of a message: controls escaped.
    static func displayableName(_ name: String) -> String {
        name.unicodeScalars.contains(where: TerminalText.isControl) ? displayableMessage(name) : name
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

extension Diagnostic {
    /// The diagnostic as an error: a warning made one (`--strict`), others as they are.
    public var asError: Diagnostic {
        var made = self
        if made.severity == .warning { made.severity = .error }
        return made
    }
}
