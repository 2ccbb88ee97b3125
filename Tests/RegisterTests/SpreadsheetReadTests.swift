import ColumnStore
@testable import RegisterCSV
import RegisterModel
import Testing

/// What a spreadsheet export brings, read as a person would expect, with a note for
/// each thing assumed; and what is still refused.
@Suite struct SpreadsheetReadTests {
    static let header = "Kind, Ref ,Name,WG,Subgroups,Status,Blocker,SG,Review,DAG"

    func load(_ text: String) -> Result<LoadedRegister<Register>, RegisterError> {
        RegisterReader.load(bytes: Array(text.utf8), file: "sheet.csv")
    }

    func problems(_ text: String) -> String? {
        if case .failure(let error) = load(text) { return error.description }
        return nil
    }

    @Test func headerNamesIgnoreCaseAndSpaces() throws {
        let loaded = try load(Self.header + "\nIF,MHHSP-IF-001,Appointment,BPRWG,Smart,Blocked,,Mar-22,Apr-22,May-22\n").get()
        #expect(loaded.register.rowCount == 1)
        #expect(loaded.register.artefact(at: 0).refs == ["MHHSP-IF-001"])
        #expect(loaded.notes == [])
    }

    @Test func theReportsOwnHeadingsNameTheFields() throws {
        let header = "kind,Reference,Document Type,Working Group,Sub-Group(s),Current Status,Blocking Issue,"
            + "Sub-Group Activity,LEVEL 4 REVIEW, dag review complete "
        let loaded = try load(header + "\nTD,,E2E Solution Architecture,TDWG,,Not Started,,Mar-22,Apr-22,May-22\n").get()
        #expect(loaded.notes == [])
        let artefact = loaded.register.artefact(at: 0)
        #expect(artefact.name == "E2E Solution Architecture")
        #expect(artefact.workingGroup == "TDWG")
        #expect(artefact.status == "Not Started")
        #expect(artefact.dag == Month(year: 2022, month: 5))
    }

    @Test func aTitleRowAboveTheHeaderIsSaidToBeOne() {
        #expect(problems("MHHS Design Artefacts,,,,,,,,,\n" + Self.header + "\n") == """
            sheet.csv:1: the first line names no register column (it reads 'MHHS Design Artefacts'): the header \
            (kind,ref,name,wg,subgroups,status,blocker,sg,review,dag, or the report's headings) must be the first line; \
            a title row above it is not read
            sheet.csv: register refused: nothing was loaded
            """)
    }

    @Test func columnsOutsideTheSchemaAreIgnoredWithOneNote() throws {
        let one = try load("owner," + Self.header + "\nAnn,IF,r,n,BPRWG,,Blocked,,Mar-22,Apr-22,May-22\n").get()
        #expect(one.register.artefact(at: 0).kind == .interfaceSpecification)
        #expect(one.notes == ["sheet.csv: column 'owner' is not a register field; ignored"])
        let several = try load(Self.header + ",Owner,,Comment,\nIF,r,n,BPRWG,,Blocked,,Mar-22,Apr-22,May-22,Ann,,ok,\n").get()
        #expect(several.notes == [
            "sheet.csv: columns 'Owner', 'Comment' are not register fields; ignored",
            "sheet.csv: 2 columns with no name; ignored",
        ])
    }

    @Test func emptyRowsAreSkippedAndCellsTrimmed() throws {
        let text = Self.header + "\r\n,,,,,,,,,\r\n IF , MHHSP-IF-001 ,  Appointment ,BPRWG, Smart ; All ,\" Blocked \",,Mar-22 , Apr-22,May-22\r\n ,, , ,,,,,,\r\n,,,,,,,,,\r\n"
        let loaded = try load(text).get()
        #expect(loaded.register.rowCount == 1)
        #expect(loaded.register.artefact(at: 0) == Artefact(
            kind: .interfaceSpecification, refs: ["MHHSP-IF-001"], name: "Appointment", workingGroup: "BPRWG",
            subgroups: ["Smart", "All"], status: "Blocked", blockers: [],
            sg: Month(year: 2022, month: 3), review: Month(year: 2022, month: 4), dag: Month(year: 2022, month: 5)))
        #expect(loaded.notes == [])
    }

    @Test func blankMonthsAreTBCAndCounted() throws {
        let one = try load(Self.header + "\nIF,r,n,BPRWG,,Blocked,,Mar-22,,May-22\n").get()
        #expect(one.register.artefact(at: 0).review == .tbc)
        #expect(one.notes == ["sheet.csv: 1 blank month cell read as TBC"])
        let three = try load(Self.header + "\nIF,r,n,BPRWG,,Blocked,,,\"\",May-22\nBP,r,n,BPRWG,,Blocked,,Mar-22,Apr-22,  \n").get()
        #expect(three.register.artefact(at: 1).dag == .tbc)
        #expect(three.notes == ["sheet.csv: 3 blank month cells read as TBC"])
    }

    /// Blank months are counted in every chunk of a large file, once each.
    @Test(arguments: [1, 3])
    func blankMonthsAreCountedAcrossChunks(chunks: Int) throws {
        let rows = (0 ..< 9_000).map { i in "IF,r\(i),n,BPRWG,,Blocked,,Mar-22,\(i % 3 == 0 ? "" : "Apr-22"),May-22\n" }.joined()
        let loaded = try Array((Self.header + "\n" + rows).utf8).withUnsafeBufferPointer {
            RegisterReader.load($0, file: "big.csv", release: nil, chunks: chunks)
        }.get()
        #expect(loaded.register.built.rowCount == 9_000)
        #expect(loaded.notes == ["big.csv: 3000 blank month cells read as TBC"])
    }

    @Test func badExportsAreStillRefusedWhole() {
        #expect(problems("\u{FEFF}" + Self.header + "\r\nIF,r,n,BPRWG,,Blocked,,Mar-22,Apr-22, Mayy-22 \r\n,,,,,,,,,\r\n") == """
            sheet.csv:2: column 'dag': 'Mayy-22' is not a month (expected Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)
            sheet.csv: register refused: nothing was loaded
            """)
        #expect(problems(Self.header + ",dag\n") == """
            sheet.csv:1: duplicate column 'dag'
            sheet.csv: register refused: nothing was loaded
            """)
        #expect(problems("Kind,Ref,Name,WG,Subgroups,Status,Blocker,SG,Review,Owner\n") == """
            sheet.csv:1: unknown column 'Owner' (the header is kind,ref,name,wg,subgroups,status,blocker,sg,review,dag, in any order)
            sheet.csv:1: missing column 'dag'
            sheet.csv: register refused: nothing was loaded
            """)
        #expect(problems(Self.header + ",owner\nIF,r,n,BPRWG,,Blocked,,Mar-22,Apr-22,May-22\n,,,\n") == """
            sheet.csv:2: expected 11 fields, found 10
            sheet.csv:3: expected 11 fields, found 4
            sheet.csv: register refused: nothing was loaded
            """)
        #expect(problems(Self.header + "\n,r,n,BPRWG,,Blocked,,Mar-22,Apr-22,May-22\n") == """
            sheet.csv:2: column 'kind': '' is not a kind (expected BP, IF, BRS, GA or TD)
            sheet.csv: register refused: nothing was loaded
            """)
    }
}
