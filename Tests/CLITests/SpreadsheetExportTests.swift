import Foundation
import TestSupport
import Testing

/// Registers saved from a spreadsheet, as Excel and LibreOffice write them, read through
/// the command line: what the analyst sees on stdout and stderr, and the exit status.
@Suite struct SpreadsheetExportTests {
    typealias CLI = CLIRunner

    /// Excel's "CSV UTF-8": a byte-order mark, CRLF, the header as the sheet spells it,
    /// a column of the team's own, cells quoted only where they hold a comma, spaces
    /// left in cells, blank dates, and empty rows where the used range ran on.
    static let excel = "\u{FEFF}Kind,Ref,Name,WG,Subgroups,Status,Blocker,SG,Review,DAG,Owner\r\n"
        + "IF,MHHSP-IF-001,Metering Service Appointment,BPRWG,Registration,Blocked ,Change of Agent,Mar-22,Apr-22,May-22,Ann\r\n"
        + "BP,MHHSP-BP004,\"Data, Collection\",BPRWG,Smart;Advanced,Sub-Group Review,,Feb-22, ,TBC,Raj\r\n"
        + "GA,, Glossary ,BPRWG,All,Maintenance,,,,Apr-22,\r\n"
        + ",,,,,,,,,,\r\n"
        + ",,,,,,,,,,\r\n"

