import ColumnStore
import RegisterCSV
import RegisterModel
import RegisterXLSX

// libFuzzer target: a byte string as a workbook. An input that starts as a zip archive
// (the seeds, Tests/Fixtures/workbooks) is read as the whole workbook; any other input is
// a worksheet's XML, put into a one-sheet workbook stored without compression, so that
// the fuzzer reaches the sheet scanner past the zip layer. Besides "no crash, no hang, no
// leak" it checks that
//
// - a refused workbook gives at least one and at most `RegisterReader.problemCap` listed
//   problems, and its description names the workbook;
// - an accepted workbook writes back (`RegisterWriter`) to a CSV that reads as the same
//   register (the round trip of SPEC §1.3).

@_cdecl("LLVMFuzzerTestOneInput")
public func workbookFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let bytes = input.starts(with: WorkbookReader.zipMagic) ? input : StoredWorkbook.wrapping(sheet: input)
    switch WorkbookReader.load(bytes: bytes, file: "<fuzz>") {
    case .failure(let error):
        precondition(!error.problems.isEmpty, "a refusal without a reason")
        precondition(error.problems.count <= RegisterReader.problemCap, "\(error.problems.count) problems listed")
        precondition(error.description.contains("<fuzz>"), "a refusal that does not name the workbook")
    case .success(let loaded):
        let register = loaded.register
        let written = RegisterWriter.csv(register)
        guard case .success(let again) = RegisterReader.read(bytes: Array(written.utf8), file: "<written>") else {
            fatalError("the written register does not read back: \(written.debugDescription)")
        }
        precondition((0 ..< again.rowCount).map(again.artefact(at:)) == (0 ..< register.rowCount).map(register.artefact(at:)),
                     "the written register reads back different: \(written.debugDescription)")
    }
    return 0
}

/// A one-sheet workbook whose sheet is the fuzzer's input, its parts stored (method 0).
enum StoredWorkbook {
    static let parts: [(String, String)] = [
        ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
        ("_rels/.rels", #"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/workbook.xml", #"<workbook><sheets><sheet name="Interface Specifications" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        ("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#),
        ("xl/styles.xml", #"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="mmm\-yy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>"#),
    ]

    static func wrapping(sheet: [UInt8]) -> [UInt8] {
        var archive: [UInt8] = [], directory: [UInt8] = []
        let entries = parts.map { ($0.0, Array($0.1.utf8)) } + [("xl/worksheets/sheet1.xml", sheet)]
        for (name, data) in entries {
            let offset = archive.count
            archive += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le32(0) + le32(0)
                + le32(data.count) + le32(data.count) + le16(name.utf8.count) + le16(0) + Array(name.utf8) + data
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le32(0) + le32(0)
                + le32(data.count) + le32(data.count) + le16(name.utf8.count) + le16(0) + le16(0) + le16(0) + le16(0)
                + le32(0) + le32(offset) + Array(name.utf8)
        }
        let start = archive.count
        return archive + directory + le32(0x0605_4B50) + le16(0) + le16(0) + le16(entries.count) + le16(entries.count)
            + le32(directory.count) + le32(start) + le16(0)
    }

    private static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    private static func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
}
