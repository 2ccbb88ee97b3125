import Foundation
import TestSupport
import Testing

/// `--check` as a CI job meets it: every error of every statement of every file is
/// reported, nothing runs, and the exit status is still a failure.
@Suite struct CheckTests {
    typealias CLI = CLIRunner

    @Test func everyErrorOfAFileIsReported() throws {
        let path = try TemporaryFiles.file("three-errors.rq", """
            -- three bad statements among good ones
            select count(*) from IF
            select stauts from BP
            select * where dag < blocked
            select count(*) from BP
            select nme from TD

            """)
        let run = try CLI.run(["--check", path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        let located = run.stderr.split(separator: "\n").filter { $0.hasPrefix(path + ":") && $0.contains(": error: ") }
        #expect(located.map { $0.dropFirst(path.count + 1).prefix(while: { $0 != ":" }) } == ["3", "4", "6"], "\(run.stderr)")
        #expect(run.stderr.contains("unknown field 'stauts'"))
        #expect(run.stderr.contains("unknown field 'nme'"))
    }

    /// Without `-p month=…` the four saved queries that use `$month` each fail, and each is
    /// named; the others pass.
    @Test func everyFileThatNeedsAParameterIsNamed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.root + "/Queries")
            .filter { $0.hasSuffix(".rq") }.sorted().map { "Queries/" + $0 }
        let run = try CLI.run(["--check"] + files, directory: Repository.root)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        let named = Set(run.stderr.split(separator: "\n")
            .filter { $0.contains(": error: parameter '$month' is not set") }
            .map { String($0.prefix(while: { $0 != ":" })) })
        #expect(named == ["Queries/blocked-due-before.rq", "Queries/blocked-if-due-before.rq",
                          "Queries/due-at-dag.rq", "Queries/reaching-review-stage.rq"], "\(run.stderr)")
    }

    /// A file that cannot be read is a file error (status 2), and the files after it are
    /// still checked.
    @Test func anUnreadableFileDoesNotStopTheCheck() throws {
        let bad = try TemporaryFiles.file("bad.rq", "select nme from TD\n")
        let run = try CLI.run(["--check", "/nonexistent.rq", bad])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: cannot read /nonexistent.rq: no such file or directory\n"))
        #expect(run.stderr.contains(bad + ":1:8: error: unknown field 'nme'"))
    }

    /// Without `--check` the first failing statement still stops the run.
    @Test func aRunStillStopsAtTheFirstFailure() throws {
        let path = try TemporaryFiles.file("two-errors.rq", "select stauts from BP\nselect nme from TD\n")
        let run = try CLI.run([path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("'stauts'"))
        #expect(!run.stderr.contains("'nme'"))
    }
}
