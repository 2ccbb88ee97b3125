import Foundation
import TestSupport
import Testing

/// `-f json` output is always one JSON document, however many statements ran, so that a
/// program reads it with one parse: one statement gives its result as it is, several give
/// an array with one element per statement, and `explain` gives an object.
@Suite struct JSONDocumentTests {
    typealias CLI = CLIRunner

    static func parsed(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    @Test func oneStatementIsItsArrayOfObjects() throws {
        let run = try CLI.run(["-f", "json", "-e", "select count(*) from IF"])
        #expect(run.stdout == "[\n  {\"count\": 40}\n]\n")
        #expect(run.status == 0)
    }

    @Test func severalStatementsAreOneArrayWithAnElementEach() throws {
        let run = try CLI.run(["-f", "json", "-e", "select count(*) from IF", "-e", "select count(*)",
                               "-e", "select ref from IF where ref = nothing-at-all"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            [
              [
                {"count": 40}
              ],
              [
                {"count": 89}
              ],
              []
            ]

            """)
        let document = try #require(try Self.parsed(run.stdout) as? [[Any]])
        #expect(document.count == 3)
    }

    @Test func statementsFromStandardInputAndFilesAreOneDocumentToo() throws {
        let file = try TemporaryFiles.file("two.rq", "select count(*) from IF\nselect count(*) from BP\n")
        let run = try CLI.run(["-f", "json", file, file])
        let document = try #require(try Self.parsed(run.stdout) as? [[[String: Int]]])
        #expect(document.count == 4)
        #expect(document[0] == [["count": 40]])
        #expect(document[2] == document[0])
        #expect(document[3] == document[1])
        let piped = try CLI.run(["-f", "json"], stdin: "select count(*) from IF; select count(*)\n")
        #expect(try Self.parsed(piped.stdout) as? [[[String: Int]]] == [[["count": 40]], [["count": 89]]])
    }

    @Test func explainIsAnObject() throws {
        let query = "select IF where status = blocked and dag < May-22 group by blocker"
        let run = try CLI.run(["-f", "json", "-e", "explain " + query])
        #expect(run.status == 0)
        #expect(run.stdout == """
            {
              "query": "\(query)",
              "rows": 89,
              "steps": [
                {"step": "kind in (IF)", "rows": 40},
                {"step": "status = blocked", "rows": 33},
                {"step": "dag < May-22", "rows": 6},
                {"step": "group by blocker", "rows": 1}
              ]
            }

            """)
        let lines = try CLI.run(["-f", "jsonl", "-e", "explain " + query])
        #expect(lines.stdout == """
            {"query":"\(query)","rows":89,"steps":[{"step":"kind in (IF)","rows":40},{"step":"status = blocked","rows":33},{"step":"dag < May-22","rows":6},{"step":"group by blocker","rows":1}]}

            """)
    }

    @Test func explainAmongOtherStatementsIsOneElement() throws {
        let run = try CLI.run(["-f", "json", "-e", "explain select count(*) from IF", "-e", "select count(*) from IF"])
        let document = try #require(try Self.parsed(run.stdout) as? [Any])
        #expect(document.count == 2)
        #expect((document[0] as? [String: Any])?["query"] as? String == "select count(*) from IF")
        #expect(document[1] as? [[String: Int]] == [["count": 40]])
    }

    /// A failing statement stops the run; what ran before it is still one valid document.
    @Test func aFailureLeavesTheResultsBeforeItOneDocument() throws {
        let run = try CLI.run(["-f", "json", "-e", "select count(*) from IF", "-e", "select count(*)", "-e", "select stauts"])
        #expect(run.status == 1)
        #expect(try Self.parsed(run.stdout) as? [[[String: Int]]] == [[["count": 40]], [["count": 89]]])
        #expect(run.stderr.contains("unknown field 'stauts'"))
        let first = try CLI.run(["-f", "json", "-e", "select count(*) from IF", "-e", "select stauts"])
        #expect(first.stdout == "[\n  {\"count\": 40}\n]\n")
    }

    /// Other formats are unchanged: results one after the other.
    @Test func otherFormatsPrintEachResult() throws {
        let run = try CLI.run(["-f", "csv", "-e", "select count(*) from IF", "-e", "select count(*)"])
        #expect(run.stdout == "count\n40\ncount\n89\n")
        let explain = try CLI.run(["-f", "csv", "-e", "explain select count(*) from IF"])
        #expect(explain.stdout == "explain select count(*) from IF\n89 → kind in (IF) 40\n")
    }
}
