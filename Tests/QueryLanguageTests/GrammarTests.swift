import Foundation
import QueryLanguage
import RegisterModel
import TestSupport
import Testing

/// The grammar's tables (`Clause`, `Grammar`) against everything that reads or restates
/// them: the parser's clause order, the statement splitter, the parser's doc comments and
/// docs/LANGUAGE.md, and the fuzz dictionary.
@Suite struct GrammarTests {
    /// A complete example of each clause.
    static func example(_ clause: Clause) -> String {
        switch clause {
        case .select: "select kind"
        case .from: "from IF"
        case .where: "where status = blocked"
        case .groupBy: "group by kind"
        case .pivot: "pivot dag"
        case .having: "having count > 1"
        case .orderBy: "order by kind"
        case .limit: "limit 3"
        }
    }

    static func syntaxErrors(_ text: String) -> [String] {
        Parser.parse(SourceFile(name: "<test>", text: text)).1.filter { $0.severity == .error }.map(\.message)
    }

    @Test(arguments: Clause.allCases)
    func eachFollowerParsesAfterTheClause(_ clause: Clause) {
        let before = clause == .pivot ? " " + Self.example(.groupBy) : ""
        let head = (clause == .select ? "" : Self.example(.select) + before + " ") + Self.example(clause)
        #expect(Self.syntaxErrors(head).isEmpty, "\(head)")
        for follower in clause.followers {
            let text = head + " " + Self.example(follower)
            #expect(Self.syntaxErrors(text).isEmpty, "\(text)")
        }
    }

    @Test(arguments: Clause.allCases.dropFirst())
    func aClauseBeforeAnEarlierOneSaysWhereItBelongs(_ later: Clause) {
        for earlier in Clause.allCases.dropFirst() where earlier < later && earlier != .pivot && later != .pivot {
            let text = "select kind \(Self.example(later)) \(Self.example(earlier))"
            #expect(Self.syntaxErrors(text) == ["\(later.quoted) must come after \(earlier.quoted)"], "\(text)")
        }
    }

    @Test func theSpecsExampleAndAPivotMovingWithItsGroupBy() {
        #expect(Self.syntaxErrors("select * limit 3 order by dag") == ["'limit' must come after 'order by'"])
        #expect(Self.syntaxErrors("select kind from IF limit 3 group by kind") == ["'limit' must come after 'group by'"])
        #expect(Self.syntaxErrors("select * group by kind pivot dag where dag < May-22")
            == ["'group by' must come after 'where'"])
        #expect(Self.syntaxErrors("select * where dag < May-22 pivot dag") == ["'pivot' needs 'group by' before it"])
        #expect(Self.syntaxErrors("select * where a = b where c = d").first?.hasPrefix("expected 'group by', 'having', 'order by', 'limit' or the end") == true)
    }

    @Test(arguments: Clause.allCases)
    func aStatementEndingInAClauseKeywordIsIncomplete(_ clause: Clause) {
        for count in 1 ... clause.keywords.count {
            let text = "select * " + clause.keywords.prefix(count).map(\.text).joined(separator: " ")
            #expect(!StatementSplitter.isComplete(text), "\(text)")
        }
        #expect(StatementSplitter.isComplete((clause == .select ? "" : "select kind ") + Self.example(clause)))
    }

    @Test func everyOperatorWordNeedsMore() {
        for word in Grammar.connectives + Grammar.predicateWords + [Grammar.distinct, Grammar.alias] {
            #expect(!StatementSplitter.isComplete("select * where status = x " + word.text), "\(word)")
        }
    }

    /// The productions of docs/LANGUAGE.md's grammar, and those in the parser's doc
    /// comments (one per `parseX`), are the same set, spaces aside.
    @Test func parserDocCommentsMatchTheDocumentedGrammar() throws {
        let language = try String(contentsOfFile: Repository.root + "/docs/LANGUAGE.md", encoding: .utf8)
        let block = try #require(language.components(separatedBy: "```ebnf\n").dropFirst().first?.components(separatedBy: "```").first)
        let documented = Self.productions(block.split(separator: "\n").map(String.init))
        var commented: [String] = []
        let folder = Repository.root + "/Sources/QueryLanguage/Parser"
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let docLines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.hasPrefix("///") }.map { String($0.dropFirst(3)) }
            commented += Self.productions(docLines)
        }
        #expect(documented.count == 19)
        #expect(Set(commented) == Set(documented), "only in the docs: \(Set(documented).subtracting(commented)); only in comments: \(Set(commented).subtracting(documented))")
        #expect(commented.count == Set(commented).count, "a production is written twice in the parser's comments")
    }

    /// `name = … .` productions among `lines`, each joined into one line, spaces collapsed.
    static func productions(_ lines: [String]) -> [String] {
        var found: [String] = [], current: String?
        for line in lines {
            let words = line.split(separator: " ").joined(separator: " ")
            if current == nil, let equals = words.firstIndex(of: "="), words[..<equals].trimmingCharacters(in: .whitespaces).allSatisfy(\.isLetter),
               !words[..<equals].isEmpty, words.dropFirst(words.distance(from: words.startIndex, to: equals) + 1).first == " " {
                current = words
            } else if current != nil {
                current! += " " + words
            }
            if let production = current, production.hasSuffix(" .") {
                found.append(production.split(separator: " ").joined(separator: " "))
                current = nil
            }
        }
        return found
    }

    /// The fuzz dictionary holds every keyword, aggregate, field and kind, so that fuzzing
    /// reaches every part of the grammar.
    @Test func theFuzzDictionaryHoldsEveryWordOfTheLanguage() throws {
        let text = try String(contentsOfFile: Repository.root + "/Fuzz/Dictionaries/statement.dict", encoding: .utf8)
        let entries = Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) })
        let words = Grammar.keywords + Grammar.aggregates + Field.allCases.map(\.name) + Kind.allCases.map(\.code)
            + Grammar.comparisonSymbols + Grammar.arithmeticSymbols + [Grammar.size]
        #expect(Set(words).subtracting(entries).isEmpty, "add to Fuzz/Dictionaries/statement.dict: \(Set(words).subtracting(entries).sorted())")
    }
}
