import ColumnStore
import RegisterCSV
import RegisterModel
import ReportText

// libFuzzer target: a byte string as a report's text. Besides "no crash, no hang, no
// leak" it checks that
//
// - a refused text gives at least one problem, at most `RegisterReader.problemCap`
//   listed, each naming its line except the file-wide ones;
// - an accepted text's register writes back (`RegisterWriter`) to a file that reads as
//   the same register, and its summary is `table,row,column,published,query` records.

/// The values that tell cells apart (static, so made once).
enum Shared {
    static let known = KnownValues.embedded
}

@_cdecl("LLVMFuzzerTestOneInput")
public func reportFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch ReportReader.read(bytes: bytes, file: "<fuzz>", known: Shared.known) {
    case .failure(let error):
        precondition(!error.problems.isEmpty, "a refusal without a reason")
        precondition(error.problems.count <= RegisterReader.problemCap, "\(error.problems.count) problems listed")
        _ = error.description
    case .success(let imported):
        let written = RegisterWriter.csv(imported.register)
        guard case .success(let again) = RegisterReader.read(bytes: Array(written.utf8), file: "<written>") else {
            fatalError("the imported register does not read back: \(written.debugDescription)")
        }
        precondition(artefacts(again) == artefacts(imported.register), "the imported register reads back different: \(written.debugDescription)")
        guard case .success(let records) = CSVScanner.locatedRecords(in: Array(imported.summaryCSV.utf8)) else {
            fatalError("the summary is not CSV: \(imported.summaryCSV.debugDescription)")
        }
        precondition(records.allSatisfy { $0.fields.count == 5 }, "a summary record without its five fields")
    }
    return 0
}

func artefacts(_ register: Register) -> [Artefact] {
    (0 ..< register.rowCount).map(register.artefact(at:))
}
