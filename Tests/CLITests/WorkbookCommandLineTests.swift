import Foundation
import TestSupport
import Testing

/// Workbook registers end to end (SPEC §1.3), through the binary, on the workbooks in
/// Tests/Fixtures/workbooks (its README says how each was made): the tracker as openpyxl
/// writes it (inline strings) and as LibreOffice saves it (shared strings, as Excel does).
@Suite struct WorkbookCommandLineTests {
    typealias CLI = CLIRunner
    static let folder = Repository.root + "/Tests/Fixtures/workbooks"

    func run(_ arguments: [String]) throws -> CLIRunner.Run {
        try CLI.run(arguments, directory: Self.folder)
    }

    static let trackerCSV = RegisterText.header + """
        BP,MHHSP-BP001,Change of Supplier,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
        BP,MHHSP-BP004,Data Collection,BPRWG,Smart;Advanced;Unmetered,Sub-Group Review,,Feb-22,Mar-22,Apr-22
        BRS,MHHSP-BPD001,Registration Process Description,BPRWG,Registration,First Draft Not Complete,,Mar-22,Apr-22,TBC
        IF,MHHSP-IF-001,Market Messages,BPRWG,Smart;Advanced,Blocked,Interface Approach,Mar-22,Apr-22,May-22
        IF,MHHSP-IF-002,Registration Data,BPRWG,"Smart, Advanced",Sub-Group Review,,May-22,Jun-22,Jul-22
        IF,MHHSP-IF-003,Meter Data,BPRWG,Registration,Blocked,Change of Agent,Apr-22,TBC,TBC
        IF,MHHSP-IF-004,Settlement Data,BPRWG,All,Draft Complete,,Mar-22,Apr-22,May-22
        TD,,Design Principles & Assumptions,TDWG,,Agreed,,Nov-21,Jan-22,Feb-22
        TD,,DIP Functional Specification,TDWG,,Initial review by Sub-Group,Addressing;Security Clarifications,Nov-21,Feb-22,Mar-22
        TD,,Architecture Principles,TDWG,,Agreed,,Nov-21,Feb-22,Mar-22
        TD,,E2E Solution Architecture,SDWG,,Not Started,,Mar-22,Apr-22,May-22

        """

    static func trackerNotes(_ file: String) -> String {
        """
        note: \(file): sheets passed over: 'Summary' (no register header in its first 20 rows), 'Old Register' (hidden)
        note: \(file): [Business Processes] header found on row 4
        note: \(file): [Business Processes] no kind column: kind taken from each row's reference prefix, else BP from the sheet's name or title
        note: \(file): [Business Processes] no working group column: BPRWG for business design artefacts
        note: \(file): [Business Processes] no blocker column: blockers taken from statuses written 'Blocked- X'
        note: \(file): [Business Processes] 1 blank month cell read as TBC
        note: \(file): [Interface Specifications] header found on row 3
        note: \(file): [Interface Specifications] no kind column: kind taken from each row's reference prefix, else IF from the sheet's name or title
        note: \(file): [Interface Specifications] no blocker column: blockers taken from statuses written 'Blocked- X'
        note: \(file): [Interface Specifications] columns not register fields, ignored: 'Owner'
        note: \(file): [Interface Specifications] 1 hidden row read as data
        note: \(file): [Interface Specifications] 1 blank month cell read as TBC
        note: \(file): warning: [Interface Specifications] row 5, Sub-Group(s): 'Smart, Advanced' read as one sub-group (a comma does not separate; use ';' or a line break)
        note: \(file): [Technical Design] header found on row 2
        note: \(file): [Technical Design] no kind column: TD from the sheet's name or title
        note: \(file): [Technical Design] no ref column: left empty
        note: \(file): [Technical Design] no subgroups column: left empty

        """
    }

    // MARK: The tracker

