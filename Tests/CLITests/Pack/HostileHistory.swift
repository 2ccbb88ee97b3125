import Foundation
import TestSupport

/// Two reports whose names and blockers hold markup, script and quotes, and whose DAG
/// forecasts slip from one to the next, so that they reach every kind of place a pack
/// writes a value: table cells, chart labels, SVG titles, statements.
enum HostileHistory {
    static let script = "<script>document.body.setAttribute('data-pwned','1')</script>"
    static let image = "<img src=x onerror=\"document.title='pwned'\">"
    static let table = "</table><b>bold</b> \"double\" 'single'"

    static func rows(dag: String) -> String {
        RegisterText.csv("""
            IF,MHHSP-IF-901,"\(script.replacing("\"", with: "\"\""))",BPRWG,Registration,Blocked,"\(image.replacing("\"", with: "\"\""))",Mar-22,Apr-22,\(dag)
            IF,MHHSP-IF-902,"\(table.replacing("\"", with: "\"\""))",BPRWG,Registration,Blocked,"\(table.replacing("\"", with: "\"\""))",Mar-22,Apr-22,\(dag)
            BP,MHHSP-BP901,Change of Supplier,BPRWG,Registration,Sub-Group Review,,Mar-22,TBC,Jun-22

            """)
    }

    /// A folder of the two reports, Jan-22 and Feb-22 (the DAG slips from May-22 to Jul-22).
    static func folder() throws -> String {
        let folder = try TemporaryFiles.folder()
        try rows(dag: "May-22").write(toFile: folder + "/2022-01.csv", atomically: true, encoding: .utf8)
        try rows(dag: "Jul-22").write(toFile: folder + "/2022-02.csv", atomically: true, encoding: .utf8)
        return folder
    }
}
