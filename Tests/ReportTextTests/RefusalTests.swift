import ColumnStore
import RegisterCSV
import RegisterModel
import Testing
@testable import ReportText

/// Every message a report's text can be refused with, each naming its line; and the
/// notes for summary rows left out.
@Suite struct RefusalTests {
    /// A page of business process maps: the title on line 1, a heading on line 2, rows
    /// from line 4.
    static let processMaps = "MHHS BPRWG- Business Process Diagrams- Current Status\nReference Name Status Sub-Group(s) Sub-Group Activity Complete\n\n"
    static let interfaces = "MHHS BPRWG- Interface Specifications- Current Status\nReference Name Status Sub-Group(s) Sub-Group Activity Complete\n\n"
    static let globals = "MHHS BPRWG- Global Artefacts- Current Status\nReference Name Status Sub-Group(s) Sub-Group Activity Complete\n\n"
    static let technical = "MHHS TDWG & SDWG- Technical Design Artefacts- Current Status\n Working \nGroup\n\n"

    /// The problems a text is refused with, each `FILE:LINE: message`.
    static func problems(_ text: String, known: KnownValues = .embedded) -> [String] {
        switch ReportReader.read(bytes: Array(text.utf8), file: "Mar-22.txt", known: known) {
        case .success: return []
        case .failure(let error): return error.description.split(separator: "\n").dropLast().map(String.init)
        }
    }

