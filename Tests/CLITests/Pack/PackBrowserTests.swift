import Foundation
import TestSupport
import Testing

/// The pack in a real browser: nothing from the data runs, the charts' marks are drawn,
/// it reads at a laptop's and a phone's width, and prints one section a page. Off the CI
/// these run where Chromium is installed; on the CI (CI=true) they run and fail when it is not.
@Suite(.enabled(if: (Browser.chromium != nil && Browser.pdfinfo != nil) || Browser.required, "\(Browser.missing)"))
struct PackBrowserTests {
    static func page(_ arguments: [String]) throws -> String {
        let folder = try TemporaryFiles.folder()
        let run = try CLIRunner.run(["report"] + arguments + ["-o", folder + "/pack.html"], directory: Repository.root)
        #expect(run.status == 0, "\(run.stderr)")
        return folder + "/pack.html"
    }

    /// Hostile names (a script, an image whose error handler sets the title, a closing
    /// table tag) load as text: the DOM has none of their effects, and shows their text.
    @Test func nothingInTheDataRuns() throws {
        let page = try Self.page(["--history", try HostileHistory.folder()])
        let dom = try Browser.dom(of: page)
        #expect(dom.contains("<title>Programme status — as at Feb-22</title>"), "the page's title is its own")
        #expect(!dom.contains("<title>pwned</title>"), "no handler ran")
        #expect(!dom.contains("data-pwned=\"1\""), "no script ran")
        #expect(!dom.contains("<script") && !dom.contains("<img"))
        #expect(dom.contains("&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;"))
        #expect(dom.contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt;"))
        #expect(dom.contains("&lt;/table&gt;&lt;b&gt;bold&lt;/b&gt;"))
        // Every chart is in the DOM with its marks: bars, and the trend's marks.
        #expect(dom.components(separatedBy: "<svg class=\"chart\" role=\"img\"").count - 1 == 4)
        #expect(dom.components(separatedBy: "class=\"bar\"").count - 1 == 2 + 2 + 2)
        #expect(dom.components(separatedBy: "class=\"mark\"").count - 1 >= 4)
    }

    /// Screenshots at a laptop's width and a phone's (390 pixels).
    @Test func screenshotsAtALaptopsAndAPhonesWidth() throws {
        let page = try Self.page(["--history", "Tests/Fixtures/history"])
        for (width, height) in [(1280, 2000), (390, 1600)] {
            let shot = try TemporaryFiles.folder() + "/pack.png"
            let run = try Browser.run(["--screenshot=" + shot, "--window-size=\(width),\(height)", "--hide-scrollbars"], on: page)
            #expect(run.status == 0, "\(run.err)")
            let size = try Browser.pngSize(shot)
            #expect(size.width == width && size.height == height)
        }
    }

    /// Printed to PDF: A4 landscape, the cover and then each section on a page of its own.
    @Test func printsOneSectionAPage() throws {
        let pack = try TemporaryFiles.file("PACK.md", """
            # Two sections

            ## Kinds

            ```regq bar
            select kind, count(*) group by kind
            ```

            ## Blocked interfaces

            ```regq
            select count(*) from IF where status = blocked
            ```

            """)
        let page = try Self.page([pack])
        let pdf = try TemporaryFiles.folder() + "/pack.pdf"
        let run = try Browser.run(["--print-to-pdf=" + pdf, "--no-pdf-header-footer"], on: page)
        #expect(run.status == 0, "\(run.err)")
        let info = try Browser.pdfInfo(pdf)
        #expect(info["Pages"] == "3")
        #expect(info["Page size"]?.hasPrefix("841.92 x 594.96 pts (A4)") == true, "\(info)")
    }
}
