import ColumnStore
@testable import RegisterCSV
import RegisterModel
import TestSupport
import Testing

/// A register read for some fields only: those columns are exactly what a full read
/// gives, the others are left empty, and a file is accepted or refused the same way
/// whatever is kept.
@Suite struct ProjectedReadTests {
    static func rows(_ count: Int) -> String {
        (0 ..< count).map { i in
            "\(["IF", "BP", "TD"][i % 3]),MHHSP-IF-\(i),\"Name \(i % 97), \"\"quoted\"\"\",BPRWG,Smart;Registration \(i % 5),"
                + "\(["Blocked", "Draft"][i % 2]),\(i % 4 == 0 ? "" : "Change of Agent"),Mar-22,Apr-22,\(i % 7 == 0 ? "TBC" : "May-22")\n"
        }.joined()
    }

    static func read(_ text: String, fields: FieldSet, chunks: Int = 1) -> Result<PartialRegister, RegisterError> {
        Array(text.utf8).withUnsafeBufferPointer { RegisterReader.read($0, file: "reg.csv", fields: fields, release: nil, chunks: chunks) }
    }

    @Test(arguments: [FieldSet([.status, .blocker]), FieldSet([.ref, .name, .dag]), FieldSet([.subgroups, .wg, .sg, .review]), FieldSet()])
    func keptColumnsMatchAFullRead(fields: FieldSet) throws {
        let text = RegisterText.header + Self.rows(3_000)
        let full = try Self.read(text, fields: .all).get()
        for chunks in [1, 3] {
            let projected = try Self.read(text, fields: fields, chunks: chunks).get()
            #expect(projected.rowCount == full.rowCount)
            #expect(projected.built.fields == fields.union(FieldSet(.kind)))
            #expect(projected.kinds == full.kinds)
            for field in Field.stored where field != .kind {
                let rows = (0 ..< full.rowCount).map { full.cellText(field: field, row: $0) }
                if fields.contains(field) {
                    #expect((0 ..< projected.rowCount).map { projected.cellText(field: field, row: $0) } == rows, "\(field.name)")
                } else {
                    #expect(projected.isEmpty(field), "\(field.name) should not have been kept")
                }
            }
        }
    }

    /// Fields located, not built: read from the records for just the rows gathered, in
    /// any order, quoted values (with doubled quotes) and lists included.
    @Test func locatedFieldsAreReadForTheRowsGathered() throws {
        let text = RegisterText.header + Self.rows(3_000)
        let full = try Self.read(text, fields: .all).get()
        let located = FieldSet([.ref, .name, .wg, .subgroups, .blocker])
        for chunks in [1, 3] {
            let register = try Array(text.utf8).withUnsafeBufferPointer {
                RegisterReader.read($0, file: "reg.csv", fields: FieldSet([.status, .dag]),
                                    locating: (located, FileContents(bytes: Array(text.utf8))), release: nil, chunks: chunks)
            }.get()
            #expect(register.built.fields == FieldSet([.kind, .status, .dag]))
            #expect(register.located?.fields == located)
            for rows in [Array(0 ..< 3_000), [2_999, 5, 1_500, 5, 0, 2_000, 1], []] as [[Int32]] {
                let gathered = register.gathering(rows: rows, fields: located.union(FieldSet([.kind, .status, .dag])))
                #expect(gathered.rowCount == rows.count)
                #expect(gathered.fields == located.union(FieldSet([.kind, .status, .dag])))
                for field in located.union(FieldSet([.kind, .status, .dag])).fields {
                    #expect(rows.indices.map { gathered.cellText(field: field, row: $0) } == rows.map { full.cellText(field: field, row: Int($0)) },
                            "\(field.name), \(chunks) chunks")
                }
            }
        }
    }

    /// A selection past `RecordSource.parallelThreshold` rows is read in parts on several
    /// threads, joined in order.
    @Test func aLargeSelectionIsGatheredInPartsInOrder() throws {
        let count = RecordSource.parallelThreshold + 4_000
        let text = RegisterText.header + Self.rows(count)
        let full = try Self.read(text, fields: .all).get()
        let register = try RegisterReader.readPart(bytes: Array(text.utf8), file: "reg.csv", fields: FieldSet([.status]),
                                                   located: FieldSet([.name, .subgroups])).get()
        for rows in [(0 ..< Int32(count)).map { $0 }, (0 ..< Int32(count)).reversed().map { $0 }] {
            let gathered = register.gathering(rows: rows, fields: FieldSet([.name, .subgroups]))
            for field in [Field.name, .subgroups] {
                #expect(rows.indices.map { gathered.cellText(field: field, row: $0) } == rows.map { full.cellText(field: field, row: Int($0)) })
            }
        }
    }

    @Test func aBadValueInAColumnNotKeptStillRefusesTheFile() {
        let text = RegisterText.header + Self.rows(10) + "IF,X,Name,BPRWG,,Draft,,Mar-22,Aprill-22,May-22\n"
        guard case .failure(let error) = Self.read(text, fields: FieldSet([.status])) else {
            Issue.record("a file with a bad review month was accepted")
            return
        }
        #expect(error.description == """
            reg.csv:12: column 'review': 'Aprill-22' is not a month (expected Mon-YY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, May 2022 or TBC)
            reg.csv: register refused: nothing was loaded
            """)
    }

    @Test func aShortRecordStillRefusesTheFile() {
        let text = RegisterText.header + Self.rows(3) + "IF,X,Name\n"
        guard case .failure(let error) = Self.read(text, fields: FieldSet([.kind])) else {
            Issue.record("a file with a short record was accepted")
            return
        }
        #expect(error.description.hasPrefix("reg.csv:5: expected 10 fields, found 3"))
    }
}

extension PartialRegister {
    /// Whether a column was not read.
    func isEmpty(_ field: Field) -> Bool {
        !built.fields.contains(field)
    }
}
