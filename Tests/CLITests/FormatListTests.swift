import Output
import Testing

/// `OutputFormat` is the one list of formats: `--help` (of `regq` and `regq reconcile`),
/// `.help formats`, `-f`, `--format` and `.format` all take theirs from it, so a format
/// added there is checked here without a test naming it.
@Suite struct FormatListTests {
    typealias CLI = CLIRunner

    /// Text with every run of spaces and newlines made one space, as the argument
    /// parser wraps its help to the width.
    static func unwrapped(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func theCommandLineHelpNamesEveryFormat() throws {
        let formats = "Output format: " + OutputFormat.names.joined(separator: ", ") + "."
        #expect(Self.unwrapped(try CLI.run(["--help"]).stdout).contains(formats))
        #expect(Self.unwrapped(try CLI.run(["reconcile", "--help"]).stdout).contains(formats))
    }

    @Test func helpFormatsSumsUpEveryFormatOnItsLine() throws {
        let lines = try CLI.run(["-e", ".help formats"]).stdout.split(separator: "\n")
        #expect(lines.count == 1 + OutputFormat.allCases.count)
        for format in OutputFormat.allCases {
            #expect(lines.contains { $0.hasPrefix("  \(format.rawValue) ") && $0.hasSuffix(" " + format.summary) }, "\(format)")
        }
    }

    @Test func everyFormatIsAcceptedByName() throws {
        let chosen = try CLI.run([], stdin: OutputFormat.names.map { ".format \($0.uppercased())\n.format\n" }.joined())
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(chosen.stdout == OutputFormat.names.map { "format: \($0)\n" }.joined())
        for name in OutputFormat.names {
            #expect(try CLI.run(["-f", name, "-e", ".format"]).stdout == "format: \(name)\n")
            #expect(try CLI.run(["--format=\(name)", "-e", ".format"]).stdout == "format: \(name)\n")
        }
    }

    @Test func anUnknownFormatListsEveryFormat() throws {
        let run = try CLI.run([], stdin: ".format xml\n")
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("<stdin>:1:9: error: unknown format 'xml' (formats: " + OutputFormat.names.joined(separator: ", ") + ")\n"))
    }
}
