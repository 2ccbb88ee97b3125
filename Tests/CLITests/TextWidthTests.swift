import TestSupport
import Testing

/// Text wider than the terminal: `.help` and `.queries` wrap at words, under where each
/// description starts; a long source line in a diagnostic is a window around the caret
/// that fits the terminal, so that the caret stays under what it marks. Piped (no width),
/// nothing is wrapped or cut.
@Suite struct TextWidthTests {
    /// The text with every run of spaces and line breaks as one space: equal before and
    /// after wrapping only when every break fell where a space was.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test(arguments: [".help", ".help queries", ".help conditions", ".help history", ".help fields", ".help commands",
                      ".help formats", ".queries"])
    func listingsWrapAtWordsToTheTerminal(command: String) throws {
        let wrapped = try CLIRunner.run(["-e", command], environment: ["COLUMNS": "80"], directory: Repository.root)
        let whole = try CLIRunner.run(["-e", command], directory: Repository.root)
        #expect(wrapped.status == 0 && whole.status == 0)
        let lines = wrapped.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        // Piped, a listing is whole: `.help` alone has lines wider than 80.
        if command == ".help" { #expect(whole.stdout.split(separator: "\n").contains { $0.count > 80 }) }
        #expect(Self.words(wrapped.stdout) == Self.words(whole.stdout))
    }

    /// A description goes on under its own start.
    @Test func aWrappedDescriptionGoesOnUnderItsStart() throws {
        let run = try CLIRunner.run(["-e", ".help commands"], environment: ["COLUMNS": "80"])
        #expect(run.stdout.contains("""
              .mode table|vertical|auto   tables side by side, vertical, or whichever fits
                                          (auto); alone, shows the one in use

            """))
    }

    @Test func aLongSourceLineIsAWindowAroundTheCaretThatFits() throws {
        let query = "select ref, name, status, blocker, sg, review, dag from IF where status = blocked and subgroups in (Smart, Advanced) and stauts = 1"
        let run = try CLIRunner.run(["-e", query], environment: ["COLUMNS": "60"])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines[0] == "<query>:1:122: error: unknown field 'stauts'; did you mean 'status'?")
        #expect(lines[1].count <= 60 && lines[1].hasPrefix("  …") && lines[1].hasSuffix("and stauts = 1"))
        // The caret stands under the word it marks.
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let word = lines[1].range(of: "stauts").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) }
        #expect(caret != nil && caret == word)
        #expect(lines[2].hasSuffix("^~~~~~"))
    }
}
