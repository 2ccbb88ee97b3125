import RegisterCSV
import ReportText

/// What a path names wherever a register file is accepted (`-r`, `.load`, a history's
/// reports, `regq reconcile -r`, `regq sql -r`): the one place that tells the kinds of
/// register file apart, so that a new kind (a workbook, a report's text) is a new
/// `RegisterSource` and one line here. Nil names the embedded register.
public func registerSource(path: String?) -> any RegisterSource {
    guard let path else { return EmbeddedRegisterSource() }
    if ReportTextFile.isReportText(path: path) { return ReportTextFile(path: path) }
    return RegisterFile(path: path)
}

/// The kinds of file a history folder holds reports in, by their names' extensions.
public let registerFileExtensions = ["csv", "txt"]
