import QueryLanguage
import Testing

@Suite struct StatementSplitterTests {
    static func split(_ text: String) -> [String] {
        let source = SourceFile(name: "f", text: text)
        return StatementSplitter.split(source).map { ($0.kind == .metaCommand ? "meta:" : "") + source.text(of: $0.range) }
    }

    @Test func endsAtSemicolonBlankLineEndAndBeforeSelect() {
        #expect(Self.split("select * ; select IF") == ["select *", "select IF"])
        #expect(Self.split("select *\nfrom IF\n\nselect BP\n") == ["select *\nfrom IF", "select BP"])
        #expect(Self.split("select *\nselect BP\nwhere dag < May-22") == ["select *", "select BP\nwhere dag < May-22"])
        #expect(Self.split("#!/usr/bin/env regq\n-- what is blocked\nselect *\n  where status = blocked\n") == ["select *\n  where status = blocked"])
        #expect(Self.split(";;\n\n") == [])
    }

    @Test func quotesKeepTheirSemicolonsAndBlankLines() {
        #expect(Self.split("select * where name = 'a;\n\nb'") == ["select * where name = 'a;\n\nb'"])
    }

    @Test func metaCommandsAreOneLine() {
        #expect(Self.split(".format csv\nselect *\n.values kind\nselect IF") ==
                ["meta:.format csv", "select *", "meta:.values kind", "select IF"])
    }

    @Test(arguments: [
        ("select *", true), ("select * from", false), ("select * where status =", false),
        ("select * where name = 'open", false), ("select * where (a = b", false), ("select * where a = b and", false),
        ("select * where dag between Feb-22 and", false), (".help", true), ("", true), ("select * group by", false),
        ("select * where (a = b);", true), ("select IF where dag is not", false), ("select count(*)", true),
        ("diff", true), ("diff @Jan-22", true), ("diff @Jan-22 to", false), ("explain", false),
    ])
    func completeness(text: String, complete: Bool) {
        #expect(StatementSplitter.isComplete(text) == complete)
    }
}
