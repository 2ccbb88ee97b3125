import RegisterCSV
import RegisterModel
import Testing

/// Cells as a person types them: a blocker typed into the status, commas in list cells.
@Suite struct TypedCellsTests {
    static func blocker(_ status: String) -> String? {
        var status = status
        return status.withUTF8 { bytes in TypedCells.typedBlocker(inStatus: bytes).map { String(decoding: bytes[$0], as: UTF8.self) } }
    }

    static func kept(_ field: Field, _ cell: String, status: String) -> String {
        var cell = cell, status = status
        return cell.withUTF8 { cell in status.withUTF8 { status in String(decoding: TypedCells.kept(field, cell, statusCell: status), as: UTF8.self) } }
    }

    @Test func aBlockerTypedIntoTheStatus() {
        #expect(Self.blocker("Blocked- Change of Agent") == "Change of Agent")
        #expect(Self.blocker("blocked - Interface Approach ") == "Interface Approach")
        #expect(Self.blocker("Blocked: DCC") == "DCC")
        #expect(Self.blocker("Blocked \u{2013} DCC") == "DCC")
        #expect(Self.blocker("Blocked") == nil)
        #expect(Self.blocker("Blocked-") == nil)
        #expect(Self.blocker("Blocked -  ") == nil)
        #expect(Self.blocker("Blockedness") == nil)
        #expect(Self.blocker("Not Started") == nil)
    }

    @Test func theStatusAndBlockerKept() {
        #expect(Self.kept(.status, "Blocked- Change of Agent", status: "Blocked- Change of Agent") == "Blocked")
        #expect(Self.kept(.blocker, "", status: "Blocked- Change of Agent") == "Change of Agent")
        // The row's own blocker wins over one typed into its status.
        #expect(Self.kept(.blocker, "DCC", status: "Blocked- Change of Agent") == "DCC")
        #expect(Self.kept(.status, "Draft Complete", status: "Draft Complete") == "Draft Complete")
        #expect(Self.kept(.name, "Blocked- X", status: "Blocked- X") == "Blocked- X")
    }

    @Test func commasInListCells() {
        var cell = "Smart, Advanced; Metering\nData, Comms;Other"
        #expect(cell.withUTF8 { TypedCells.elementsWithComma($0) } == ["Smart, Advanced", "Data, Comms"])
        cell = "Smart; Advanced"
        #expect(cell.withUTF8 { TypedCells.elementsWithComma($0) } == [])
    }
}
