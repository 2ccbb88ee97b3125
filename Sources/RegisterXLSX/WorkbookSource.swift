import ColumnStore
import RegisterCSV

/// A register kept in an `.xlsx` workbook, as a source: read whole (a workbook is
/// compressed, so there is nothing to skip by reading only some columns).
public struct WorkbookSource: RegisterSource {
    public let path: String
    public let sheet: SheetChoice

    public init(path: String, sheet: SheetChoice = .every) {
        self.path = path
        self.sheet = sheet
    }

    public var name: String { path }

    public func load() -> Result<LoadedRegister<Register>, RegisterError> { WorkbookReader.load(path: path, sheet: sheet) }
}

/// A workbook already read into memory (`-r -`, standard input).
public struct WorkbookBytes: RegisterSource {
    public let name: String
    public let bytes: [UInt8]
    public let sheet: SheetChoice

    public init(name: String, bytes: [UInt8], sheet: SheetChoice = .every) {
        self.name = name
        self.bytes = bytes
        self.sheet = sheet
    }

    public func load() -> Result<LoadedRegister<Register>, RegisterError> { WorkbookReader.load(bytes: bytes, file: name, sheet: sheet) }
}