    /// Every visible register sheet in order; title rows passed over; the report's
    /// headings; kind from the references or the sheet's name; BPRWG derived; `Blocked- X`
    /// split; lists at `;` and line breaks, a comma kept with a warning; months from date
    /// cells and every text form; a blank month TBC; a merged working group filling its
    /// rows; a hidden row read; a hidden sheet and a summary sheet passed over.
    @Test(arguments: ["tracker.xlsx", "tracker-libreoffice.xlsx"])
    func theTrackerLoadsWithItsNotes(_ file: String) throws {
        let run = try run(["-r", file, "-f", "csv", "-e", "select *"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == Self.trackerCSV)
        #expect(run.stderr == Self.trackerNotes(file))
    }

    @Test func aBlockerTypedIntoTheStatusIsFoundByStatusAndBlocker() throws {
        let run = try run(["-r", "tracker.xlsx", "-f", "csv", "-e", "select ref where status = blocked and blocker = 'change of agent'"])
        #expect(run.stdout == "ref\nMHHSP-BP001\nMHHSP-IF-003\n")
    }

    @Test func theRoundTripGivesTheSameRegister() throws {
        let exported = try run(["-r", "tracker.xlsx", "-f", "csv", "-e", "select *"])
        let file = try TemporaryFiles.file("tracker.csv", exported.stdout)
        let again = try run(["-r", file, "-f", "csv", "-e", "select *"])
        #expect(again.status == 0)
        // Its one list cell with a comma is still named: the CSV holds the same register.
        #expect(again.stderr == "note: \(file): warning: line 6, column 'subgroups': 'Smart, Advanced' read as one sub-group (a comma does not separate; use ';' or a line break)\n")
        #expect(again.stdout == exported.stdout)
    }

    @Test func aWorkbookIsToldByItsContentNotItsName() throws {
        let folder = try TemporaryFiles.folder()
        let copy = folder + "/register.csv"
        try FileManager.default.copyItem(atPath: Self.folder + "/tracker.xlsx", toPath: copy)
        let run = try run(["-r", copy, "-f", "csv", "-e", "select count(*)"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "count\n11\n")
    }

    @Test func theDate1904SystemGivesTheSameMonths() throws {
        let run = try run(["-r", "date1904.xlsx", "-f", "csv", "-e", "select ref, sg, review, dag"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            ref,sg,review,dag
            MHHSP-BP001,Mar-22,Apr-22,May-22
            MHHSP-BP004,Feb-22,Mar-22,Apr-22
            MHHSP-BPD001,Mar-22,Apr-22,TBC

            """)
    }

    // MARK: Sheets

    @Test func sheetChoosesOneSheetByNameOrNumber() throws {
        for sheet in ["Technical Design", "technical design", "4"] {
            let run = try run(["-r", "tracker.xlsx", "--sheet", sheet, "-f", "csv", "-e", "select name, wg, blocker"])
            #expect(run.status == 0, "\(sheet): \(run.stderr)")
            #expect(run.stdout == """
                name,wg,blocker
                Design Principles & Assumptions,TDWG,
                DIP Functional Specification,TDWG,Addressing;Security Clarifications
                Architecture Principles,TDWG,
                E2E Solution Architecture,SDWG,

                """, "\(sheet)")
        }
    }

    @Test func aHiddenSheetIsReadWhenChosen() throws {
        let run = try run(["-r", "tracker.xlsx", "--sheet", "Old Register", "-f", "csv", "-e", "select count(*)"])
        #expect(run.stdout == "count\n3\n", "\(run.stderr)")
    }

    @Test func aSheetThatIsNotThereIsNamedWithTheSheets() throws {
        let run = try run(["-r", "tracker.xlsx", "--sheet", "Nope", "-e", "select *"])
        #expect(run.status == 2)
        #expect(run.stderr == """
            tracker.xlsx: the workbook has no sheet 'Nope' (--sheet takes a sheet's name or its number from 1; its sheets: \
            'Summary', 'Business Processes', 'Interface Specifications', 'Technical Design', 'Old Register')
            tracker.xlsx: register refused: nothing was loaded

            """)
    }

    /// In a history, `--sheet` chooses the sheet of every workbook report, whether the
    /// reports are a folder's or named one by one.
    @Test func sheetChoosesTheSheetOfEachReportInAHistory() throws {
        let folder = try TemporaryFiles.folder()
        for month in ["Feb-22", "Mar-22"] {
            try FileManager.default.copyItem(atPath: Self.folder + "/tracker.xlsx", toPath: "\(folder)/\(month).xlsx")
        }
        let statement = "select report, count(*) from * @all group by report"
        let byFolder = try run(["--history", folder, "--sheet", "Technical Design", "-f", "csv", "-e", statement])
        #expect(byFolder.status == 0, "\(byFolder.stderr)")
        #expect(byFolder.stdout == "report,count\nFeb-22,4\nMar-22,4\n")
        let byFiles = try run(["-r", "Feb-22=\(folder)/Feb-22.xlsx", "-r", "Mar-22=\(folder)/Mar-22.xlsx", "--sheet", "4",
                               "-f", "csv", "-e", statement])
        #expect(byFiles.stdout == byFolder.stdout, "\(byFiles.stderr)")
    }

    /// `regq reconcile -r tracker.xlsx --sheet NAME` reconciles one sheet's register.
    @Test func reconcileReadsOneSheet() throws {
        let summary = try TemporaryFiles.file("summary.csv", """
            table,row,column,published,query
            Technical Design,All,Count,4,select count(*)

            """)
        let run = try run(["reconcile", summary, "-r", "tracker.xlsx", "--sheet", "Technical Design", "-f", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "table,row,column,published,computed,difference\nTechnical Design,All,Count,4,4,0\n")
    }

    @Test func aWorkbookWithNoRegisterSheetListsItsSheets() throws {
        let run = try run(["-r", "no-register.xlsx", "-e", "select *"])
        #expect(run.status == 2)
        #expect(run.stderr == """
            no-register.xlsx: no sheet has a register header (a row naming at least the name, the status and a month column, \
            such as Name, Status and DAG Review Complete) in its first 20 rows; the workbook's sheets: 'Summary'
            no-register.xlsx: register refused: nothing was loaded

            """)
    }

    // MARK: Problems

    @Test func everyBadCellIsNamedBySheetRowAndHeading() throws {
        let run = try run(["-r", "bad-months.xlsx", "-e", "select *"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        let expected = "(expected a date, Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)"
        #expect(run.stderr == """
            bad-months.xlsx [Interface Specifications] row 4, Sub-Group Activity Complete: 'Marchh 2022' is not a month \(expected)
            bad-months.xlsx [Interface Specifications] row 7, DAG Review Complete: 'Mayy-22' is not a month \(expected)
            bad-months.xlsx: register refused: nothing was loaded

            """)
    }

    @Test(arguments: [
        ("old.xls", "this is an Excel 97-2003 workbook (.xls), which regq does not read: save it as an Excel Workbook (.xlsx) or as CSV"),
        ("encrypted.xlsx", "this workbook is protected by a password (encrypted), which regq does not read: save a copy without the password"),
        ("damaged.xlsx", "the workbook is damaged: its table of contents is missing, as when a file is cut short; open it in Excel or LibreOffice and save it again"),
    ])
    func aFileThatIsNoWorkbookGetsOneSentence(_ file: String, _ sentence: String) throws {
        let run = try run(["-r", file, "-e", "select *"])
        #expect(run.status == 2)
        #expect(run.stderr == "\(file): \(sentence)\n\(file): register refused: nothing was loaded\n")
    }

    // MARK: History

    @Test func aHistoryOfWorkbooksAnswersWhatSlipped() throws {
        let run = try run(["--history", "history", "-f", "csv", "-e", "select ref, dag, dag@prev where dag slipped"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "ref,dag,dag@Feb-22\nMHHSP-BP001,Jul-22,May-22\n")
    }
}
