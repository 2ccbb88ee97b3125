import Foundation
import TestSupport
import Testing

/// Months outside 2000–2099 are written `YYYY-MM` wherever regq writes a month, so that
/// none is misread (as `May-02` for 2202 would be) and a register written out reads
/// back the same.
@Suite struct MonthYearTests {
    typealias CLI = CLIRunner

    static let register = RegisterText.header + """
        GA,,Far,BPRWG,All,Maintenance,,Mar-22,Apr-22,2202-05
        GA,,Old,BPRWG,All,Maintenance,,1999-06,1999-12,1999-06
        GA,,First,BPRWG,All,Maintenance,,0001-01,0001-01,0001-01
        GA,,Near,BPRWG,All,Maintenance,,Mar-22,Apr-22,Apr-22
        GA,,Open,BPRWG,All,Maintenance,,TBC,TBC,TBC

        """

    func run(_ arguments: [String]) throws -> CLIRunner.Run {
        let path = try TemporaryFiles.file("years.csv", Self.register)
        return try CLI.run(["-r", path] + arguments)
    }

    @Test func monthsSortByCalendarAndSayTheirYear() throws {
        let csv = try run(["-f", "csv", "-e", "select name, dag order by dag"])
        #expect(csv.stdout == "name,dag\nFirst,0001-01\nOld,1999-06\nNear,Apr-22\nFar,2202-05\nOpen,TBC\n")
        #expect(csv.status == 0)
        let tsv = try run(["-f", "tsv", "-e", "select name, dag where dag > Apr-22"])
        #expect(tsv.stdout == "name\tdag\nFar\t2202-05\n")
    }

    @Test func jsonMonthsHaveFourDigitYears() throws {
        let json = try run(["-f", "json", "-e", "select name, dag where name in (First, Old, Open)"])
        #expect(json.stdout == """
            [
              {"name": "Old", "dag": "1999-06"},
              {"name": "First", "dag": "0001-01"},
              {"name": "Open", "dag": "TBC"}
            ]

            """)
    }

    @Test func tablesMarkdownAndChartsWriteTheYear() throws {
        for format in ["table", "markdown", "bar"] {
            let shown = try run(["-f", format, "-e", "select dag, count(*) group by dag"])
            for month in ["0001-01", "1999-06", "2202-05", "Apr-22"] {
                #expect(shown.stdout.contains(month), "\(format) shows \(month)")
            }
            for misread in ["Jan-01", "Jun-99", "May-02"] {
                #expect(!shown.stdout.contains(misread), "\(format) shows \(misread)")
            }
            #expect(shown.status == 0)
        }
    }

    @Test func groupKeysAndPivotColumnsWriteTheYear() throws {
        let groups = try run(["-f", "csv", "-e", "select dag, count(*) group by dag"])
        #expect(groups.stdout == "dag,count\n0001-01,1\n1999-06,1\nApr-22,1\n2202-05,1\nTBC,1\n")
        let pivot = try run(["-f", "csv", "-e", "select * group by kind pivot dag"])
        #expect(pivot.stdout.hasPrefix("kind,0001-01,1999-06,Apr-22,2202-05,TBC,total\n"))
    }

    @Test func explainWritesTheYearBack() throws {
        let explain = try run(["-e", "explain select name where dag > 2202-04"])
        #expect(explain.stdout.hasPrefix("explain select name where dag > 2202-04\n"))
        #expect(explain.stdout.contains("→ dag > 2202-04 1"))
    }

    /// Where the timeline has no room for a full year it writes `'21`; it never writes
    /// `'99`, which would stand for 2099.
    @Test func theTimelineWritesNoYearItWouldMisread() throws {
        func timeline(_ row: String) throws -> String {
            let path = try TemporaryFiles.file("span.csv", RegisterText.header + row + "\n")
            return try CLI.run(["-r", path, "-f", "timeline", "-e", "select *"]).stdout
        }
        #expect(try timeline("GA,,Old,BPRWG,All,Maintenance,,1999-11,1999-12,2000-02") == """
                          2000
            ref name  N D J F
            Old       s─r───D
            s = sg   r = review   D = dag   * = two or more in one month

            """)
        #expect(try timeline("GA,,New,BPRWG,All,Maintenance,,Nov-21,Dec-21,Feb-22").hasPrefix("          '21 2022\n"))
    }

    /// `-f csv` of `select *` is a register file: read back, it gives the same months.
    @Test func aRoundTripKeepsEveryYear() throws {
        let written = try run(["-f", "csv", "-e", "select *"])
        #expect(written.status == 0)
        #expect(written.stdout == Self.register)
        let path = try TemporaryFiles.file("again.csv", written.stdout)
        let again = try CLI.run(["-r", path, "-f", "csv", "-e", "select *"])
        #expect(again.stdout == written.stdout)
        let before2000 = try CLI.run(["-r", path, "-f", "csv", "-e", "select name where dag < 2000-01"])
        #expect(before2000.stdout == "name\nOld\nFirst\n")
    }
}
