import QueryLanguage
import Testing

/// The renderer on hostile input: long lines are shown as a window around the caret,
/// long messages are cut, and nothing from the input reaches the terminal raw.
@Suite struct DiagnosticRenderingTests {
    let renderer = DiagnosticRenderer(useColor: false)

    func render(_ text: String, from start: Int, to end: Int, message: String = "m", hints: [String] = []) -> String {
        let source = SourceFile(name: "<q>", text: text)
        return renderer.render(.error(message, at: SourceRange(start: start, end: end), hints: hints), in: source)
    }

    @Test func aShortLineIsShownWhole() {
        #expect(render("select * from XX", from: 14, to: 16) == "<q>:1:15: error: m\n  select * from XX\n                ^~\n")
    }

    @Test func aLongLineIsAWindowAroundTheCaret() {
        let text = String(repeating: "a", count: 1000) + " XX " + String(repeating: "b", count: 1000)
        let out = render(text, from: 1001, to: 1003).split(separator: "\n")
        #expect(out[0] == "<q>:1:1002: error: m")
        #expect(out[1] == "  …" + String(repeating: "a", count: 39) + " XX " + String(repeating: "b", count: 57) + "…")
        #expect(out[2] == "   " + String(repeating: " ", count: 40) + "^~")
    }

    @Test func aLongRangeIsUnderlinedToTheWindowsEdge() {
        let text = "x = '" + String(repeating: "a", count: 100_000) + "'"
        let out = render(text, from: 4, to: text.utf8.count).split(separator: "\n")
        #expect(out[1] == "  x = '" + String(repeating: "a", count: 95) + "…")
        #expect(out[2] == "      ^" + String(repeating: "~", count: 96))
    }

    @Test func aCaretAtTheEndOfALongLine() {
        let text = String(repeating: "a", count: 500)
        let out = render(text, from: 500, to: 500).split(separator: "\n")
        #expect(out[0] == "<q>:1:501: error: m")
        #expect(out[1] == "  …" + String(repeating: "a", count: 40))
        #expect(out[2] == "   " + String(repeating: " ", count: 40) + "^")
    }

    @Test func columnsCountCharactersNotBytes() {
        let text = String(repeating: "é", count: 300) + " XX"
        let out = render(text, from: 601, to: 603).split(separator: "\n")
        #expect(out[0] == "<q>:1:302: error: m")
        #expect(out[1] == "  …" + String(repeating: "é", count: 39) + " XX")
        #expect(out[2] == String(repeating: " ", count: 2 + 1 + 40) + "^~")
    }

    @Test func controlCharactersAreNeverRaw() {
        let out = render("select '\u{1B}[2J' \u{9B}x", from: 7, to: 13, message: "no artefact has name '\u{1B}[2J\u{07}'",
                         hints: ["hint: \u{1B}]0;t\u{07}"])
        #expect(out == "<q>:1:8: error: no artefact has name '\\x1b[2J\\x07'\n  select ' [2J'  x\n         ^~~~~~\n  hint: \\x1b]0;t\\x07\n")
    }

    @Test func aLongMessageIsCutInItsMiddle() {
        let message = "start " + String(repeating: "m", count: 10_000) + " end"
        let first = render("x", from: 0, to: 1, message: message).split(separator: "\n")[0]
        #expect(first.hasPrefix("<q>:1:1: error: start mmm"))
        #expect(first.hasSuffix("mmm end"))
        #expect(first.contains("…"))
        #expect(first.count < 500)
    }

    @Test func quotedValuesAreCut() {
        #expect(Diagnostic.quoted("short") == "'short'")
        #expect(Diagnostic.quoted(String(repeating: "x", count: 61)) == "'" + String(repeating: "x", count: 60) + "…'")
    }
}
