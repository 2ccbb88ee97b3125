import QueryEngine

/// A result as an HTML table: a caption, the column names as `<th scope="col">` in a
/// `<thead>` (repeated on each printed page), every cell escaped, numbers right-aligned,
/// a pivot's total row in a `<tfoot>`. Wrapped in a block that scrolls sideways on a
/// narrow screen. `-f html` prints it; the pack shows every result with it.
public enum HTMLTable {
    public static func render(_ table: ResultTable, caption: String, stoppingWhen stop: () -> Bool = { false }) -> String {
        var out = "<div class=\"scroll\"><table>\n<caption>" + HTMLEscaping.text(caption) + "</caption>\n<thead><tr>"
        for column in table.columns {
            out += "<th scope=\"col\"" + alignment(column) + ">" + HTMLEscaping.text(column.name) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in 0 ..< table.dataRowCount {
            if RenderStop.before(row, stop) { break }
            out += rowHTML(table, row)
        }
        out += "</tbody>\n"
        if table.hasTotalRow { out += "<tfoot>\n" + rowHTML(table, table.rowCount - 1) + "</tfoot>\n" }
        return out + "</table></div>\n"
    }

    /// `N rows`, the caption of a result with no other name.
    public static func rowCount(_ table: ResultTable) -> String {
        table.dataRowCount == 1 ? "1 row" : "\(table.dataRowCount) rows"
    }

    static func rowHTML(_ table: ResultTable, _ row: Int) -> String {
        var out = "<tr>"
        for (index, column) in table.columns.enumerated() {
            out += "<td" + alignment(column) + ">" + cell(table.value(row: row, column: index)) + "</td>"
        }
        return out + "</tr>\n"
    }

    /// A cell's text, escaped; a list's items of one word each kept on one line (a
    /// reference such as `MHHSP-IF-001` is not broken at its hyphen), the line breaking
    /// between items and within items of several words.
    static func cell(_ value: Value) -> String {
        guard case .list(let items) = value else { return HTMLEscaping.text(CellText.shown(value, listSeparator: ", ", none: "")) }
        return items.map { item in
            item.contains(" ") ? HTMLEscaping.text(item) : "<span class=\"nowrap\">" + HTMLEscaping.text(item) + "</span>"
        }.joined(separator: ", ")
    }

    /// Numbers right-aligned; a month or a kind kept on one line.
    static func alignment(_ column: ResultTable.Column) -> String {
        switch column.type {
        case .integer: " class=\"num\""
        case .month, .kind: " class=\"nowrap\""
        case .list, .text: ""
        }
    }
}
