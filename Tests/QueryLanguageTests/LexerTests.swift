import QueryLanguage
import Testing

@Suite struct LexerTests {
    static func lex(_ text: String) -> [String] {
        Lexer.tokens(of: SourceFile(name: "t", text: text)).dropLast().map { token in
            if case .comparison = token.kind { return "comparison:\(token.text)" }
            return "\(token.kind):\(token.text)"
        }
    }

    @Test(arguments: [
        ("select * from IF", ["word:select", "star:*", "word:from", "word:IF"]),
        ("dag < May-22", ["word:dag", "comparison:<", "word:May-22"]),
        ("dag>=2022-05", ["word:dag", "comparison:>=", "word:2022-05"]),
        ("a != b <> c <= d > e = f", ["word:a", "comparison:!=", "word:b", "comparison:<>", "word:c", "comparison:<=", "word:d", "comparison:>", "word:e", "comparison:=", "word:f"]),
        ("ref = IF-021", ["word:ref", "comparison:=", "word:IF-021"]),
        ("limit 10;", ["word:limit", "integer:10", "semicolon:;"]),
        ("in (a, 'b c', \"d\")", ["word:in", "leftParen:(", "word:a", "comma:,", "string:b c", "comma:,", "string:d", "rightParen:)"]),
        ("'it''s' \"say \"\"hi\"\"\"", ["string:it's", "string:say \"hi\""]),
        ("dag < $cutoff", ["word:dag", "comparison:<", "parameter:cutoff"]),
        ("select -- a comment\n*", ["word:select", "star:*"]),
        ("status--comment", ["word:status"]),
        ("#!/usr/bin/env regq\nselect", ["word:select"]),
        ("limit -5", ["word:limit", "word:-5"]),
        ("dag - review+1", ["word:dag", "minus:-", "word:review", "plus:+", "integer:1"]),
        ("dag-review", ["word:dag-review"]),
        ("name = Café", ["word:name", "comparison:=", "word:Café"]),
        ("a @ b", ["word:a", "at:@", "word:b"]),
        ("a # b", ["word:a", "invalid:#", "word:b"]),
        ("'open", ["unterminatedString:open"]),
        ("$ x", ["invalid:$", "word:x"]),
        ("count(*)", ["word:count", "leftParen:(", "star:*", "rightParen:)"]),
    ])
    func tokens(text: String, expected: [String]) {
        #expect(Self.lex(text) == expected)
    }

    @Test func rangesAreByteOffsets() {
        let tokens = Lexer.tokens(of: SourceFile(name: "t", text: "name = 'Café' and"))
        #expect(tokens.map(\.range.start) == [0, 5, 7, 15, 18])
        #expect(tokens[2].range.end == 14)
    }
}
