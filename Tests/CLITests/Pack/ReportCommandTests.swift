import Foundation
import TestSupport
import Testing

/// `regq report`: the pack as one self-contained HTML page, its figures those the same
/// statements give in a batch run, nothing written when a statement fails.
@Suite struct ReportCommandTests {
    typealias CLI = CLIRunner
    static let fixture = "Tests/Fixtures/history"

    static func report(_ arguments: [String]) throws -> CLI.Run {
        try CLI.run(["report"] + arguments, directory: Repository.root)
    }

    /// The standard pack over the fixture history: every section, in order, as at the
    /// latest report, each figure the one `regq -e STATEMENT -f csv` gives.
    @Test func theStandardPacksFiguresAreTheBatchRunsFigures() throws {
        let run = try Self.report(["--history", Self.fixture])
        #expect(run.status == 0, "\(run.stderr)")
        let page = PackPage(html: run.stdout)
        #expect(page.sections == ["Status by kind", "Blocked, by blocker", "Reaching DAG, Mar-22 to May-22", "Forecasts still TBC",
                                  "Forecasts out of order", "Slipped since Feb-22", "Became blocked since Feb-22", "Unblocked since Feb-22",
                                  "New since Feb-22", "Removed since Feb-22", "Blocked, report by report", "Trend of what slipped since Feb-22"])
        #expect(run.stdout.contains("As at <strong>Mar-22</strong>"))
        #expect(run.stdout.contains("<li>the report of Jan-22: Tests/Fixtures/history/2022-01.csv</li>"))
        let checked: [(caption: String, statement: String)] = [
            ("Status by kind: the data", "select kind, status, count(*) group by kind, status"),
            ("Blocked, by blocker (1): the data", "select blocker, count(*) from * where blocker is not empty group by blocker"),
            ("Reaching DAG, Mar-22 to May-22 — ", "select kind, ref, name, status, blocker, sg, review, dag where dag >= $month and dag <= $month + 2 order by dag, kind"),
            ("Slipped since Feb-22 — ", "select ref, name, dag@prev, dag, dag - dag@prev as slip where dag slipped order by slip desc"),
            ("Became blocked since Feb-22 — ", "select kind, ref, name, blocker where status changed to blocked"),
            ("Blocked, report by report: the data", "select report, count(*) from * @all where status = blocked group by report"),
        ]
        for (caption, statement) in checked {
            #expect(run.stdout.contains("<code>" + statement.replacing("<", with: "&lt;").replacing(">", with: "&gt;") + "</code>"), "\(statement)")
            let batch = try CLI.run(["--history", Self.fixture, "-p", "month=Mar-22", "-f", "csv", "-e", statement], directory: Repository.root)
            #expect(batch.status == 0)
            let rows = try #require(page.rows(captioned: caption), "\(caption)")
            #expect(!rows.isEmpty, "\(caption)")
            // CSV joins a list's items with `;`, a page with `, `.
            #expect(rows == PackPage.csvRows(batch.stdout).map { $0.map { $0.replacing(";", with: ", ") } }, "\(caption)")
        }
        // IF-021 and BP004 slipped: the trend chart draws both.
        #expect(run.stdout.contains("<code>select report, name, dag from * @all where dag slipped</code>"))
        #expect(run.stdout.contains("A = Data Collection") || run.stdout.contains("A = HH Consumption Data"))
    }

    /// When more than 20 artefacts slipped, the trend chart draws the 20 that slipped
    /// most, named one by one: here the twenty Beta slipped three months, the five Alpha one.
    @Test func aTrendOfManySlippedDrawsTheTwentyThatSlippedMost() throws {
        let folder = try TemporaryFiles.folder()
        var jan = RegisterText.header, feb = RegisterText.header
        for (number, name, dag) in (1 ... 5).map({ ($0, "Alpha \($0)", "Jun-22") }) + (6 ... 25).map({ ($0, "Beta \($0)", "Aug-22") }) {
            jan += "IF,MHHSP-IF-\(number),\(name),BPRWG,Smart,Draft Complete,,Mar-22,Apr-22,May-22\n"
            feb += "IF,MHHSP-IF-\(number),\(name),BPRWG,Smart,Draft Complete,,Mar-22,Apr-22,\(dag)\n"
        }
        try jan.write(toFile: folder + "/Jan-22.csv", atomically: true, encoding: .utf8)
        try feb.write(toFile: folder + "/Feb-22.csv", atomically: true, encoding: .utf8)
        let run = try Self.report(["--history", folder])
        #expect(run.status == 0, "\(run.stderr)")
        let start = try #require(run.stdout.range(of: "<code>select report, name, dag from * @all where name in ("))
        let statement = run.stdout[start.lowerBound...].prefix { $0 != "\n" }
        #expect(statement.contains("Beta 6") && statement.contains("Beta 25") && !statement.contains("Alpha"), "\(statement)")
        #expect(run.stdout.contains("The 20 that slipped most of the 25 above"))
    }

    /// The standard pack's statements are the saved queries' own, where one fits: each
    /// file's statement stands in the page as it stands in the file.
    @Test func theStandardPackShowsTheSavedQueries() throws {
        let run = try Self.report(["--history", Self.fixture])
        for name in ["status-by-kind", "blocked-by-blocker", "tbc-forecasts", "out-of-order-forecasts",
                     "history/slipped", "history/new", "history/blocked-trend", "history/slipped-trend"] {
            let text = try String(contentsOfFile: Repository.root + "/Queries/\(name).rq", encoding: .utf8)
            let statement = try #require(text.split(separator: "\n").last { !$0.hasPrefix("--") && !$0.hasPrefix("#!") })
            #expect(run.stdout.contains("<code>" + statement.replacing("<", with: "&lt;").replacing(">", with: "&gt;") + "</code>"), "\(name)")
        }
    }

    /// One file holds everything: styles inline, charts inline SVG, no script, nothing
    /// fetched; with `-o` the same page is written to the file.
    @Test func thePageIsSelfContainedAndWrittenWhole() throws {
        let run = try Self.report(["--history", Self.fixture])
        for outside in ["<script", "<link", "src=", "href=", "http:", "https:", "@import", "url("] {
            #expect(!run.stdout.contains(outside), "\(outside)")
        }
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(run.stdout.contains("<style>") && run.stdout.contains("@page { size: A4 landscape"))
        #expect(run.stdout.components(separatedBy: "<svg class=\"chart\" role=\"img\"").count - 1 == 4)
        let folder = try TemporaryFiles.folder()
        let written = try Self.report(["--history", Self.fixture, "-o", folder + "/pack.html"])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOfFile: folder + "/pack.html", encoding: .utf8) == run.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["pack.html"])
    }

    /// `-o` never writes over a register read, and writes through a link to the file it leads to.
    @Test func theOutputIsNeverARegisterAndALinkStaysALink() throws {
        let refused = try Self.report(["--history", Self.fixture, "-o", Self.fixture + "/2022-03.csv"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasSuffix("\nerror: cannot write Tests/Fixtures/history/2022-03.csv: it is the register being read; regq never writes to a register\n"))
        let folder = try TemporaryFiles.folder()
        try "last month's page".write(toFile: folder + "/pack.html", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/latest.html", withDestinationPath: folder + "/pack.html")
        let run = try Self.report(["--history", Self.fixture, "-o", folder + "/latest.html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/latest.html") == folder + "/pack.html")
        #expect(try String(contentsOfFile: folder + "/pack.html", encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    /// Over the embedded register, whose summary is known, the reconciliation closes the
    /// pack; the month is not known, and the page says how to give it.
    @Test func theEmbeddedRegistersPackReconciles() throws {
        let run = try Self.report([])
        #expect(run.status == 0, "\(run.stderr)")
        let page = PackPage(html: run.stdout)
        #expect(page.sections.last == "Reconciliation")
        #expect(page.sections.contains("Reaching DAG"))
        #expect(run.stdout.contains("Published figures beside the register (64 of 115 differ)"))
        #expect(run.stdout.contains("As at <strong>a month not known (give -p month=MON-YY)</strong>"))
        let given = try Self.report(["-p", "month=Feb-22"])
        #expect(PackPage(html: given.stdout).sections.contains("Reaching DAG, Feb-22 to Apr-22"))
    }

    /// PACK.md: Markdown by Ink; ```regq shows a table, ```regq bar, timeline and trend a
    /// chart, each an image with a title, a description and its data beneath; $month is
    /// the latest report's; other code blocks stay code.
    @Test func aPackFileIsMarkdownWithStatementsAndCharts() throws {
        let pack = try TemporaryFiles.file("PACK.md", """
            # Interfaces

            Some *words*.

            ## Blocked

            ```regq bar
            select blocker, count(*) from IF where status = blocked group by blocker
            ```

            ## First drafts

            ```regq timeline
            select ref, name, sg, review, dag from IF where status = 'First Draft Not Complete'
            ```

            ## IF-021

            ```regq trend
            select report, name, dag from IF @all where ref = MHHSP-IF-021
            ```

            ## Due

            ```regq
            select ref, dag where dag = $month and kind = IF
            select count(*) from BP where dag = $month
            ```

            ## Nothing

            ```regq trend
            select report, name, dag from IF @all where ref = MHHSP-IF-999
            ```

            ```sh
            regq report PACK.md
            ```

            """)
        let run = try Self.report([pack, "--history", Self.fixture])
        #expect(run.status == 0, "\(run.stderr)")
        let page = PackPage(html: run.stdout)
        #expect(page.sections == ["Blocked", "First drafts", "IF-021", "Due", "Nothing"])
        #expect(run.stdout.contains("<p class=\"note\">note: -f trend has nothing to draw: no row has a report month and a forecast; shown as a table</p>"))
        #expect(run.stdout.contains("<h1>Interfaces</h1>\n<p class=\"as-at\">As at <strong>Mar-22</strong></p>"))
        #expect(run.stdout.contains("<p>Some <em>words</em>.</p>"))
        #expect(run.stdout.contains("<title id=\"chart-1-title\">Blocked</title>"))
        #expect(run.stdout.contains("<desc id=\"chart-1-desc\">A bar chart of count by blocker: 3 groups, 32 in all; the largest is Change of Agent with 13.</desc>"))
        #expect(run.stdout.contains("<title id=\"chart-2-title\">First drafts</title>"))
        #expect(run.stdout.contains("<title id=\"chart-3-title\">IF-021</title>"))
        #expect(run.stdout.contains("for 1 artefacts over 3 reports, Jan-22 to Mar-22; 1 forecast later in Mar-22 than in Jan-22.</desc>"))
        #expect(run.stdout.components(separatedBy: "<details><summary>The data</summary>").count - 1 == 3)
        #expect(page.rows(captioned: "Due (1) — ")?.first == ["MHHSP-IF-022", "Mar-22"])
        #expect(page.rows(captioned: "Due (2) — ") == [["12"]])
        #expect(run.stdout.contains("<pre><code class=\"language-sh\">regq report PACK.md\n</code></pre>"))
    }

    /// A statement that fails is reported at its line and column in PACK.md with a caret;
    /// the exit status is 1 and the file named by -o is left as it was.
    @Test func aFailingStatementIsReportedInThePackAndNothingIsWritten() throws {
        let folder = try TemporaryFiles.folder()
        let pack = folder + "/PACK.md", output = folder + "/pack.html"
        try "# Pack\n\n## One\n\n```regq\nselect kind, count(*) group by kind\n```\n\n## Two\n\n```regq bar\nselect blocker, count(*) where stauts = blocked group by blocker\n```\n"
            .write(toFile: pack, atomically: true, encoding: .utf8)
        try "the page before".write(toFile: output, atomically: true, encoding: .utf8)
        let run = try CLI.run(["report", "PACK.md", "-o", "pack.html"], directory: folder)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == """
            PACK.md:12:32: error: unknown field 'stauts'; did you mean 'status'?
              select blocker, count(*) where stauts = blocked group by blocker
                                             ^~~~~~
            pack not made: nothing was written

            """)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "the page before")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["PACK.md", "pack.html"])
    }

    /// A pack written with CRLF line ends reads as with LF, and a diagnostic still names
    /// the pack's own line and column.
    @Test func aPackWithCRLFLineEnds() throws {
        let pack = try TemporaryFiles.file("PACK.md", "# Pack\r\n\r\n## Kinds\r\n\r\n```regq bar\r\nselect kind, count(*) group by kind\r\n```\r\n")
        let run = try CLI.run(["report", pack])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("<title id=\"chart-1-title\">Kinds</title>"))
        let failing = try TemporaryFiles.file("PACK.md", "# Pack\r\n\r\n```regq\r\nselect kind, count(*) group by kidn\r\n```\r\n")
        let failed = try CLI.run(["report", failing])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("PACK.md:4:8: error: 'kind' is neither a group key nor inside an aggregate\n  select kind, count(*) group by kidn\n         ^~~~\n"), "\(failed.stderr)")
    }

    /// A regq block of an unknown word, and a meta-command in a block, are refused before
    /// anything runs, each where it stands.
    @Test func whatABlockMayHoldIsCheckedFirst() throws {
        let pack = try TemporaryFiles.file("PACK.md", "# Pack\n\n```regq pie\nselect kind\n```\n\n```regq\n.param x 1\n```\n")
        let run = try CLI.run(["report", pack])
        #expect(run.status == 1)
        #expect(run.stderr.contains(":3:4: error: ```regq pie: a regq block shows a table (```regq) or a chart: ```regq bar, ```regq timeline, ```regq trend\n"))
        #expect(run.stderr.contains(":8:1: error: a pack's regq blocks hold queries; parameters come from -p NAME=VALUE\n  .param x 1\n  ^~~~~~~~~~\n"))
        let notAMonth = try CLI.run(["report", "-p", "month=Marc-22"])
        #expect(notAMonth.status == 2 && notAMonth.stdout.isEmpty)
        #expect(notAMonth.stderr == "error: -p month=Marc-22: the month the pack is as at is a month, such as Mar-22\n")
        let missing = try CLI.run(["report", "no-such-pack.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: cannot read no-such-pack.md: no such file or directory\n")
    }

    /// Names holding markup, script and quotes are text wherever the page shows them:
    /// table cells, chart labels and titles, the statements.
    @Test func hostileNamesAreText() throws {
        let run = try Self.report(["--history", try HostileHistory.folder()])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("<script") && !run.stdout.contains("<img") && !run.stdout.contains("<b>"))
        #expect(run.stdout.contains("&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;"))
        #expect(run.stdout.contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt;"))
        #expect(run.stdout.contains("&lt;/table&gt;&lt;b&gt;bold&lt;/b&gt; \"double\" 'single'"))
        #expect(run.stdout.contains("<title>A &lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;</title>"))
    }

    /// `-f html`: one result as a table fragment.
    @Test func htmlFormatPrintsOneTable() throws {
        let run = try CLI.run(["-f", "html", "-e", "select kind, count(*) group by kind"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("<div class=\"scroll\"><table>\n<caption>5 rows</caption>\n<thead><tr><th scope=\"col\" class=\"nowrap\">kind</th><th scope=\"col\" class=\"num\">count</th></tr></thead>\n<tbody>\n<tr><td class=\"nowrap\">BP</td>"))
    }
}
