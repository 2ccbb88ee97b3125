/// Rows shown one below another, one `field: value` line for each cell, for results too
/// wide to show side by side: every column is shown and no value is cut — a long value
/// wraps onto lines indented under its first. A diff's unchanged cells are left out, so
/// each artefact shows what identifies it and what changed.
///
///     ── row 1 ──
///     kind:     BP
///     name:     Change of Supplier
enum VerticalFormatter {
    static func render(_ cells: TableCells, width: Int?, unicode: Bool, stoppingWhen stop: () -> Bool = { false }) -> String {
        let ellipsis = unicode ? "…" : "..."
        let dash = unicode ? "──" : "--"
        var labelWidth = cells.headers.map(DisplayWidth.of).max() ?? 0
        // Up to half the width, so that long headers (a pivot's values) stay apart.
        if let width { labelWidth = min(labelWidth, max(8, width / 2)) }
        let labels = cells.headers.map { header -> String in
            let label = DisplayWidth.truncate(header, to: labelWidth, ellipsis: ellipsis) + ":"
            return DisplayWidth.pad(label, textWidth: DisplayWidth.of(label), to: labelWidth + 2, right: false)
        }
        let indent = String(repeating: " ", count: labelWidth + 2)
        let valueWidth = width.map { max(1, $0 - labelWidth - 2) }

        var out = ""
        for (index, row) in cells.rows.enumerated() {
            if RenderStop.before(index, stop) { break }
            let isTotal = cells.hasTotalRow && index == cells.rows.count - 1
            out += dash + (isTotal ? " total " : " row \(index + 1) ") + dash + "\n"
            for (column, value) in row.enumerated() where !(value.isEmpty && cells.blankIsUnchanged[column]) {
                let lines = valueWidth.map { TextWrap.lines(value, width: $0) } ?? [value]
                out += (labels[column] + lines[0]).trimmingSpaces() + "\n"
                for line in lines.dropFirst() { out += indent + line + "\n" }
            }
        }
        return out + cells.countLine + "\n"
    }
}
