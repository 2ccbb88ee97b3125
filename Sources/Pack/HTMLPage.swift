import Output

/// The pack as one self-contained HTML page: the styles inline (`PageStyle`), every chart
/// an inline SVG, no script and nothing fetched. A heading, the month it is as at and
/// where the data came from, then the body.
public enum HTMLPage {
    /// The page. `body` may open with its own `<h1>` (a PACK.md's title): the month and the
    /// sources then follow that heading instead of a heading of the page's own.
    public static func render(title: String, asAt: String, sources: [String], body: String) -> String {
        var facts = "<p class=\"as-at\">As at <strong>" + HTMLEscaping.text(asAt) + "</strong></p>\n<p>The data:</p>\n<ul class=\"sources\">\n"
        facts += sources.map { "<li>" + HTMLEscaping.text($0) + "</li>\n" }.joined()
        facts += "</ul>\n<p class=\"note\">Each table and chart shows the regq statement that made it.</p>\n"
        var main: String
        if body.hasPrefix("<h1>"), let end = body.range(of: "</h1>") {
            main = "<header class=\"cover\">\n" + body[..<end.upperBound] + "\n" + facts + "</header>\n" + body[end.upperBound...]
        } else {
            main = "<header class=\"cover\">\n<h1>" + HTMLEscaping.text(title) + "</h1>\n" + facts + "</header>\n" + body
        }
        if !main.hasSuffix("\n") { main += "\n" }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="regq report">
            <title>\(HTMLEscaping.text(title + " — as at " + asAt))</title>
            <style>
            \(PageStyle.css)</style>
            </head>
            <body>
            <main>
            \(main)</main>
            </body>
            </html>

            """
    }
}
