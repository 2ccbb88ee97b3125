import RegisterModel
import Testing

/// The one rule for showing text on a terminal, in each of its forms.
@Suite struct TerminalTextTests {
    @Test func textWithoutControlsIsUnchanged() {
        #expect(TerminalText.escaped("Interface Approach · é ✓") == "Interface Approach · é ✓")
        #expect(TerminalText.escaped(#"back\slash"#) == #"back\slash"#)
    }

    @Test func controlsAreEscapedAsHex() {
        #expect(TerminalText.escaped("a\nb\tc\rd\u{1B}[31me\u{7F}f\u{9B}g\u{0}") == #"a\nb\tc\rd\x1b[31me\x7ff\x9bg\x00"#)
    }

    @Test func controlsAsUnicodeBracesOrSpaces() {
        #expect(TerminalText.escaped("a\n\u{1B}\u{85}", as: .unicodeBraces) == #"a\u{a}\u{1b}\u{85}"#)
        #expect(TerminalText.escaped("a\t\u{1B}b", as: .space) == "a  b")
    }

    @Test func backslashedCharactersForMarkdown() {
        #expect(TerminalText.escaped(#"a|b\c"#, backslashing: ["|", "\\"]) == #"a\|b\\c"#)
    }

    @Test func bidirectionalControlsAreEscaped() {
        #expect(TerminalText.escaped("a\u{202A}b\u{202E}c\u{2066}d\u{2069}e") == #"a\u{202a}b\u{202e}c\u{2066}d\u{2069}e"#)
        #expect(TerminalText.escaped("\u{202E}", as: .unicodeBraces) == #"\u{202e}"#)
        // Their neighbours are text.
        #expect(TerminalText.escaped("a\u{2029}b\u{206A}c─…") == "a\u{2029}b\u{206A}c─…")
    }

    @Test func dataHasBackslashesDoubled() {
        #expect(TerminalText.data(#"back\slash \x1b"#) == #"back\\slash \\x1b"#)
        #expect(TerminalText.data("\u{1B}\\") == #"\x1b\\"#)
    }

    @Test func longTextIsCutInItsMiddle() {
        let text = String(repeating: "a", count: 50) + String(repeating: "b", count: 50)
        #expect(TerminalText.escaped(text, cutBeyond: 9) == "aaaaaa…bb")
        #expect(TerminalText.escaped(text, cutBeyond: 100) == text)
    }
}
