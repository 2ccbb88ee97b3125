import ColumnStore
import RegisterCSV
import RegisterModel

/// A report's text as a register source (`-r Mar-22.txt`, a history folder of `.txt`
/// reports): its detail tables read as a register, its cells told apart by the values
/// `known` holds.
public struct ReportTextFile: RegisterSource {
    public let path: String
    /// The values that tell run-together cells apart: the embedded register's unless
    /// given (a history gives the previous report's).
    public var known: KnownValues?

    public init(path: String, known: KnownValues? = nil) {
        self.path = path
        self.known = known
    }

    public var name: String { path }

    public func load() -> Result<LoadedRegister<Register>, RegisterError> {
        read().map { LoadedRegister($0.register) }
    }

    /// The register and the published figures.
    public func read() -> Result<ImportedReport, RegisterError> {
        switch FileBytes.read(path: path) {
        case .success(let bytes): ReportReader.read(bytes: bytes, file: path, known: known ?? .embedded)
        case .failure(let failure): .failure(RegisterError(file: path, problems: [RegisterProblem(line: nil, message: "cannot read the report: \(failure.reason)")]))
        }
    }

    /// Whether the file at `path` is a report's text: one beginning with a report page's
    /// title, or named `.txt` unless its first line is a CSV record (a register file saved
    /// as `.txt` is still read as one).
    public static func isReportText(path: String) -> Bool {
        switch firstLine(of: path) {
        case let line? where ReportTable.isTitle(line): true
        case let line?: path.lowercased().hasSuffix(".txt") && !line.text.contains(",")
        case nil: path.lowercased().hasSuffix(".txt")
        }
    }

    /// Whether the file's first line with words is a report page's title (`MHHS BPRWG-
    /// Business Design Artefact Status Report`): a report's text, whatever its name.
    public static func beginsWithReportTitle(path: String) -> Bool {
        firstLine(of: path).map(ReportTable.isTitle) ?? false
    }

    /// The file's first line with words. Only a regular file is looked into: what is read
    /// from a pipe would be lost to its reader.
    static func firstLine(of path: String) -> ReportLine? {
        guard Directory.isRegularFile(path), let bytes = FilePrefix.bytes(of: path, count: 4096) else { return nil }
        return ReportLine.lines(of: String(decoding: bytes, as: UTF8.self)).first { !$0.isBlank }
    }
}
