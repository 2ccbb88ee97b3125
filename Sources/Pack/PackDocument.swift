import Ink
import Output
import QueryLanguage

/// PACK.md: Markdown rendered by Ink, its fenced ```` ```regq ```` blocks (`regq bar`,
/// `regq timeline`, `regq trend`) taken out as statements to run. Each statement keeps
/// its place in the file, so a diagnostic reads `PACK.md:LINE:COL` with a caret.
///
/// The Markdown itself is the author's, as trusted as a query file: Ink passes the HTML
/// written in it through. What comes from the register never goes through Markdown: it is
/// escaped where it is laid out.
public struct PackDocument {
    public let source: SourceFile
    /// The page's title: the first top-level heading, if any.
    public let title: String?
    public let parts: [PackPart]

    /// The document `source` holds, or every problem found before anything runs (a
    /// `regq` block of an unknown word, a meta-command in a block).
    public static func read(_ file: SourceFile) -> Result<PackDocument, Problems> {
        guard let original = String(validating: file.bytes, as: UTF8.self) else {
            return .failure(Problems(source: file, diagnostics: [], message: "\(file.name): not UTF-8 text; a pack is a Markdown file"))
        }
        // Lines ending in CRLF read as LF (Ink reads LF): lines and columns stay the file's.
        let text = original.replacing("\r\n", with: "\n")
        let source = text == original ? file : SourceFile(name: file.name, text: text)
        let collector = BlockCollector(source: source, text: text)
        var parser = MarkdownParser()
        parser.addModifier(Modifier(target: .headings) { html, markdown in
            collector.heading = Self.headingText(markdown)
            return html
        })
        parser.addModifier(Modifier(target: .codeBlocks) { html, markdown in
            collector.codeBlock(html: html, markdown: markdown)
        })
        let markdown = parser.parse(text)
        guard collector.diagnostics.isEmpty else {
            return .failure(Problems(source: source, diagnostics: collector.diagnostics, message: nil))
        }
        return .success(PackDocument(source: source, title: markdown.title, parts: collector.parts(of: markdown.html)))
    }

    /// What stops a pack being read: diagnostics placed in it (in `source`, the text as
    /// read), or a message.
    public struct Problems: Error {
        public let source: SourceFile
        public let diagnostics: [Diagnostic]
        public let message: String?
    }

    /// A heading's text without its `#` marks.
    static func headingText(_ markdown: Substring) -> String {
        var text = markdown.drop { $0 == "#" }
        while text.last == "#" || text.last == "\n" || text.last == " " { text.removeLast() }
        return String(text.drop { $0 == " " })
    }
}

/// Gathers the `regq` blocks as Ink meets them, each replaced in the HTML by a marker
/// that `parts(of:)` then splits the page at.
private final class BlockCollector {
    let source: SourceFile
    let text: String
    var heading: String?
    var blocks: [PackBlock] = []
    var diagnostics: [Diagnostic] = []
    /// Starts and ends each block's marker; no Markdown Ink renders holds it.
    static let markerEdge = "\u{1}regq-block\u{1}"

    init(source: SourceFile, text: String) {
        self.source = source
        self.text = text
    }

    func codeBlock(html: String, markdown: Substring) -> String {
        let fence = markdown.prefix { !$0.isNewline }
        let info = fence.drop { $0 == "`" }
        guard let presentation = PackBlock.Presentation.named(info) else { return html }
        switch presentation {
        case .failure(let unknown):
            diagnostics.append(.error(unknown.message, at: SourceRange(start: offset(of: info.startIndex), end: offset(of: info.endIndex))))
            return ""
        case .success(let presentation):
            var body = markdown.dropFirst(fence.count + 1)
            // The closing fence, when the block has one, is not part of the statements.
            if let lastLine = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).last, lastLine.hasPrefix("```") {
                body = body.dropLast(lastLine.count)
            }
            return statements(in: SourceRange(start: offset(of: body.startIndex), end: offset(of: body.endIndex)), presentation: presentation)
        }
    }

    /// The byte offset in the file of an index into its text.
    func offset(of index: String.Index) -> Int {
        text.utf8.distance(from: text.startIndex, to: index)
    }

    /// The statements of a block's body, each a block of its own, as markers.
    func statements(in body: SourceRange, presentation: PackBlock.Presentation) -> String {
        let alone = SourceFile(name: source.name, bytes: Array(source.bytes[body.start ..< body.end]))
        let found = StatementSplitter.split(alone)
        var markers = ""
        for (index, statement) in found.enumerated() {
            let range = SourceRange(start: body.start + statement.range.start, end: body.start + statement.range.end)
            guard statement.kind == .query else {
                diagnostics.append(.error("a pack's regq blocks hold queries; parameters come from -p NAME=VALUE", at: range))
                continue
            }
            let named = heading ?? source.text(of: range)
            let caption = found.count > 1 ? "\(named) (\(index + 1))" : named
            markers += Self.markerEdge + String(blocks.count) + Self.markerEdge
            blocks.append(PackBlock(source: source, range: range, presentation: presentation, caption: caption))
        }
        return markers
    }

    /// The page's HTML cut at each marker into its parts.
    func parts(of html: String) -> [PackPart] {
        var parts: [PackPart] = []
        for (index, piece) in html.split(separator: Self.markerEdge, omittingEmptySubsequences: false).enumerated() {
            if index % 2 == 1, let number = Int(piece), blocks.indices.contains(number) {
                parts.append(.block(blocks[number]))
            } else if !piece.isEmpty {
                parts.append(.html(String(piece)))
            }
        }
        return parts
    }
}
