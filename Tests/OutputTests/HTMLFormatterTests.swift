import Output
import QueryEngine
import Testing

/// `-f html`: one result as an HTML table fragment, every value escaped for its place.
@Suite struct HTMLFormatterTests {
    @Test func rowsWithCaptionHeadingsAndNumbersRight() {
        #expect(render(Fixtures.rows, .html) == """
            <div class="scroll"><table>
            <caption>2 rows</caption>
            <thead><tr><th scope="col" class="nowrap">kind</th><th scope="col">ref</th><th scope="col">name</th><th scope="col" class="nowrap">dag</th><th scope="col" class="num">count</th></tr></thead>
            <tbody>
            <tr><td class="nowrap">IF</td><td><span class="nowrap">MHHSP-IF-001</span>, <span class="nowrap">MHHSP-IF-002</span></td><td>Meter Data</td><td class="nowrap">May-22</td><td class="num">3</td></tr>
            <tr><td class="nowrap">TD</td><td><span class="nowrap">MHHSP-TD-010</span></td><td></td><td class="nowrap">TBC</td><td class="num">12</td></tr>
            </tbody>
            </table></div>

            """)
    }

    @Test func aPivotsTotalIsTheFoot() {
        let html = render(Fixtures.pivot, .html)
        #expect(html.contains("<tfoot>\n<tr><td class=\"nowrap\">total</td><td class=\"num\">2</td><td class=\"num\">5</td><td class=\"num\">7</td></tr>\n</tfoot>"))
    }

    /// Markup, quotes and controls in the data are text, never markup.
    @Test func hostileValuesAreText() {
        let table = ResultTable(columns: [Fixtures.column("<b>name</b>", .text)],
                                rows: [[.text("<script>alert(1)</script>")], [.text("<img src=x onerror=\"document.title='pwned'\">")],
                                       [.text("</table>&amp;")], [.text("a\u{1B}[2J\u{202E}b")]])
        let html = render(table, .html)
        #expect(html.contains("<th scope=\"col\">&lt;b&gt;name&lt;/b&gt;</th>"))
        #expect(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        #expect(html.contains("<td>&lt;img src=x onerror=\"document.title='pwned'\"&gt;</td>"))
        #expect(html.contains("<td>&lt;/table&gt;&amp;amp;</td>"))
        #expect(html.contains("<td>a\\u{1B}[2J\\u{202E}b</td>"))
        #expect(!html.contains("<script") && !html.contains("<img"))
        #expect(HTMLEscaping.attribute("a\"b'c<") == "a&quot;b&#39;c&lt;")
    }
}
