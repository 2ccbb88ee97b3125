import Foundation
import TestSupport
import Testing

/// Every `regq>` example in docs/LANGUAGE.md runs as documented: lines starting `note:`,
/// and diagnostics (`<query>:…` and the indented lines under them), are standard error;
/// the rest is standard output.
@Suite struct LanguageDocTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var query: String
        var notes: [String]
        var output: String
        var testDescription: String { query }
    }

    static let examples: [Example] = examples(in: "regq")

    /// The History chapter's examples (```regq-history), which run over the fixture
    /// history (Tests/Fixtures/history).
    static let historyExamples: [Example] = examples(in: "regq-history")

    static func examples(in language: String) -> [Example] {
        guard let doc = try? String(contentsOfFile: Repository.root + "/docs/LANGUAGE.md", encoding: .utf8) else { return [] }
        return doc.components(separatedBy: "```\(language)\n").dropFirst().map { block in
            let body = block.components(separatedBy: "```")[0]
            var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let query = String(lines.removeFirst().dropFirst("regq> ".count))
            // Standard error: notes, and diagnostics with the source line and caret under them.
            var isStandardError = false
            let onStandardError = lines.map { line in
                isStandardError = line.hasPrefix("note: ") || line.hasPrefix("<query>:") || (isStandardError && line.hasPrefix("  "))
                return isStandardError
            }
            let notes = zip(lines, onStandardError).filter { $0.1 }.map(\.0)
            let output = zip(lines, onStandardError).filter { !$0.1 }.map(\.0).joined(separator: "\n")
            return Example(query: query, notes: notes, output: output)
        }
    }

    @Test func theDocumentHasExamples() {
        #expect(Self.examples.count >= 20)
        #expect(Self.historyExamples.count >= 10)
    }

    /// The history's own notes (rows left unpaired), shown as it loads, are left out of
    /// the examples: they say nothing of the query.
    @Test(arguments: historyExamples)
    func historyExamplesRunAsDocumented(_ example: Example) throws {
        let run = try CLIRunner.run(["--history", Repository.root + "/Tests/Fixtures/history", "-f", "csv", "-e", example.query])
        #expect(run.status == 0)
        #expect(run.stdout == example.output)
        let notes = run.stderr.split(separator: "\n").filter { !$0.contains(" paired with ") }.map { $0 + "\n" }.joined()
        #expect(notes == example.notes.map { $0 + "\n" }.joined())
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
        let run = try CLIRunner.run(["-r", Repository.root + "/Data/register.csv", "-f", "csv", "-e", example.query])
        #expect(run.status == 0)
        #expect(run.stdout == example.output)
        #expect(run.stderr == example.notes.map { $0 + "\n" }.joined())
    }
}
