import QueryEngine
import RegisterModel

/// What the charts share: the table a chart falls back to, the year line over month
/// columns, and a legend wrapped to the width.
enum ChartText {
    /// The result as a table, with a note saying why it is not a chart.
    static func fallback(_ reason: String, _ table: ResultTable, _ options: OutputOptions) -> Rendering {
        Rendering(text: TableFormatter.render(table, options: options), notes: ["\(reason); shown as a table"])
    }

    /// The chart `draw` makes of a layout, or the result as a table when there is none.
    static func drawn<Layout>(_ layout: Result<Layout, ChartUnfit>, _ table: ResultTable, _ options: OutputOptions,
                              _ draw: (Layout, OutputOptions) -> Rendering) -> Rendering {
        switch layout {
        case .failure(let unfit): fallback(unfit.reason, table, options)
        case .success(let layout): draw(layout, options)
        }
    }

    /// The years over a row of month columns (each at its `position`, in calendar order):
    /// the year above the first column and above every column whose year is not the one
    /// before's. A year is written in full (`2022`) where it has room before the next,
    /// else as `'21` (only for 2000 to 2099, the years two digits stand for; another year
    /// is left out rather than misread).
    static func yearLine(_ columns: [(position: Int, month: Month)]) -> String {
        var starts: [(position: Int, year: Int)] = []
        for column in columns where starts.last?.year != column.month.year {
            starts.append((column.position, column.month.year))
        }
        var line = ""
        for (index, start) in starts.enumerated() {
            let room = index + 1 < starts.count ? starts[index + 1].position - start.position : Int.max
            let full = yearText(start.year)
            let text: String
            if full.count + 1 <= room { text = full }
            else if 3 + 1 <= room, (2000 ... 2099).contains(start.year) {
                text = "'" + (start.year % 100 < 10 ? "0" : "") + String(start.year % 100)
            } else { continue }
            line += String(repeating: " ", count: max(0, start.position - line.count)) + text
        }
        return line
    }

    /// A year in at least four digits, as months write it (`0001`).
    static func yearText(_ year: Int) -> String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The legend's entries, three spaces apart, wrapped to the width.
    static func legend(_ entries: [String], width: Int) -> String {
        var out = ""
        var current = ""
        for entry in entries {
            if !current.isEmpty, DisplayWidth.of(current) + 3 + DisplayWidth.of(entry) > width {
                out += current + "\n"
                current = ""
            }
            current += (current.isEmpty ? "" : "   ") + entry
        }
        return out + current + "\n"
    }

    /// `text` without its trailing spaces.
    static func trimmed(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
