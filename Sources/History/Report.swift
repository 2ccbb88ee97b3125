import ColumnStore
import RegisterFiles
import RegisterModel

/// One monthly status report: the register it publishes, and the month and file it
/// comes from.
public struct Report: Sendable {
    /// The report's month (`Mar-22`), from its file's name or its `-r MONTH=FILE`.
    public let month: Month
    /// The file it was read from, as named (`history/2022-03.csv`).
    public let file: String
    /// Its columns: every field, or, for a batch run, those its statements read and those
    /// pairing compares (`pairedBy`).
    public let register: any RegisterColumns

    /// The fields pairing compares, loaded in every report.
    public static let pairedBy: FieldSet = [FieldSet(.kind), FieldSet(.ref), FieldSet(.name)]

    public init(month: Month, file: String, register: any RegisterColumns) {
        precondition(register.built.fields.isSuperset(of: Self.pairedBy), "a report holds what pairing compares")
        self.month = month
        self.file = file
        self.register = register
    }

    /// The register whole; nil when the report was loaded in part.
    public var wholeRegister: Register? { register as? Register }
}

/// A report's file and the month it is the report of, before it is read.
public struct ReportFile: Sendable, Equatable {
    public let month: Month
    public let path: String

    public init(month: Month, path: String) {
        self.month = month
        self.path = path
    }

    /// The month a report's file name gives: `2022-03.csv`, `Mar-22.xlsx` or `Mar-22.txt` (any case of
    /// the extension), the folder left out; nil for a name that is no month (TBC included).
    public static func month(ofFileName name: String) -> Month? {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let type = registerFileExtensions.first(where: { base.lowercased().hasSuffix("." + $0) }) else { return nil }
        guard let month = Month(parsing: base.dropLast(type.count + 1)), !month.isTBC else { return nil }
        return month
    }

    /// Whether a folder's entry is to be read as a report: a register file that is not
    /// hidden (`._2022-03.csv`, a copy's resource fork, is not a report).
    static func isReportName(_ name: String) -> Bool {
        !name.hasPrefix(".") && registerFileExtensions.contains { name.lowercased().hasSuffix("." + $0) }
    }
}
