import Foundation
import ColumnStore
import RegisterCSV
import RegisterModel
import Testing

/// Every way a register file can be refused, each with its exact message; and that a
/// refused file yields no register at all.
@Suite struct RegisterReaderTests {
    static let header = "kind,ref,name,wg,subgroups,status,blocker,sg,review,dag\n"
    static let goodRow = "IF,MHHSP-IF-001,Metering Service Appointment,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22\n"

    func problems(_ text: String) -> String? {
        problems(Array(text.utf8))
    }

    func problems(_ bytes: [UInt8]) -> String? {
        switch RegisterReader.read(bytes: bytes, file: "reg.csv") {
        case .success: nil
        case .failure(let error): error.description
        }
    }

    @Test func readsAGoodFile() throws {
        let register = try RegisterReader.read(bytes: Array((Self.header + Self.goodRow).utf8), file: "reg.csv").get()
        #expect(register.rowCount == 1)
        #expect(register.artefact(at: 0) == Artefact(
            kind: .interfaceSpecification, refs: ["MHHSP-IF-001"], name: "Metering Service Appointment",
            workingGroup: "BPRWG", subgroups: ["Registration"], status: "Blocked", blockers: ["Change of Agent"],
            sg: Month(year: 2022, month: 3), review: Month(year: 2022, month: 4), dag: Month(year: 2022, month: 5)))
    }

    @Test func acceptsColumnsInAnyOrderCRLFAndABOM() throws {
        let text = "dag,review,sg,blocker,status,subgroups,wg,name,ref,kind\r\nTBC,2022-04,mar-22,,Sub-Group Review,Smart; Advanced,BPRWG,\"Data, Collection\",MHHSP-BP004,bp\r\n"
        let register = try RegisterReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "reg.csv").get()
        let artefact = register.artefact(at: 0)
        #expect(artefact.kind == .businessProcess)
        #expect(artefact.name == "Data, Collection")
        #expect(artefact.subgroups == ["Smart", "Advanced"])
        #expect(artefact.blockers == [])
        #expect(artefact.sg == Month(year: 2022, month: 3))
        #expect(artefact.review == Month(year: 2022, month: 4))
        #expect(artefact.dag == .tbc)
    }

    @Test func badMonth() {
        #expect(problems(Self.header + Self.goodRow.replacingMay("Mayy-22")) == """
            reg.csv:2: column 'dag': 'Mayy-22' is not a month (expected Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)
            reg.csv: register refused: nothing was loaded
            """)
    }

    @Test func unknownKind() {
        #expect(problems(Self.header + "XX" + Self.goodRow.dropFirst(2)) == """
            reg.csv:2: column 'kind': 'XX' is not a kind (expected BP, IF, BRS, GA or TD)
            reg.csv: register refused: nothing was loaded
            """)
    }

    @Test func missingUnknownAndDuplicateColumns() {
        #expect(problems("kind,ref,name,wg,subgroups,stauts,blocker,sg,review,review\n") == """
            reg.csv:1: unknown column 'stauts'; did you mean 'status'?
            reg.csv:1: duplicate column 'review'
            reg.csv:1: missing column 'status'
            reg.csv:1: missing column 'dag'
            reg.csv: register refused: nothing was loaded
            """)
    }

    @Test func wrongFieldCount() {
        #expect(problems(Self.header + Self.goodRow + "IF,x,y\n") == """
            reg.csv:3: expected 10 fields, found 3
            reg.csv: register refused: nothing was loaded
            """)
    }

    @Test func unterminatedQuote() {
        #expect(problems(Self.header + Self.goodRow + "IF,\"MHHSP-IF-002,oops\n" + Self.goodRow) == """
            reg.csv:3: unterminated quote: the field opened here never closes
            reg.csv: register refused: nothing was loaded
            """)
    }

    @Test func textAfterAClosingQuote() {
        #expect(problems(Self.header + "IF,\"a\"b,n,BPRWG,,Blocked,,Mar-22,Apr-22,May-22\n") == """
            reg.csv:2: unexpected 'b' after a closing quote (a quote inside a quoted field is written "")
            reg.csv: register refused: nothing was loaded
            """)
    }

    @Test func emptyFile() {
        let expected = """
            reg.csv:1: the file is empty (expected the header kind,ref,name,wg,subgroups,status,blocker,sg,review,dag)
            reg.csv: register refused: nothing was loaded
            """
        #expect(problems("") == expected)
        #expect(problems([0xEF, 0xBB, 0xBF]) == expected)
        #expect(problems("\n\n") == expected)
    }

    @Test func bytesThatAreNotUTF8() {
        var bytes = Array((Self.header + Self.goodRow).utf8)
        bytes += Array("IF,MHHSP-IF-002,Caf".utf8) + [0xE9] + Array(",BPRWG,,Blocked,,Mar-22,Apr-22,May-22\n".utf8)
        #expect(problems(bytes) == """
            reg.csv:3: bytes that are not UTF-8 (save the file as UTF-8)
            reg.csv: register refused: nothing was loaded
            """)
    }

    @Test func listsEveryProblemUpToTheCap() {
        let bad = (0 ..< 25).map { _ in Self.goodRow.replacingMay("May-2x") }.joined()
        let description = problems(Self.header + Self.goodRow + bad)!
        let lines = description.split(separator: "\n")
        #expect(lines.count == RegisterReader.problemCap + 2)
        #expect(lines[0] == "reg.csv:3: column 'dag': 'May-2x' is not a month (expected Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)")
        #expect(lines[19] == "reg.csv:22: column 'dag': 'May-2x' is not a month (expected Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)")
        #expect(lines[20] == "reg.csv: … and 5 more problems")
    }

    @Test func severalProblemsInOneRowAreAllListed() {
        #expect(problems(Self.header + "ZZ,r,n,BPRWG,,Blocked,,Marc-22,Apr-22,13-2022\n") == """
            reg.csv:2: column 'kind': 'ZZ' is not a kind (expected BP, IF, BRS, GA or TD)
            reg.csv:2: column 'sg': 'Marc-22' is not a month (expected Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)
            reg.csv:2: column 'dag': '13-2022' is not a month (expected Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)
            reg.csv: register refused: nothing was loaded
            """)
    }

    @Test func aMissingFileIsReported() {
        guard case .failure(let error) = RegisterReader.read(path: "/nonexistent/reg.csv") else {
            Issue.record("a missing file was read")
            return
        }
        #expect(error.description.hasPrefix("/nonexistent/reg.csv: cannot read the register: no such file or directory"))
    }
}

extension String {
    /// The good row with its dag month replaced.
    func replacingMay(_ replacement: String) -> String {
        guard let range = range(of: "May-22") else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
