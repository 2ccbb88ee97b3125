import Output
import Testing

@Suite struct FormatterTests {
    @Test func formatNamesAreTheCommandLineNames() {
        #expect(OutputFormat.allCases.map(\.rawValue) == ["table", "csv", "tsv", "json", "jsonl", "markdown", "html", "bar", "timeline", "trend", "sql"])
    }

    @Test func everyOutputEndsInANewlineUnlessEmpty() {
        for format in OutputFormat.allCases {
            for table in [Fixtures.rows, Fixtures.empty, Fixtures.pivot] {
                let output = render(table, format)
                #expect(output.isEmpty || output.hasSuffix("\n"), "\(format)")
            }
        }
    }

    @Test func optionsDefaultToAPipe() {
        let options = OutputOptions()
        #expect(options.width == nil)
        #expect(options.useColor == false)
        #expect(options.unicode == true)
    }
}
