import Foundation
import ColumnStore
import RegisterCSV
import RegisterModel
import TestSupport
import Testing

/// The embedded register against the status report it was transcribed from, and against Data/register.csv.
@Suite struct EmbeddedRegisterTests {
    let register = Register.embedded

    @Test func isDataRegisterCSVByteForByte() throws {
        let file = try String(contentsOfFile: Repository.root + "/Data/register.csv", encoding: .utf8)
        #expect(embeddedRegisterCSV == file, "run `make embed` after editing Data/register.csv")
    }

    /// Counted by hand in the seed's detail tables: 24 BP rows (20 maps, MHHSP-BP010 as five
    /// rows), 40 IF rows (38 numbered, two with ref TBC), 10 BRS, 5 GA, 10 TD (6 TDWG, 4 SDWG).
    @Test func hasTheReportsRowCounts() {
        #expect(register.rowCount == 89)
        let counts = Dictionary(grouping: register.kinds, by: { $0 }).mapValues(\.count)
        #expect(counts == [.businessProcess: 24, .interfaceSpecification: 40, .businessRequirements: 10,
                           .globalArtefact: 5, .technicalDesign: 10])
        #expect(register.kinds == register.kinds.sorted(), "report order: BP, IF, BRS, GA, TD")
    }

    func row(named name: String) throws -> Artefact {
        let index = try #require((0 ..< register.rowCount).first { register.artefact(at: $0).name == name })
        return register.artefact(at: index)
    }

    func month(_ text: String) -> Month { Month(parsing: text)! }

    /// Rows pinned cell by cell, each read off the seed report.
    @Test func pinsRowsAgainstTheSeed() throws {
        #expect(try row(named: "Change of Registration Data - Domestic Indicator") == Artefact(
            kind: .businessProcess, refs: ["MHHSP-BP010"], name: "Change of Registration Data - Domestic Indicator",
            workingGroup: "BPRWG", subgroups: ["Registration"], status: "Sub-Group Review", blockers: [],
            sg: month("Jan-22"), review: month("Feb-22"), dag: month("Mar-22")))
        #expect(try row(named: "Behind the Boundry Point Metering Process") == Artefact(
            kind: .businessProcess, refs: ["MHHSP-BP014"], name: "Behind the Boundry Point Metering Process",
            workingGroup: "BPRWG", subgroups: ["TBC"], status: "First Draft Not Complete", blockers: [],
            sg: .tbc, review: .tbc, dag: .tbc))
        #expect(try row(named: "Meter Reading") == Artefact(
            kind: .interfaceSpecification, refs: ["MHHSP-IF-041"], name: "Meter Reading", workingGroup: "BPRWG",
            subgroups: ["TBC"], status: "Blocked", blockers: ["Supplier Interaction"],
            sg: month("Mar-22"), review: month("Apr-22"), dag: month("May-22")))
        #expect(try row(named: "Metering Service Updates to Registration") == Artefact(
            kind: .interfaceSpecification, refs: ["MHHSP-IF-005"], name: "Metering Service Updates to Registration",
            workingGroup: "BPRWG", subgroups: ["Registration"], status: "Blocked", blockers: ["Interface Approach"],
            sg: month("Feb-22"), review: month("Mar-22"), dag: month("Apr-22")))
        #expect(try row(named: "DUOS/LLF Management") == Artefact(
            kind: .interfaceSpecification, refs: [], name: "DUOS/LLF Management", workingGroup: "BPRWG",
            subgroups: ["TBC"], status: "First Draft Not Complete", blockers: [], sg: .tbc, review: .tbc, dag: .tbc))
        #expect(try row(named: "Load Shaping Service (ECS)").kind == .businessProcess)
        #expect(try row(named: "LSS Period Data").subgroups == ["Elexon Central Systems", "Smart"])
        #expect(try row(named: "Request Disconnection  (D0132)").refs == ["MHHSP-IF-054"])
        let brs = register.artefact(at: (0 ..< register.rowCount).first { register.artefact(at: $0).refs.contains("MHHSP-BRS007") }!)
        #expect(brs == Artefact(
            kind: .businessRequirements, refs: ["MHHSP-BRS007", "MHHSP-BPD007"], name: "Load Shaping Service (ECS)",
            workingGroup: "BPRWG", subgroups: ["Elexon Central Systems"], status: "Sub-Group Review", blockers: [],
            sg: month("Dec-21"), review: month("Mar-22"), dag: month("Apr-22")))
        #expect(try row(named: "Logical Data Model") == Artefact(
            kind: .globalArtefact, refs: [], name: "Logical Data Model", workingGroup: "BPRWG", subgroups: ["All"],
            status: "Draft Not Complete", blockers: [], sg: month("Apr-22"), review: month("Apr-22"), dag: month("May-22")))
        #expect(try row(named: "Design Principles & Assumptions") == Artefact(
            kind: .technicalDesign, refs: [], name: "Design Principles & Assumptions", workingGroup: "TDWG", subgroups: [],
            status: "Agreed", blockers: [], sg: month("Nov-21"), review: month("Jan-21"), dag: month("Feb-22")))
        #expect(try row(named: "DIP Functional Specification") == Artefact(
            kind: .technicalDesign, refs: [], name: "DIP Functional Specification", workingGroup: "TDWG", subgroups: [],
            status: "Initial review by Sub-Group",
            blockers: ["Addressing Decision and agreement on all messaging patterns (ECS Outputs)", "Security Clarifications"],
            sg: month("Nov-21"), review: month("Feb-22"), dag: month("Mar-22")))
        #expect(try row(named: "Code of Connection Guidance") == Artefact(
            kind: .technicalDesign, refs: [], name: "Code of Connection Guidance", workingGroup: "SDWG", subgroups: [],
            status: "Draft in Progress", blockers: ["Security clarifications from OFGEM"],
            sg: month("Jan-22"), review: month("Apr-22"), dag: month("May-22")))
    }

    @Test func bp010HasFiveRowsWithItsTyposKept() {
        let names = (0 ..< register.rowCount).map(register.artefact(at:)).filter { $0.refs == ["MHHSP-BP010"] }.map(\.name)
        #expect(names == ["Change of Registation Data - Address", "Change of Registation Data - HH Data Consent",
                          "Change of Registration Data - Domestic Indicator", "Change of Registration Data - Loss ID Factor",
                          "Change of Registration Data - Other Misc."])
    }

    @Test func roundTripsThroughTheWriter() throws {
        let written = RegisterWriter.csv(register)
        #expect(written == embeddedRegisterCSV)
        let reread = try RegisterReader.read(bytes: Array(written.utf8), file: "<written>").get()
        #expect(reread == register)
    }

    @Test func roundTripsAwkwardCells() throws {
        var text = "kind,ref,name,wg,subgroups,status,blocker,sg,review,dag\n"
        text += "TD,,\"Comma, \"\"quote\"\" and\nnewline\",TDWG,,Draft,\"a;b\",2022-01,TBC,Dec-99\n"
        let register = try RegisterReader.read(bytes: Array(text.utf8), file: "x").get()
        let written = RegisterWriter.csv(register)
        #expect(written == "kind,ref,name,wg,subgroups,status,blocker,sg,review,dag\nTD,,\"Comma, \"\"quote\"\" and\nnewline\",TDWG,,Draft,a;b,Jan-22,TBC,Dec-99\n")
        #expect(try RegisterReader.read(bytes: Array(written.utf8), file: "y").get() == register)
    }
}
