#if canImport(Glibc)
import Glibc
#endif
import RegisterCSV
import RegisterXLSX
import ReportText

/// What a path names wherever a register file is accepted (`-r`, `.load`, a history's
/// reports, `regq reconcile -r`, `regq sql -r`): the one place that tells the kinds of
/// register file apart, so that a new kind (a workbook, a report's text) is a new
/// `RegisterSource` and one line here. Nil names the embedded register.
///
/// A workbook is told by its content, whatever its name: a zip archive (an `.xlsx`) or an
/// OLE compound document (an old `.xls`, an encrypted workbook, which the workbook reader
/// refuses in a sentence). A file named as a workbook is read as one, so that a damaged
/// `.xlsx` is said to be damaged, not a CSV with a strange header. `sheet` (`--sheet`)
/// chooses one sheet of a workbook.
public func registerSource(path: String?, sheet: String? = nil) -> any RegisterSource {
    guard let path else { return EmbeddedRegisterSource() }
    let namedAsWorkbook = ["xlsx", "xlsm", "xls"].contains { path.lowercased().hasSuffix("." + $0) }
    if isWorkbook(leadingBytes(of: path, count: 4)) || namedAsWorkbook {
        return WorkbookSource(path: path, sheet: sheet.map { .named($0) } ?? .every)
    }
    if ReportTextFile.isReportText(path: path) { return ReportTextFile(path: path) }
    return RegisterFile(path: path)
}

/// A register already read (standard input): a workbook or a CSV, told by its content.
public func registerSource(bytes: [UInt8], name: String, sheet: String? = nil) -> any RegisterSource {
    if isWorkbook(Array(bytes.prefix(4))) { return WorkbookBytes(name: name, bytes: bytes, sheet: sheet.map { .named($0) } ?? .every) }
    return RegisterBytes(name: name, bytes: bytes)
}

/// Whether a file starting with `start` is a workbook (or an old or encrypted one).
private func isWorkbook(_ start: [UInt8]) -> Bool {
    start == WorkbookReader.zipMagic || start == WorkbookReader.oleMagic
}

/// The kinds of file a history folder holds reports in, by their names' extensions.
public let registerFileExtensions = ["csv", "xlsx", "txt"]

/// The first `count` bytes of the file (fewer when it is shorter or cannot be read).
private func leadingBytes(of path: String, count: Int) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return [] }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: count)
    let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, count) }
    return Array(bytes.prefix(max(0, read)))
}
