import ColumnStore
@testable import RegisterCSV
import RegisterModel
import TestSupport
import Testing

/// A large register is read in chunks on several threads; whatever the chunks, the
/// result (register or problems) must be what one pass over the file gives.
@Suite struct ChunkedReadTests {
    static func rows(_ count: Int, from start: Int = 0) -> String {
        (start ..< start + count).map { i in
            "IF,MHHSP-IF-\(i),\"Name \(i % 997), with comma\",BPRWG,Smart;Registration,Blocked,Change of Agent,Mar-22,Apr-22,\(i % 7 == 0 ? "TBC" : "May-22")\n"
        }.joined()
    }

    static func read(_ text: String, chunks: Int) -> Result<ColumnSet, RegisterError> {
        Array(text.utf8).withUnsafeBufferPointer { RegisterReader.read($0, file: "big.csv", release: nil, chunks: chunks) }.map(\.built)
    }

    @Test(arguments: [2, 3, 4, 7])
    func chunksGiveTheSameRegisterAsOnePass(chunks: Int) throws {
        let text = RegisterText.header + Self.rows(20_000)
        let whole = try Self.read(text, chunks: 1).get()
        #expect(whole.rowCount == 20_000)
        #expect(try Self.read(text, chunks: chunks).get() == whole)
    }

    /// A quoted value of many lines across the point where the second chunk guesses a
    /// record starts: the guess is wrong and must be discarded.
    @Test func aBadGuessInsideAQuotedValueIsRedone() throws {
        let trap = "TD,,\"" + String(repeating: "not,a,record\n", count: 3_000) + "\",TDWG,,Draft,,Mar-22,Apr-22,May-22\n"
        let text = RegisterText.header + Self.rows(10_000) + trap + Self.rows(10_000, from: 10_000)
        let whole = try Self.read(text, chunks: 1).get()
        #expect(whole.rowCount == 20_001)
        #expect(try Self.read(text, chunks: 2).get() == whole)
        #expect(try Self.read(text, chunks: 5).get() == whole)
    }

    @Test func problemsKeepTheirLinesAcrossChunks() {
        var lines = (RegisterText.header + Self.rows(20_000)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[3] = lines[3].replacingMay("Mayy-22")
        lines[15_000] = "IF,short"
        let text = lines.joined(separator: "\n")
        let expected = """
            big.csv:4: column 'dag': 'Mayy-22' is not a month (expected Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)
            big.csv:15001: expected 10 fields, found 2
            big.csv: register refused: nothing was loaded
            """
        for chunks in [1, 2, 4] {
            guard case .failure(let error) = Self.read(text, chunks: chunks) else {
                Issue.record("a bad file was read in \(chunks) chunks")
                continue
            }
            #expect(error.description == expected, "\(chunks) chunks")
        }
    }

    @Test func invalidUTF8IsFoundInEveryChunk() {
        var bytes = Array((RegisterText.header + Self.rows(20_000)).utf8)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        for line in [100, 18_000] { bytes[lineStarts[line - 1] + 3] = 0xFF } // inside the ref
        for chunks in [1, 2, 3] {
            let result = bytes.withUnsafeBufferPointer { RegisterReader.read($0, file: "big.csv", release: nil, chunks: chunks) }
            guard case .failure(let error) = result else {
                Issue.record("invalid UTF-8 was read in \(chunks) chunks")
                continue
            }
            #expect(error.problems.map(\.line) == [100, 18_000], "\(chunks) chunks")
        }
    }
}
