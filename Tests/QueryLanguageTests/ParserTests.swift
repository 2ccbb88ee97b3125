import QueryLanguage
import Testing

@Suite struct ParserTests {
    static func canonical(_ text: String) -> String? {
        let (query, diagnostics) = Parser.parse(SourceFile(name: "t", text: text))
        guard let query, !diagnostics.hasErrors else { return nil }
        return CanonicalText().query(query)
    }

    @Test(arguments: [
        ("SELECT if WHERE Status = Blocked AND DAG < may-22 GROUP BY Blocker",
         "select IF where status = Blocked and dag < May-22 group by blocker"),
        ("select ref, name as n, dag from if, bp", "select ref, name as n, dag from IF, BP"),
        ("select count(*), min(distinct dag) from *", "select count(*), min(distinct dag) from *"),
        ("select * where a = 1 or b = 2 and not c = 3", "select * where a = 1 or b = 2 and not c = 3"),
        ("select * where (a = 1 or b = 2) and c = 3", "select * where (a = 1 or b = 2) and c = 3"),
        ("select * where not (a = 1 and b = 2)", "select * where not (a = 1 and b = 2)"),
        ("select * where dag not between Feb-22 and 2022-04", "select * where dag not between Feb-22 and Apr-22"),
        ("select * where s not in (a, 'b c') and n contains x and n not like 'y%'",
         "select * where s not in (a, \"b c\") and n contains x and n not like \"y%\""),
        ("select * where b is not empty and dag is TBC", "select * where b is not empty and dag is tbc"),
        ("select * group by kind pivot dag", "select * group by kind pivot dag"),
        ("select blocker, count(*) as n group by blocker having n > 2 order by n desc, blocker limit 5;",
         "select blocker, count(*) as n group by blocker having n > 2 order by n desc, blocker limit 5"),
        ("explain select distinct status from BP", "explain select distinct status from BP"),
    ])
    func printsBackCanonically(text: String, expected: String) {
        #expect(Self.canonical(text) == expected)
    }

    @Test func andOrPrecedence() throws {
        let (query, _) = Parser.parse(SourceFile(name: "t", text: "select * where a = 1 or b = 2 and c = 3"))
        guard case .or(let terms, _)? = query?.condition else {
            Issue.record("expected 'or' at the top")
            return
        }
        #expect(terms.count == 2)
        guard case .and(let conjuncts, _) = terms[1] else {
            Issue.record("expected 'and' binding tighter than 'or'")
            return
        }
        #expect(conjuncts.count == 2)
    }

    @Test func aLongAndChainIsFlat() throws {
        let text = "select * where " + (0 ..< 5000).map { "name = x\($0)" }.joined(separator: " and ")
        let (query, diagnostics) = Parser.parse(SourceFile(name: "t", text: text))
        #expect(diagnostics.isEmpty)
        guard case .and(let terms, _)? = query?.condition else {
            Issue.record("expected one flat 'and'")
            return
        }
        #expect(terms.count == 5000)
    }
}
