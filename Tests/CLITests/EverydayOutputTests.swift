import Foundation
import Shell
import Testing

/// What a person reads: one word for an empty value wherever it shows, bars that say
/// what they leave out, and `.param` that says how to quote and can unset.
@Suite struct EverydayOutputTests {
    typealias CLI = CLIRunner
    static let none = "(none)"

    @Test func anEmptyValueReadsTheSameEverywhere() throws {
        let grouped = try CLI.run(["-e", "select blocker, count(*) from IF group by blocker"])
        #expect(grouped.stdout.split(separator: "\n").contains { $0.hasPrefix(Self.none + " ") }, "\(grouped.stdout)")
        let values = try CLI.run([], stdin: ".values blocker\n")
        #expect(values.stdout.split(separator: "\n").contains { $0.hasPrefix(Self.none + " ") }, "\(values.stdout)")
        let fields = try CLI.run([], stdin: ".fields\n")
        let blocker = fields.stdout.split(separator: "\n").drop { !$0.hasPrefix("blocker ") }.dropFirst().first ?? ""
        #expect(blocker.contains("e.g. " + Self.none), "\(fields.stdout)")
        #expect(!fields.stdout.contains("(empty)"))
        let rows = try CLI.run(["-e", "select name, blocker from IF where blocker is empty limit 1"])
        #expect(rows.stdout.split(separator: "\n")[2].hasSuffix("  " + Self.none), "\(rows.stdout)")
        let bar = try CLI.run(["-f", "bar", "-e", "select blocker, count(*) from IF group by blocker"])
        #expect(bar.stdout.contains("\n" + Self.none + " "), "\(bar.stdout)")
        let pivot = try CLI.run(["-e", "select * from IF group by status pivot blocker"])
        #expect(pivot.stdout.hasPrefix("status") && pivot.stdout.split(separator: "\n")[0].contains(Self.none), "\(pivot.stdout)")
        // A pivot's total row leaves its other key cells blank, and data formats keep the value.
        let csv = try CLI.run(["-f", "csv", "-e", "select blocker, count(*) from IF group by blocker"])
        #expect(csv.stdout.contains("\n,"), "\(csv.stdout)")
        #expect(!csv.stdout.contains(Self.none))
    }

    /// A second count column is not drawn: the bars are the first, and a note says
    /// which is left out, the results on standard output staying the chart alone.
    @Test func aBarChartSaysWhichCountItLeavesOut() throws {
        let two = try CLI.run(["-f", "bar", "-e", "select blocker, count(*), count(distinct kind) group by blocker"])
        let one = try CLI.run(["-f", "bar", "-e", "select blocker, count(*) group by blocker"])
        #expect(two.status == 0)
        #expect(two.stdout == one.stdout)
        #expect(one.stderr == "")
        #expect(two.stderr.hasPrefix("note: -f bar draws one count, 'count'; left out: '"), "\(two.stderr)")
        #expect(two.stderr.split(separator: "\n").count == 1)
    }

    @Test func aParameterWithSpacesSaysHowToQuote() throws {
        let run = try CLI.run([], stdin: ".param who Change of Agent\n")
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("""
            <stdin>:1:1: error: usage: .param NAME [VALUE]; a value with spaces is quoted: .param who "Change of Agent"

            """), "\(run.stderr)")
        let quoted = try CLI.run(["-f", "csv"], stdin: """
            .param who "Change of Agent"
            .params
            select count(*) from IF where blocker = $who

            """)
        #expect(quoted.status == 0, "\(quoted.stderr)")
        #expect(quoted.stdout == "$who = Change of Agent\ncount\n13\n")
    }

    @Test func aParameterCanBeUnset() throws {
        let run = try CLI.run(["-p", "month=May-22", "-f", "csv"], stdin: """
            .param who IF
            .param who
            .param month
            .params
            select count(*) where dag < $month

            """)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("error: parameter '$month' is not set"), "\(run.stderr)")
        let never = try CLI.run([], stdin: ".param nobody\n")
        #expect(never.status == 0)
        #expect(never.stderr == "note: parameter '$nobody' was not set\n")
    }
}
