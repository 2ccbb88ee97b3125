import ColumnStore
import Output
import Commands
import Pack
import QueryLanguage

/// The standard pack's last section over the embedded register: the figures the report's
/// summary tables publish beside those the register gives (`regq reconcile`).
enum PackReconciliation {
    static func parts(register: Register) -> [PackPart] {
        guard case .success(let summary) = SummaryFile.read(SourceFile(name: Reconcile.embeddedName, text: embeddedSummaryCSV)) else { return [] }
        let outcome = Reconcile.reconcile(summary, register: register)
        guard let table = outcome.table else { return [] }
        let caption = "Published figures beside the register (\(outcome.differing) of \(table.dataRowCount) differ)"
        return [.html("<h2>Reconciliation</h2>\n<p>Each figure the report's summary tables publish, beside the figure its query gives from the register, and the difference (computed − published).</p>\n"
            + "<div class=\"result\">\n<p class=\"statement\"><code>regq reconcile</code></p>\n"
            + HTMLTable.render(table, caption: caption) + "</div>\n")]
    }
}