    @Test func anUnknownStatusRunTogetherWithANewName() {
        #expect(Self.problems(Self.interfaces + "MHHSP-IF-099 Brand New Interface Awaiting Sign Off Registration Mar-22 Apr-22 May-22\n")
            == ["Mar-22.txt:4: cannot tell the name from the status in 'MHHSP-IF-099 Brand New Interface Awaiting Sign Off Registration Mar-22 Apr-22 May-22'"])
    }

    @Test func anUnknownStatusRunTogetherWithAKnownNameThatAKnownStatusEnds() {
        // "Data Catalogue" is a known name, "Maintenance" a known status: either could be
        // the cell the text does not know.
        #expect(Self.problems(Self.globals + "Data Catalogue Under Maintenance All Mar-22 Mar-22 Apr-22\n")
            == ["Mar-22.txt:4: cannot tell the name from the status in 'Data Catalogue Under Maintenance All Mar-22 Mar-22 Apr-22'"])
    }

    @Test func aNewStatusHoldingAKnownOne() {
        // The text marks wraps with a space (line 4), so the bare break after "New" would
        // end the name, and "Name Sub-Group Review" be a new status; but "Sub-Group
        // Review" is a known one, and the break may be a wrap whose space was lost.
        let text = Self.processMaps + "MHHSP-BP001 Change of Supplier \nBlocked- Change of Agent Registration Mar-22 Apr-22 May-22\n"
            + "MHHSP-BP099 Brand New\nName Sub-Group Review Registration Mar-22 Apr-22 May-22\n"
        #expect(Self.problems(text) == ["Mar-22.txt:7: cannot tell the name from the status in 'Name Sub-Group Review Registration Mar-22 Apr-22 May-22'"])
        // With no line ending in a space, no break is bare: the known status ends the name.
        let unmarked = Self.processMaps + "MHHSP-BP099 Brand New\nName Sub-Group Review Registration Mar-22 Apr-22 May-22\n"
        let imported = try? ReportReader.read(bytes: Array(unmarked.utf8), file: "Mar-22.txt", known: .embedded).get()
        #expect(imported.map { $0.register.artefact(at: 0).name } == "Brand New Name")
    }

    @Test func aRowWithoutItsStatus() {
        #expect(Self.problems(Self.processMaps + "MHHSP-BP099 Meter Reading\nRegistration Mar-22 Apr-22 May-22\n")
            == ["Mar-22.txt:4: cannot tell the name from the status in 'MHHSP-BP099 Meter Reading'"])
        #expect(Self.problems(Self.processMaps + "MHHSP-BP099 Meter Reading Mar-22 Apr-22 May-22\n")
            == ["Mar-22.txt:4: cannot read 'Meter Reading' as name, status and sub-groups"])
    }

    @Test func aTechnicalRowWithoutItsStatus() {
        #expect(Self.problems(Self.technical + "SDWG\n\nDPIA Jan-22 Apr-22 May-22\n")
            == ["Mar-22.txt:7: cannot read 'DPIA' as name, blocking issues and status"])
    }

    @Test func twoNewSubGroupsOrOneWrapped() {
        #expect(Self.problems(Self.processMaps + "MHHSP-BP001 Change of Supplier\nSub-Group Review North \nSouth Mar-22 Apr-22 May-22\n")
            == ["Mar-22.txt:6: cannot tell the sub-groups apart in 'South Mar-22 Apr-22 May-22'"])
    }

    @Test func aNewStatusThatCouldBeABlockingIssueAndAStatus() {
        #expect(Self.problems(Self.technical + "TDWG\n\nDPIA Awaiting Legal Review Pending Jan-22 Apr-22 May-22\n")
            == ["Mar-22.txt:7: cannot tell the blocking issue from the status in 'DPIA Awaiting Legal Review Pending Jan-22 Apr-22 May-22'"])
    }

    @Test func aGarbledMonth() {
        #expect(Self.problems(Self.processMaps + "MHHSP-BP001 Change of Supplier\nBlocked- Change of Agent Registration\n\nMar-22 Aprr-22 May-22\n")
            == ["Mar-22.txt:7: 'Aprr-22' is not a month (expected Mon-YY or TBC)"])
    }

    @Test func aRowThatNeverEnds() {
        #expect(Self.problems(Self.processMaps + "MHHSP-BP001 Change of Supplier\nBlocked- Change of Agent Registration\n")
            == ["Mar-22.txt:4: 'MHHSP-BP001 Change of Supplier' starts a row that does not end in three months (Mon-YY or TBC)"])
    }

    @Test func monthsBrokenOverLines() {
        #expect(Self.problems(Self.processMaps + "MHHSP-BP001 Change of Supplier Blocked- Change of Agent Registration Mar-22\nApr-22 May-22\n"
                              + "MHHSP-BP002 Change of Agent - Metering Service Blocked- Change of Agent Registration Mar-22 Apr-22 May-22\n")
            == ["Mar-22.txt:4: cannot tell where the row's cells end: 'Mar-22' stands before its three months in 'MHHSP-BP001 Change of Supplier Blocked- Change of Agent Registration Mar-22'"])
    }

    @Test func aRowWithoutItsReference() {
        #expect(Self.problems(Self.processMaps + "Change of Supplier\nBlocked- Change of Agent Registration Mar-22 Apr-22 May-22\n")
            == ["Mar-22.txt:4: no reference before 'Change of Supplier' (a row of this table starts with its reference, or TBC)"])
    }

    @Test func monthsWithNothingBefore() {
        #expect(Self.problems(Self.processMaps + "MHHSP-BP001 Mar-22 Apr-22 May-22\n")
            == ["Mar-22.txt:4: no name or status before the months in 'MHHSP-BP001 Mar-22 Apr-22 May-22'"])
    }

    @Test func aTechnicalRowBeforeItsWorkingGroup() {
        #expect(Self.problems(Self.technical + "DPIA Initial view from AWG reviewed Jan-22 Apr-22 May-22\n")
            == ["Mar-22.txt:5: 'DPIA Initial view from AWG reviewed Jan-22 Apr-22 May-22' comes before the working group line (TDWG or SDWG) it belongs under"])
    }

    @Test func aPageTitleNotKnown() {
        #expect(Self.problems(Self.processMaps + "MHHS BPRWG- Migration Artefacts- Current Status\n")
            == ["Mar-22.txt:4: a page title regq does not know: 'MHHS BPRWG- Migration Artefacts- Current Status' (expected a table's title such as 'MHHS BPRWG- Interface Specifications- Current Status')"])
    }

    @Test func aTextThatIsNotAReport() {
        #expect(Self.problems("kind,ref,name\nBP,MHHSP-BP001,Change of Supplier\n")
            == ["Mar-22.txt: not a status report: no page titled as a detail table of the report (such as 'MHHS BPRWG- Interface Specifications- Current Status')"])
        #expect(Self.problems("") == Self.problems("kind,ref,name\n"))
    }

    @Test func bytesThatAreNotUTF8() {
        let refused = ReportReader.read(bytes: Array(Self.processMaps.utf8) + [0xFF, 0x0A], file: "Mar-22.txt", known: .embedded)
        #expect(throws: RegisterError.self) { try refused.get() }
        if case .failure(let error) = refused {
            #expect(error.description == "Mar-22.txt: bytes that are not UTF-8 (save the text as UTF-8)\nMar-22.txt: register refused: nothing was loaded")
        }
    }

    @Test func aFileThatCannotBeRead() {
        let refused = ReportTextFile(path: "/nonexistent/Mar-22.txt").load()
        if case .failure(let error) = refused {
            #expect(error.description.hasPrefix("/nonexistent/Mar-22.txt: cannot read the report: no such file or directory\n"))
        } else {
            Issue.record("a missing file was read")
        }
    }

    @Test func rowsRunTogether() {
        let words = (1 ... 81).map { "w\($0)" }.joined(separator: " ")
        #expect(Self.problems(Self.processMaps + "MHHSP-BP001 " + words + " Mar-22 Apr-22 May-22\n")
            == ["Mar-22.txt:4: 'MHHSP-BP001 \(words) Mar-22 Apr-22 May-22' starts a row of 81 words before its months: too long to be one row (rows run together?)"])
    }

    @Test func aRowWithTooManyWaysToBeRead() {
        let lines = String(repeating: "Smart \n", count: 70)
        let refused = Self.problems(Self.processMaps + "MHHSP-BP001 Change of Supplier\nSub-Group Review " + lines + "Mar-22 Apr-22 May-22\n")
        #expect(refused.count == 1)
        #expect(refused.first?.hasPrefix("Mar-22.txt:4: cannot tell the cells of 'Change of Supplier Sub-Group Review Smart Smart ") == true)
        #expect(refused.first?.hasSuffix(" Smart' apart: it has too many ways to be read") == true)
    }

    @Test func everyProblemIsListedUpToTheCap() {
        let rows = (1 ... 30).map { "MHHSP-BP0\($0 + 10) Mar-22 Apr-22 May-22\n" }.joined()
        let lines = Self.problems(Self.processMaps + rows)
        #expect(lines.count == RegisterReader.problemCap + 1)
        #expect(lines.last == "Mar-22.txt: … and 10 more problems")
    }

    // MARK: - Summary rows left out

    @Test func summaryRowsThatCannotBePlaced() throws {
        let text = """
            MHHS BPRWG- Business Design Artefact Status Report
            Feb Mar Apr Feb Mar Apr
            Business Process Maps 20 5 15
            Key Blocking Issues No. of Artefacts
            Blocked
            Change of Agent Forecast DAG discussion 17
            MHHS TDWG & SDWG- Technical Design Artefact Status Report
            Technical Design Artefacts
            """ + "\n" + Self.processMaps + "MHHSP-BP001 Change of Supplier Blocked- Change of Agent Registration Mar-22 Apr-22 May-22\n"
        let imported = try ReportReader.read(bytes: Array(text.utf8), file: "Mar-22.txt", known: .embedded).get()
        #expect(imported.summaryNotes == [
            "Mar-22.txt:3: 'Business Process Maps' in the business design summary has 3 figures for 12 columns; left out",
            "Mar-22.txt:6: cannot tell the blocker in 'Change of Agent Forecast DAG discussion' of the key blocking issues (expected 'Blocker- comment'); left out",
            "Mar-22.txt:7: no line of forecast months under the technical design summary; it is left out",
        ])
        #expect(imported.summaryCSV == "table,row,column,published,query\n")
    }

    @Test func noSummaryPage() throws {
        let text = Self.processMaps + "MHHSP-BP001 Change of Supplier Blocked- Change of Agent Registration Mar-22 Apr-22 May-22\n"
        let imported = try ReportReader.read(bytes: Array(text.utf8), file: "Mar-22.txt", known: .embedded).get()
        #expect(imported.summaryNotes == ["Mar-22.txt: no business design summary page (titled 'MHHS BPRWG- Business Design Artefact Status Report'); no figures of it written"])
        #expect(imported.summaryCSV == "table,row,column,published,query\n")
    }

    @Test func aSummaryRowNamingNoKind() throws {
        let text = """
            MHHS BPRWG- Business Design Artefact Status Report
            Feb Mar Apr Feb Mar Apr
            Migration Artefacts 1 1 0 0 0 0 1 0 0 1 0 0
            MHHS BPRWG- Business Design Artefact Status Report
            """ + "\n" + Self.processMaps + "MHHSP-BP001 Change of Supplier Blocked- Change of Agent Registration Mar-22 Apr-22 May-22\n"
        let imported = try ReportReader.read(bytes: Array(text.utf8), file: "Mar-22.txt", known: .embedded).get()
        #expect(imported.summaryNotes.count == 13)
        #expect(imported.summaryNotes.first == "Mar-22.txt:4: no line of forecast months (such as 'Feb Mar Apr Feb Mar Apr') under the business design summary; its figures are left out")
        #expect(imported.summaryNotes[1] == "Mar-22.txt:3: 'Migration Artefacts', No. of Docs: no query for this figure (the row names no kind of the register); left out")
    }
}