    @Test func anExcelExportReadsWithNotes() throws {
        let path = try TemporaryFiles.file("excel.csv", Self.excel)
        let run = try CLI.run(["-r", path, "-f", "csv", "-e", "select kind, name, status, sg, review, dag"])
        #expect(run.stdout == """
            kind,name,status,sg,review,dag
            IF,Metering Service Appointment,Blocked,Mar-22,Apr-22,May-22
            BP,"Data, Collection",Sub-Group Review,Feb-22,TBC,TBC
            GA,Glossary,Maintenance,TBC,TBC,Apr-22

            """)
        #expect(run.stderr == """
            note: \(path): column 'Owner' is not a register field; ignored
            note: \(path): 3 blank month cells read as TBC

            """)
        #expect(run.status == 0)
    }

    /// A batch run that only shows `name` reads it later, for the rows shown, from the
    /// file: the same trimming and the same columns apply there.
    @Test func cellsReadForTheRowsShownAreTrimmedToo() throws {
        let path = try TemporaryFiles.file("excel.csv", Self.excel)
        let run = try CLI.run(["-r", path, "-f", "csv", "-e", "select name where dag = Apr-22"])
        #expect(run.stdout == "name\nGlossary\n")
        #expect(run.status == 0)
    }

    /// A register typed as people type it, saved as CSV with the report's own headings:
    /// dates in the forms a spreadsheet writes them, a blocker typed into the status, a
    /// list cell with a line break (Alt-Enter) and one with a comma.
    static let typed = "Kind,Reference,Name,Working Group,Sub-Group(s),Current Status,Blocking Issue,"
        + "Sub-Group Activity Complete,BPRWG Review Complete,DAG Review Complete\r\n"
        + "IF,MHHSP-IF-001,Metering Service Appointment,BPRWG,Registration,Blocked- Change of Agent,,01/03/2022,2022-04-01,May 2022\r\n"
        + "IF,MHHSP-IF-002,Agent Appointment,BPRWG,\"Smart, Advanced\",Blocked - Interface Approach,DCC,2022-03,31/5/2022,June 2022\r\n"
        + "BP,MHHSP-BP004,Data Collection,BPRWG,\"Smart\r\nAdvanced\",Draft Complete,,Feb-22,,2022-06-30T00:00:00\r\n"

    @Test func cellsAsPeopleTypeThem() throws {
        let path = try TemporaryFiles.file("typed.csv", Self.typed)
        let run = try CLI.run(["-r", path, "-f", "csv", "-e", "select ref, subgroups, status, blocker, sg, review, dag"])
        #expect(run.stdout == """
            ref,subgroups,status,blocker,sg,review,dag
            MHHSP-IF-001,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
            MHHSP-IF-002,"Smart, Advanced",Blocked,DCC,Mar-22,May-22,Jun-22
            MHHSP-BP004,Smart;Advanced,Draft Complete,,Feb-22,TBC,Jun-22

            """)
        #expect(run.stderr == """
            note: \(path): 1 blank month cell read as TBC
            note: \(path): warning: line 3, column 'subgroups': 'Smart, Advanced' read as one sub-group (a comma does not separate; use ';' or a line break)

            """)
        #expect(run.status == 0)
    }

    /// `status = blocked` finds a status typed `Blocked- X`, and `blocker` its X, whether
    /// the columns are read at load or later for the rows shown.
    @Test func aBlockerTypedIntoTheStatusIsFound() throws {
        let path = try TemporaryFiles.file("typed.csv", Self.typed)
        let filtered = try CLI.run(["-r", path, "-f", "csv", "-e", "select * where status = blocked group by blocker"])
        #expect(filtered.stdout == "blocker,count\nChange of Agent,1\nDCC,1\n")
        let shown = try CLI.run(["-r", path, "-f", "csv", "-e", "select status, blocker where dag < Jun-22"])
        #expect(shown.stdout == "status,blocker\nBlocked,Change of Agent\n")
    }

    /// LibreOffice Calc with "quote all text cells": every text quoted, the header's
    /// names with spaces, a trailing column with no name, LF line ends.
    @Test func aLibreOfficeExportReadsWithNotes() throws {
        let path = try TemporaryFiles.file("calc.csv", """
            "kind"," ref ","name","wg","subgroups","status","blocker","sg","review"," DAG ",
            "IF","MHHSP-IF-001","Metering Service Appointment","BPRWG","Registration","Blocked","Change of Agent","Mar-22","Apr-22","May-22",
            ,,,,,,,,,,

            """)
        let run = try CLI.run(["-r", path, "-f", "csv", "-e", "select ref, dag"])
        #expect(run.stdout == "ref,dag\nMHHSP-IF-001,May-22\n")
        #expect(run.stderr == "note: \(path): 1 column with no name; ignored\n")
        #expect(run.status == 0)
    }

    @Test func aBadCellInAnExportStillRefusesTheFile() throws {
        let bad = Self.excel.replacingOccurrences(of: "Apr-22,May-22", with: "Apr-22,Mayy-22")
        let path = try TemporaryFiles.file("bad.csv", bad + "IF,x,y\r\n")
        let run = try CLI.run(["-r", path, "-e", "select *"])
        #expect(run.stdout == "")
        #expect(run.stderr == """
            \(path):2: column 'dag': 'Mayy-22' is not a month (expected Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)
            \(path):7: expected 11 fields, found 3
            \(path): register refused: nothing was loaded

            """)
        #expect(run.status == 2)
        let duplicate = try TemporaryFiles.file("duplicate.csv", Self.excel.replacingOccurrences(of: "Owner", with: "dag"))
        let refused = try CLI.run(["-r", duplicate, "-e", "select *"])
        #expect(refused.stderr == "\(duplicate):1: duplicate column 'dag'\n\(duplicate): register refused: nothing was loaded\n")
        #expect(refused.status == 2)
    }

    /// `regq reconcile` against an export shows the same notes before its own.
    @Test func reconcilingAnExportShowsItsNotes() throws {
        let path = try TemporaryFiles.file("excel.csv", Self.excel)
        let summary = try TemporaryFiles.file("summary.csv", """
            table,row,column,published,query
            Status,All,Blocked,1,select count(*) where status = blocked
            Status,All,Sub-Group Review,1,select count(*) where status = 'Sub-Group Review'

            """)
        let run = try CLI.run(["reconcile", summary, "-r", path, "-f", "csv"])
        #expect(run.stdout == "table,row,column,published,computed,difference\nStatus,All,Blocked,1,1,0\nStatus,All,Sub-Group Review,1,1,0\n")
        #expect(run.stderr == """
            note: \(path): column 'Owner' is not a register field; ignored
            note: \(path): 3 blank month cells read as TBC
            note: 0 of 2 published figures differ from the register

            """)
        #expect(run.status == 0)
    }

    /// `.load` shows the same notes when it switches to an export.
    @Test func loadingAnExportShowsItsNotes() throws {
        let path = try TemporaryFiles.file("excel.csv", Self.excel)
        let run = try CLI.run(["-f", "csv"], stdin: ".load \(path)\nselect count(*)\n")
        #expect(run.stdout == "count\n3\n")
        #expect(run.stderr == """
            note: \(path): column 'Owner' is not a register field; ignored
            note: \(path): 3 blank month cells read as TBC
            loaded \(path): 3 artefacts

            """)
        #expect(run.status == 0)
    }
}
