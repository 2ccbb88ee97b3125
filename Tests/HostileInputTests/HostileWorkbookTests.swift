import Foundation
import Testing

extension HostileInput {
    /// Workbooks made to hurt a reader (Tests/Fixtures/workbooks, made by
    /// scripts/make-workbook-fixtures.py): each ends in a clear error or a bounded answer,
    /// within the time limit, never a signal or unbounded memory.
    @Suite struct HostileWorkbookTests {
        typealias Regq = HostileRunner
        static let folder = Regq.root + "/Tests/Fixtures/workbooks/"

        static func load(_ file: String) throws -> Regq.Run {
            try Regq.run(["-r", folder + file, "-f", "csv", "-e", "select ref, name, dag"])
        }

        static let register = "ref,name,dag\nMHHSP-IF-001,Market Messages,May-22\n"

        @Test func aSharedStringTableFarLargerThanAnyRegisterIsRefused() throws {
            let run = try Self.load("hostile-zip-bomb.xlsx")
            HostileQueryTests.expectWellBehaved(run, status: 2, "zip bomb")
            #expect(run.err.contains("the workbook's part xl/sharedStrings.xml inflates to more than 32 MB, far more than any register needs: refused"), "\(run.err)")
        }

        @Test func aSharedStringTableThatLiesAboutItsSizeIsStoppedAsItInflates() throws {
            let run = try Self.load("hostile-zip-bomb-lying.xlsx")
            HostileQueryTests.expectWellBehaved(run, status: 2, "lying zip bomb")
            #expect(run.err.contains("the workbook's part xl/sharedStrings.xml inflates to more than 32 MB"), "\(run.err)")
        }

        @Test func aCellAtTheLastColumnAndRowIsPassedOver() throws {
            let run = try Self.load("hostile-last-cell.xlsx")
            HostileQueryTests.expectWellBehaved(run, status: 0, "XFD1048576")
            #expect(run.out == Self.register)
        }

        @Test func aCellBeyondTheLastRowIsRefused() throws {
            let run = try Self.load("hostile-beyond-last-row.xlsx")
            HostileQueryTests.expectWellBehaved(run, status: 2, "A99999999")
            #expect(run.err.contains("has a cell at A99999999, beyond a sheet's last row (1048576) or column (XFD)"), "\(run.err)")
        }

        @Test func xmlNestedAHundredThousandDeepIsRead() throws {
            let run = try Self.load("hostile-nested.xlsx")
            HostileQueryTests.expectWellBehaved(run, status: 0, "nested XML")
            #expect(run.out == Self.register)
        }

        @Test func aMergedRangeOverAMillionRowsFillsOnlyTheRowsThere() throws {
            let run = try Self.load("hostile-merged-million.xlsx")
            HostileQueryTests.expectWellBehaved(run, status: 0, "merged C2:C1048576")
            #expect(run.out == Self.register)
        }
    }
}
