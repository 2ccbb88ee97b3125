/// Why a file could not be read as a workbook at all, in one sentence a person can act
/// on: never the zip or XML reader's own words.
enum WorkbookFailure: Error, Equatable {
    /// An Excel 97–2003 file (an OLE compound document).
    case oldExcel
    /// An OLE compound document that holds a password-protected workbook.
    case encrypted
    /// A zip archive that holds no workbook.
    case notWorkbook
    case damaged(String)
    /// A part that inflates beyond what a register could need.
    case tooLarge(part: String, limit: Int)
    /// Something in a sheet no spreadsheet program writes (a row beyond the last, a tag too long).
    case malformed(String)
    /// `--sheet` named a sheet the workbook does not have (the names it has).
    case noSuchSheet(String, [String])

    var sentence: String {
        switch self {
        case .oldExcel:
            "this is an Excel 97-2003 workbook (.xls), which regq does not read: save it as an Excel Workbook (.xlsx) or as CSV"
        case .encrypted:
            "this workbook is protected by a password (encrypted), which regq does not read: save a copy without the password"
        case .notWorkbook:
            "this is a zip archive but not an Excel workbook (it has no workbook part): save the register as .xlsx or CSV"
        case .damaged(let reason):
            "the workbook is damaged: \(reason); open it in Excel or LibreOffice and save it again"
        case .tooLarge(let part, let limit):
            "the workbook's part \(part) inflates to more than \(limit >> 20) MB, far more than any register needs: refused"
        case .malformed(let reason):
            "the workbook is not as a spreadsheet program writes it: \(reason)"
        case .noSuchSheet(let wanted, let sheets):
            "the workbook has no sheet '\(wanted)' (--sheet takes a sheet's name or its number from 1; its sheets: "
                + sheets.map { "'\($0)'" }.joined(separator: ", ") + ")"
        }
    }
}
