@testable import RegisterModel
import Testing

/// The register reader parses kinds and `Mon-YY` months from a cell's bytes through
/// perfect hashes: every code and month name in any case is found, and nothing else is.
@Suite struct CellParsingTests {
    func kind(_ text: String) -> Kind? {
        Array(text.utf8).withUnsafeBufferPointer { Kind(bytes: $0) }
    }

    func month(_ text: String) -> Month? {
        Array(text.utf8).withUnsafeBufferPointer { Month.parse($0) }
    }

    @Test func everyKindCodeInAnyCase() {
        for expected in Kind.allCases {
            #expect(kind(expected.code) == expected)
            #expect(kind(expected.code.lowercased()) == expected)
            #expect(kind(String(expected.code.prefix(1)) + expected.code.dropFirst().lowercased()) == expected)
        }
    }

    @Test func nearMissesAreNotKinds() {
        for text in ["", "B", "BPX", "\0BP", "\0IF", "BP ", " IF", "IFF", "BR", "RS", "BRSS", "XX", "TDD", "G", "@P", "bp\0"] {
            #expect(kind(text) == nil, "\(text.debugDescription)")
        }
    }

    @Test func everyMonthNameInAnyCase() {
        for (index, name) in Month.abbreviations.enumerated() {
            for spelling in [name, name.lowercased(), name.uppercased()] {
                #expect(month(spelling + "-22") == Month(year: 2022, month: index + 1), "\(spelling)")
            }
        }
        #expect(month("Dec-09") == Month(year: 2009, month: 12))
        for spelling in ["TBC", "tbc", "Tbc", "tBc"] { #expect(month(spelling) == .tbc) }
        #expect(month("2024-02") == Month(year: 2024, month: 2))
    }

    @Test func nearMissesAreNotMonths() {
        for text in ["Mai-22", "Jum-22", "Ja -22", "XYZ-22", "Jan_22", "Jan-2x", "Jan-x2", "\0an-22", "J\0n-22", "Ja\0-22",
                     "Jan-22 ", "Jann-22", "Sept-22", "@pr-22", "Ma y22", "ma\0-22", "TBD", "TB", "TBCC", "T\0C", "4BC"] {
            #expect(month(text) == nil, "\(text.debugDescription)")
        }
    }
}
