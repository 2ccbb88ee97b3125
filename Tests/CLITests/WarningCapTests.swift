import Foundation
import Testing

/// Warnings are capped so that a long list does not bury the result, and what the cap
/// leaves out is counted, never dropped without a word.
@Suite struct WarningCapTests {
    typealias CLI = CLIRunner

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func valuesNoArtefactHasPastTheTenthAreCounted() throws {
        let values = (1 ... 25).map { "v\($0)" }
        let query = "select name where name in (\(values.joined(separator: ", ")))"
        let run = try CLI.run(["-f", "csv", "-e", query])
        #expect(run.status == 0)
        #expect(run.stdout == "name\n")
        let lines = Self.lines(run.stderr)
        #expect(lines.filter { $0.contains(": warning: no artefact has name 'v") }.count == 10)
        let column = query.components(separatedBy: "v11")[0].count + 1
        #expect(lines.contains("<query>:1:\(column): note: … and 15 more values no artefact has"), "\(run.stderr)")
        #expect(lines.filter { $0.contains(": note: ") }.count == 1)
    }

    @Test func aContainsPastTheCapIsCountedWithTheRest() throws {
        let values = (1 ... 10).map { "v\($0)" }
        let run = try CLI.run(["-f", "csv", "-e", "select name where name in (\(values.joined(separator: ", "))) or name contains 'qqq'"])
        #expect(run.stderr.contains(": note: … and 1 more value no artefact has\n"), "\(run.stderr)")
    }

    @Test func diagnosticsPastTheTwentiethAreCountedBySeverity() throws {
        let columns = (1 ... 18).map { "x\($0)" }.joined(separator: ", ")
        let run = try CLI.run(["-e", "select \(columns) where name in (v1, v2, v3, v4, v5)"])
        #expect(run.status == 1)
        let lines = Self.lines(run.stderr)
        #expect(lines.filter { $0.contains(": error: unknown field") }.count == 18)
        #expect(lines.filter { $0.contains(": warning: no artefact has") }.count == 2)
        #expect(lines.dropLast().last == "note: … and 3 more warnings not shown", "\(run.stderr)")

        let many = (1 ... 25).map { "x\($0)" }.joined(separator: ", ")
        let errors = try CLI.run(["-e", "select \(many) where name in (v1)"])
        #expect(Self.lines(errors.stderr).dropLast().last == "note: … and 5 more errors, 1 more warning not shown", "\(errors.stderr)")
    }
}
