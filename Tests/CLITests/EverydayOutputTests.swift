import Foundation
import Shell
import Testing

/// What a person reads: bars that say what they leave out.
@Suite struct EverydayOutputTests {
    typealias CLI = CLIRunner

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

}
