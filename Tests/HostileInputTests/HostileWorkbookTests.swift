import Foundation
import TestSupport
import Testing

extension HostileInput {
    /// Workbooks made to hurt a reader (Tests/Fixtures/workbooks, made by
    /// scripts/make-workbook-fixtures.py): each ends in a clear error or a bounded answer,
    /// within the time limit, never a signal or unbounded memory.
    @Suite struct HostileWorkbookTests {
        typealias Regq = HostileRunner
        static let folder = Repository.root + "/Tests/Fixtures/workbooks/"

        static func load(_ file: String) throws -> Regq.Run {
            try Regq.run(["-r", folder + file, "-f", "csv", "-e", "select ref, name, dag"])
        }

        /// A zip bomb, refused by the size its table of contents declares, or as it
        /// inflates when that lies; a cell beyond a sheet's last row.
        @Test(arguments: [
            ("hostile-zip-bomb.xlsx", "the workbook's part xl/sharedStrings.xml inflates to more than 32 MB, far more than any register needs: refused"),
            ("hostile-zip-bomb-lying.xlsx", "the workbook's part xl/sharedStrings.xml inflates to more than 32 MB, far more than any register needs: refused"),
            ("hostile-beyond-last-row.xlsx", "has a cell at A99999999, beyond a sheet's last row (1048576) or column (XFD)"),
        ])
        func refusedInASentence(_ file: String, _ message: String) throws {
            let run = try Self.load(file)
            HostileQueryTests.expectWellBehaved(run, status: 2, file)
            #expect(run.err.contains(message), "\(run.err)")
        }

        /// A cell at XFD1048576, XML nested 100,000 deep in a cell outside the register's
        /// columns, a merged range over a million rows: the one-row register, read.
        @Test(arguments: ["hostile-last-cell.xlsx", "hostile-nested.xlsx", "hostile-merged-million.xlsx"])
        func readWithABoundedAnswer(_ file: String) throws {
            let run = try Self.load(file)
            HostileQueryTests.expectWellBehaved(run, status: 0, file)
            #expect(run.out == "ref,name,dag\nMHHSP-IF-001,Market Messages,May-22\n")
        }
    }
}
