import Foundation
import Testing

/// Every `regq>` example in docs/LANGUAGE.md runs as documented.
@Suite struct LanguageDocTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var query: String
        var notes: [String]
        var output: String
        var testDescription: String { query }
    }

    static let examples: [Example] = {
        guard let doc = try? String(contentsOfFile: CLIRunner.root + "/docs/LANGUAGE.md", encoding: .utf8) else { return [] }
        return doc.components(separatedBy: "```regq\n").dropFirst().map { block in
            let body = block.components(separatedBy: "```")[0]
            var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let query = String(lines.removeFirst().dropFirst("regq> ".count))
            let notes = lines.filter { $0.hasPrefix("note: ") }
            let output = lines.filter { !$0.hasPrefix("note: ") }.joined(separator: "\n")
            return Example(query: query, notes: notes, output: output)
        }
    }()

    @Test func theDocumentHasExamples() {
        #expect(Self.examples.count >= 20)
    }

    @Test(arguments: examples)
    func runsAsDocumented(_ example: Example) throws {
        let run = try CLIRunner.run(["-f", "csv", "-e", example.query])
        #expect(run.status == 0)
        #expect(run.stdout == example.output)
        #expect(run.stderr == example.notes.map { $0 + "\n" }.joined())
    }

    /// The same from the register file, which a batch run reads with only the columns
    /// the query uses.
    @Test(arguments: examples)
    func runsAsDocumentedFromTheRegisterFile(_ example: Example) throws {
        let run = try CLIRunner.run(["-r", CLIRunner.root + "/Data/register.csv", "-f", "csv", "-e", example.query])
        #expect(run.status == 0)
        #expect(run.stdout == example.output)
        #expect(run.stderr == example.notes.map { $0 + "\n" }.joined())
    }
}
