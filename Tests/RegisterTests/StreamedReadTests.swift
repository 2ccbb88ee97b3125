import ColumnStore
@testable import RegisterCSV
import RegisterModel
import TestSupport
import Testing

/// A streamed read hands a file's rows to one sink per chunk, a batch at a time: taken in
/// order, the batches of the sinks kept are the register a whole read builds, whatever
/// the chunks and the batch size, and a chunk whose start was a bad guess leaves no trace.
@Suite struct StreamedReadTests {
    /// Keeps every batch it is given, for comparing with a whole read.
    final class KeepingSink: RecordBatchSink {
        let batchRows: Int
        var batches: [ColumnSet] = []
        init(batchRows: Int) { self.batchRows = batchRows }
        func consume(_ columns: ColumnSet) { batches.append(columns) }
    }

    static let fields = FieldSet([.kind, .name, .subgroups, .status, .dag])

    /// The rows the kept sinks were given, one after another, as one register.
    static func streamed(_ text: String, chunks: Int, batchRows: Int) throws -> (rows: [[String]], batches: [Int]) {
        let read = Array(text.utf8).withUnsafeBufferPointer {
            RegisterReader.records($0, file: "big.csv", fields: fields, locating: false, release: nil, chunks: chunks,
                                   sinks: { KeepingSink(batchRows: batchRows) })
        }
        let sinks = try read.get().sinks.map { $0 as! KeepingSink }
        let batches = sinks.flatMap(\.batches)
        return (batches.flatMap(Self.rows), batches.map(\.rowCount))
    }

    static func rows(_ columns: ColumnSet) -> [[String]] {
        (0 ..< columns.rowCount).map { row in fields.fields.map { columns.cellText(field: $0, row: row) } }
    }

    @Test(arguments: [(1, 7), (2, 1_000), (3, 4_096), (4, 1 << 17)])
    func batchesInOrderAreTheWholeRegister(chunks: Int, batchRows: Int) throws {
        let text = RegisterText.header + ChunkedReadTests.rows(20_000)
        let whole = try ChunkedReadTests.read(text, chunks: 1).get()
        let streamed = try Self.streamed(text, chunks: chunks, batchRows: batchRows)
        #expect(streamed.rows == Self.rows(whole))
        #expect(streamed.batches.allSatisfy { $0 <= batchRows })
    }

    @Test func aBadGuessInsideAQuotedValueLeavesNoBatches() throws {
        let trap = "TD,,\"" + String(repeating: "not,a,record\n", count: 3_000) + "\",TDWG,,Draft,,Mar-22,Apr-22,May-22\n"
        let text = RegisterText.header + ChunkedReadTests.rows(10_000) + trap + ChunkedReadTests.rows(10_000, from: 10_000)
        let whole = try ChunkedReadTests.read(text, chunks: 1).get()
        for chunks in [2, 5] {
            #expect(try Self.streamed(text, chunks: chunks, batchRows: 999).rows == Self.rows(whole), "\(chunks) chunks")
        }
    }

    @Test func aBadRowAnywhereRefusesTheFileAsAWholeReadDoes() {
        var lines = (RegisterText.header + ChunkedReadTests.rows(20_000)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[19_000] = "IF,short"
        let text = lines.joined(separator: "\n")
        let read = Array(text.utf8).withUnsafeBufferPointer {
            RegisterReader.records($0, file: "big.csv", fields: Self.fields, locating: false, release: nil, chunks: 2,
                                   sinks: { KeepingSink(batchRows: 100) })
        }
        guard case .failure(let error) = read else {
            Issue.record("a bad file was streamed")
            return
        }
        #expect(error.description == "big.csv:19001: expected 10 fields, found 2\nbig.csv: register refused: nothing was loaded")
    }
}
