@testable import History
import ColumnStore
import RegisterModel
import Testing

/// Pairing keys are hashes; a pass pairs two rows only when their values are indeed
/// equal, as `=` compares them (names by their equality keys, references as sets).
@Suite struct PairingKeyTests {
    typealias Fixture = HistoryFixture

    static func keys(_ rows: [String]) throws -> PairingKeys {
        PairingKeys(of: try Fixture.report(Fixture.jan, rows).register)
    }

    @Test func equalValuesHaveEqualKeysInEveryReport() throws {
        let a = try Self.keys(["BP,MHHSP-BP001;MHHSP-BP002,Data Collection", "IF,,Demand Control"])
        let b = try Self.keys(["IF,,demand-control", "BP,mhhsp bp002;MHHSP-BP001;MHHSP-BP001,DATA  collection!"])
        #expect(a.names[0] == b.names[1] && a.refSets[0] == b.refSets[1])
        #expect(a.names[1] == b.names[0] && a.refSets[1] == PairingKeys.noRefs && b.refSets[0] == PairingKeys.noRefs)
        #expect(a.names[0] != a.names[1])
        for pass in PairingPass.allCases where pass != .refs {
            #expect(Pairer.key(pass, a, a.names, 0) == Pairer.key(pass, b, b.names, 1))
            #expect(Pairer.same(pass, a, 0, b, 1))
        }
        #expect(Pairer.key(.refs, a, a.names, 1) == nil)
    }

    /// Keys made for a history hash names only when asked, for the rows asked: those that
    /// their references did not pair.
    @Test func namesAreHashedWhenAsked() throws {
        let register = try Fixture.report(Fixture.jan, ["BP,MHHSP-BP001,Data Collection", "IF,,Demand Control"]).register
        let keys = PairingKeys(of: register, namesLater: true)
        #expect(keys.names.isEmpty)
        keys.hashNames(of: [1])
        #expect(keys.names[0] == 0 && keys.names[1] == PairingKeys(of: register).names[1] && keys.names[1] != 0)
    }

    @Test func rowsOfOtherValuesAreNeverTheSame() throws {
        let a = try Self.keys(["BP,MHHSP-BP001,Data Collection", "BP,MHHSP-BP001;MHHSP-BP003,Data Collection"])
        let b = try Self.keys(["BP,MHHSP-BP001,Data Collections", "IF,MHHSP-BP001,Data Collection", "BP,MHHSP-BP003,Data Collection"])
        #expect(!Pairer.same(.name, a, 0, b, 0))
        #expect(Pairer.same(.refs, a, 0, b, 0))
        #expect(!Pairer.same(.refsAndName, a, 0, b, 1), "another kind")
        #expect(!Pairer.same(.refs, a, 1, b, 2), "a set of references is not one of its elements")
        #expect(!Pairer.same(.refs, a, 1, b, 0))
        #expect(Pairer.same(.name, a, 1, b, 2))
    }

    /// ASCII text's key is hashed eight bytes at a time, other text's a byte at a time as
    /// it is written: the two must agree, for text of every length around the eight-byte
    /// words, and a scratch outgrown (300 bytes) is grown.
    @Test func aKeyHashedAsItIsMadeIsTheKeyHashed() throws {
        let texts = ["", "a", "--", "Data Collection", "  Trailing--dash  ", "12345678", "abcdefgh", "abcdefgh-ijklmnop",
                     "A.B.C.D.E.F.G.H.I", "(D0132) Request Disconnection", String(repeating: "Xy ", count: 40), String(repeating: "Wide ", count: 60)]
        var scratch = KeyHash.KeyScratch()
        defer { scratch.free() }
        for text in texts {
            var key: [UInt8] = []
            Array(text.utf8).withUnsafeBufferPointer { appendEqualityKey($0, to: &key) }
            let streamed = Array(text.utf8).withUnsafeBufferPointer { KeyHash.hashOfASCIIKey($0, scratch: &scratch) }
            #expect(streamed == key.withUnsafeBufferPointer(KeyHash.hash), "\(text)")
        }
        #expect(Array("Café".utf8).withUnsafeBufferPointer { KeyHash.hashOfASCIIKey($0, scratch: &scratch) } == nil)
        let keys = try Self.keys(["BP,,Data – Collection", "BP,,data collection", "BP,,Data Collections"])
        #expect(keys.names[0] == keys.names[1])
        #expect(keys.names[0] != keys.names[2])
    }
}
