import Output
import QueryLanguage

/// A piece of a pack, in page order: HTML written as it is (already safe: Markdown
/// rendered by Ink, or text escaped), or a block of statements whose results are laid out.
public enum PackPart {
    case html(String)
    case block(PackBlock)
}

/// A fenced ```` ```regq ```` block: its statements (a range of a source, so that a
/// diagnostic names the pack's own line and column), how each result is shown, and the
/// caption its tables and charts take.
public struct PackBlock {
    /// How a result is shown: a table, or one of the charts.
    public enum Presentation: Equatable, Sendable {
        case table
        case chart(ChartFigure.Kind)

        /// The presentation an info string names (`regq`, `regq bar`, …), or nil when it is
        /// not a regq block; `.failure` with the words allowed for a `regq` block of another word.
        static func named(_ info: Substring) -> Result<Presentation, UnknownPresentation>? {
            let words = info.split(whereSeparator: \.isWhitespace)
            guard words.first == "regq" else { return nil }
            guard words.count > 1 else { return .success(.table) }
            if words.count == 2, let kind = ChartFigure.Kind(rawValue: String(words[1])) { return .success(.chart(kind)) }
            return .failure(UnknownPresentation(words: words.dropFirst().joined(separator: " ")))
        }
    }

    /// A `regq` block whose info string names no presentation.
    struct UnknownPresentation: Error {
        var words: String
        var message: String {
            "```regq \(words): a regq block shows a table (```regq) or a chart: "
                + ChartFigure.Kind.allCases.map { "```regq \($0.rawValue)" }.joined(separator: ", ")
        }
    }

    public let source: SourceFile
    public let range: SourceRange
    public let presentation: Presentation
    public let caption: String

    public init(source: SourceFile, range: SourceRange, presentation: Presentation, caption: String) {
        self.source = source
        self.range = range
        self.presentation = presentation
        self.caption = caption
    }
}
