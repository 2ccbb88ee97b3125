import RegisterModel
import Testing

/// `contains` compares as `=` does: case, spaces and punctuation folded, with a space or
/// punctuation at an end of the needle asking for a word boundary there.
@Suite struct TextContainmentTests {
    static func found(_ needle: String, _ value: String) -> Bool {
        TextNeedle(needle).isFound(in: value)
    }

    @Test func caseSpacesAndPunctuationAreFoldedOnBothSides() {
        #expect(Self.found("sub group", "Sub-Group Review"))
        #expect(Self.found("SUB-GROUP", "Initial review by Sub-Group completed- Update required"))
        #expect(Self.found("group review", "Sub-Group Review"))
        #expect(Self.found("disconnection (d0132)", "Request Disconnection  (D0132)"))
        #expect(Self.found("request disconnection d0132", "Request Disconnection  (D0132)"))
        #expect(!Self.found("subgroup", "Sub-Group Review"), "as with =, a separator is not nothing")
    }

    @Test func withoutSeparatorsAtItsEndsANeedleIsASubstring() {
        #expect(Self.found("regist", "Registration"))
        #expect(Self.found("b-gro", "Sub-Group"))
        #expect(Self.found("consent", "Supplier Update HH Consent Granularity"))
        #expect(!Self.found("consents", "HH Consent"))
    }

    @Test func aSeparatorAtAnEndAsksForAWordBoundary() {
        #expect(Self.found(" of ", "Change of Agent"))
        #expect(!Self.found(" of ", "Office Move"))
        #expect(Self.found("-0", "MHHSP-IF-001"))
        #expect(!Self.found("-0", "MHHSP-IF-101"))
        #expect(Self.found("IF-", "MHHSP-IF-001"))
        #expect(!Self.found("IF-", "MHHSP-BRIEF"))
        #expect(Self.found(" review", "Sub-Group Review"), "the end of the value is a boundary")
        #expect(Self.found("sub ", "Sub"))
    }

    @Test func emptyAndSeparatorOnlyNeedles() {
        #expect(Self.found("", "anything"))
        #expect(Self.found("", ""))
        #expect(TextNeedle("").isOnlySeparators == false)
        #expect(TextNeedle(" - ").isOnlySeparators)
        #expect(TextNeedle("/").isOnlySeparators)
        #expect(!TextNeedle("a/").isOnlySeparators)
    }

    @Test func aNeedleLongerThanTheValueIsNotFound() {
        #expect(!Self.found(String(repeating: "a", count: 1 << 16), "aaaa"))
        #expect(!Self.found("agent", "agen"))
    }

    /// ASCII text takes a byte-by-byte path to its key; it must give the key the
    /// character-by-character rule gives.
    @Test func theASCIIKeyIsTheKey() {
        let samples = ["Sub-Group Review", "  Request Disconnection  (D0132) ", "MHHSP-IF-001", "a\r\nb", "", "--", "Z9_z0",
                       "Design Principles & Assumptions", "\u{7F}x\u{01}Y", "Initial review by Sub-Group completed- Update"]
        for sample in samples {
            var slow = ""
            var pending = false
            for character in sample.lowercased() {
                if character.isLetter || character.isNumber {
                    if pending && !slow.isEmpty { slow.append("-") }
                    pending = false
                    slow.append(character)
                } else {
                    pending = true
                }
            }
            #expect(equalityKey(sample) == slow, "\(sample.debugDescription)")
        }
        #expect(equalityKey("Résumé Final") == "résumé-final")
    }

    @Test func lettersBeyondASCII() {
        #expect(Self.found("résumé", "Le RÉSUMÉ final"))
        #expect(Self.found("straße", "Hauptstraße 1"))
        #expect(!Self.found("é", "e"))
    }
}
