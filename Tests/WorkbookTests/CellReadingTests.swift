import RegisterModel
@testable import RegisterXLSX
import Testing

/// Cells as a person typed them: months from serial dates, date formats told
/// from number formats, kinds from references and titles, A1 references.
@Suite struct CellReadingTests {
    static func month(_ year: Int, _ month: Int) -> Month { Month(year: year, month: month) }

    @Test func serialDatesInBothSystems() {
        // 44682 is 2022-05-01 in the 1900 system; the same day is 43220 in the 1904 system.
        #expect(CellMonth.month(serial: 44682, date1904: false) == Self.month(2022, 5))
        #expect(CellMonth.month(serial: 44681.99, date1904: false) == Self.month(2022, 4))
        #expect(CellMonth.month(serial: 43220, date1904: true) == Self.month(2022, 5))
        #expect(CellMonth.month(serial: 1, date1904: false) == Self.month(1900, 1))
        #expect(CellMonth.month(serial: 61, date1904: false) == Self.month(1900, 3))
        #expect(CellMonth.month(serial: 0, date1904: true) == Self.month(1904, 1))
        #expect(CellMonth.month(serial: -1, date1904: false) == nil)
        #expect(CellMonth.month(serial: .nan, date1904: false) == nil)
    }

    @Test func dateFormatsAreToldFromNumberFormats() {
        for code in ["mmm-yy", "dd/mm/yyyy", "[$-809]mmm\\-yy;@", "yyyy-mm-dd hh:mm", "mmmm yyyy", "m/d/yy"] {
            #expect(CellStyles.isDateFormat(code), "\(code)")
        }
        for code in ["General", "0.00", "#,##0", "h:mm", "[h]:mm:ss", "0\" days\"", "\\y0"] {
            #expect(!CellStyles.isDateFormat(code), "\(code)")
        }
        #expect(CellStyles.builtInDateFormats.contains(14) && !CellStyles.builtInDateFormats.contains(2))
    }

    @Test func kindsFromReferencesAndTitles() {
        #expect(KindInference.kind(reference: "MHHSP-BP012") == .businessProcess)
        #expect(KindInference.kind(reference: "mhhsp-if-004") == .interfaceSpecification)
        #expect(KindInference.kind(reference: "MHHSP-BRS001") == .businessRequirements)
        #expect(KindInference.kind(reference: "MHHSP-BPD001") == .businessRequirements)
        #expect(KindInference.kind(reference: "DOC-17") == nil)
        #expect(KindInference.kind(title: "Interface Specifications") == .interfaceSpecification)
        #expect(KindInference.kind(title: "MHHS Business Process Maps") == .businessProcess)
        #expect(KindInference.kind(title: "Business Process Descriptions") == .businessRequirements)
        #expect(KindInference.kind(title: "Global Artefacts") == .globalArtefact)
        #expect(KindInference.kind(title: "TDWG - Technical Design Artefacts") == .technicalDesign)
        #expect(KindInference.kind(title: "Sheet1") == nil)
        #expect(KindInference.kind(cell: "if") == .interfaceSpecification)
    }

    @Test func cellReferences() {
        func reference(_ text: String) -> CellReference? { Array(text.utf8).withUnsafeBufferPointer { CellReference($0) } }
        #expect(reference("C7") == CellReference(column: 3, row: 7))
        #expect(reference("$AA$10") == CellReference(column: 27, row: 10))
        #expect(reference("XFD1048576") == CellReference(column: 16_384, row: 1_048_576))
        #expect(reference("XFE1") == nil)
        #expect(reference("A1048577") == nil)
        #expect(reference("7") == nil)
    }
}
