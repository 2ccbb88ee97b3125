import ColumnStore
import RegisterCSV
import RegisterModel

/// Which sheets of a workbook to read: every visible register sheet, or one by name or number.
public enum SheetChoice: Equatable, Sendable {
    case every
    /// A sheet's name (compared as `=` compares text) or its number, counted from 1.
    case named(String)
}

/// Reads a register from an `.xlsx` workbook: its parts from the zip, the sheets in
/// workbook order, each sheet's XML streamed into a grid of its values (never a document
/// tree), then each register sheet's rows checked and built as `SheetRows` reads them.
/// Like the CSV reader, it gives the whole register with notes, or refuses the file with
/// every problem.
public enum WorkbookReader {
    /// The first bytes of a zip archive (an `.xlsx`), and of an OLE compound document (an
    /// old `.xls`, or an encrypted workbook).
    public static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    public static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]

    public static func load(path: String, sheet: SheetChoice = .every) -> Result<LoadedRegister<Register>, RegisterError> {
        switch FileBytes.read(path: path) {
        case .failure(let failure):
            return .failure(.unreadable(path, reason: failure.reason))
        case .success(let bytes):
            return load(bytes: bytes, file: path, sheet: sheet)
        }
    }

    public static func load(bytes: [UInt8], file: String, sheet: SheetChoice = .every) -> Result<LoadedRegister<Register>, RegisterError> {
        do {
            return try read(bytes, file: file, sheet: sheet)
        } catch {
            return .failure(RegisterError(file: file, problems: [RegisterProblem(line: nil, message: error.sentence)]))
        }
    }

    // MARK: Reading

    private static func read(_ bytes: [UInt8], file: String, sheet choice: SheetChoice) throws(WorkbookFailure) -> Result<LoadedRegister<Register>, RegisterError> {
        if bytes.starts(with: oleMagic) { throw isEncrypted(bytes) ? .encrypted : .oldExcel }
        let archive: ZipArchive
        do { archive = try ZipArchive(bytes: bytes) } catch {
            switch error {
            case .notZip: throw .damaged("it is not a zip archive, as every .xlsx is")
            case .damaged(let reason): throw .damaged(reason)
            }
        }
        let parts = try WorkbookParts(archive)
        let sheets = try chosenSheets(parts.listing.sheets, choice)
        var builder = RegisterBuilder()
        var problems = WorkbookProblems()
        var notes: [String] = []
        var passedOver: [String] = []
        var readCount = 0
        for (number, entry) in parts.listing.sheets.enumerated() {
            guard sheets.contains(number) else { continue }
            if entry.isHidden, choice == .every { passedOver.append("'\(entry.name)' (hidden)"); continue }
            guard let path = parts.sheetPaths[entry.relationship] else { throw .damaged("the sheet '\(entry.name)' has no part") }
            var reader = SheetReader(styles: parts.styles, part: path)
            try WorkbookPart.read(path, in: archive, limit: WorkbookPart.sheetLimit, to: &reader)
            let cells = CellTextReader(grid: reader.grid, strings: parts.strings, date1904: parts.listing.date1904)
            guard let layout = SheetLayout(reader.grid, cells: cells) else {
                passedOver.append(choice == .every ? "'\(entry.name)' (no register header in its first \(SheetLayout.searchedRows) rows)" : "'\(entry.name)'")
                continue
            }
            var rows = SheetRows(sheet: entry.name, grid: reader.grid, layout: layout, cells: cells)
            try rows.read(into: &builder, problems: &problems)
            notes += rows.notes
            readCount += 1
        }
        guard problems.total == 0 else {
            return .failure(RegisterError(file: file, problems: problems.listed, totalCount: problems.total))
        }
        guard readCount > 0 else {
            let names = parts.listing.sheets.map { "'\($0.name)'\($0.isHidden ? " (hidden)" : "")" }.joined(separator: ", ")
            let which = choice == .every ? "no sheet has a" : "the sheet \(passedOver.joined()) has no"
            let message = "\(which) register header (a row naming at least the name, the status and a month column, "
                + "such as Name, Status and DAG Review Complete) in its first \(SheetLayout.searchedRows) rows; the workbook's sheets: \(names)"
            return .failure(RegisterError(file: file, problems: [RegisterProblem(line: nil, message: message)]))
        }
        if !passedOver.isEmpty { notes.insert("sheets passed over: " + passedOver.joined(separator: ", "), at: 0) }
        return .success(LoadedRegister(Register(builder.finish()), notes: notes.map { "\(file): \($0)" }))
    }

    /// The indexes of the sheets `choice` names.
    private static func chosenSheets(_ sheets: [WorkbookListing.SheetEntry], _ choice: SheetChoice) throws(WorkbookFailure) -> Set<Int> {
        guard case .named(let wanted) = choice else { return Set(sheets.indices) }
        if let index = sheets.firstIndex(where: { equalityKey($0.name) == equalityKey(wanted) }) { return [index] }
        if let number = Int(wanted), number >= 1, number <= sheets.count { return [number - 1] }
        throw .noSuchSheet(wanted, sheets.map(\.name))
    }

    /// Whether an OLE compound document holds an encrypted workbook: its directory names
    /// a stream `EncryptedPackage` (in UTF-16), as Office writes a password-protected file.
    private static func isEncrypted(_ bytes: [UInt8]) -> Bool {
        let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        guard bytes.count >= name.count else { return false }
        var index = 0
        while index + name.count <= bytes.count {
            if bytes[index] == name[0], bytes[index ..< index + name.count].elementsEqual(name) { return true }
            index += 1
        }
        return false
    }
}
