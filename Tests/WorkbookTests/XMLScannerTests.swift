@testable import RegisterXLSX
import Testing

/// The streaming scanner gives the same events however the part is cut into pieces: a
/// tag, an entity or a comment split between two pieces waits for the next.
@Suite struct XMLScannerTests {
    /// Writes each event as text: `<name a="…">`, `</name>`, `"text"`.
    struct Transcript: XMLEvents {
        var lines: [String] = []

        mutating func start(_ name: XMLName, _ attributes: XMLAttributes, selfClosing: Bool) {
            let r = attributes.string("r").map { " r=\($0)" } ?? ""
            lines.append("<\(String(decoding: name.bytes, as: UTF8.self))\(r)\(selfClosing ? "/" : "")>")
        }

        mutating func end(_ name: XMLName) { lines.append("</\(String(decoding: name.bytes, as: UTF8.self))>") }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCData: Bool) {
            let text = isCData ? String(decoding: bytes, as: UTF8.self) : XMLText.decodedString(bytes)
            if var last = lines.last, last.hasPrefix("\"") {
                last.removeLast()
                lines[lines.count - 1] = last + text + "\""
            } else {
                lines.append("\"\(text)\"")
            }
        }
    }

    static let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!-- a comment with <tags> inside --><x:sheetData><x:row r="2"><c r="B2" t='a>b'/>\
        <c r="C2"><v>R&amp;D &lt;&#x41;&#66;&gt; &unknown;</v></c><c><![CDATA[<raw> & ]]></c></x:row></x:sheetData>
        """

    static let expected = [
        "\"\n\"", "<sheetData>", "<row r=2>", "<c r=B2/>", "</c>", "<c r=C2>", "<v>", "\"R&D <AB> &unknown;\"", "</v>", "</c>",
        "<c>", "\"<raw> & \"", "</c>", "</row>", "</sheetData>",
    ]

    func scan(_ pieceSize: Int) throws -> [String] {
        var scanner = XMLScanner(part: "test.xml")
        var transcript = Transcript()
        let bytes = Array(Self.document.utf8)
        var start = 0
        while start < bytes.count {
            let piece = Array(bytes[start ..< min(start + pieceSize, bytes.count)])
            try piece.withUnsafeBufferPointer { try scanner.feed($0, to: &transcript) }
            start += pieceSize
        }
        try scanner.finish(to: &transcript)
        return transcript.lines
    }

    @Test func theEventsAreTheSameWhereverThePiecesEnd() throws {
        for pieceSize in [1, 2, 3, 7, 64, 10_000] {
            #expect(try scan(pieceSize) == Self.expected, "pieces of \(pieceSize)")
        }
    }

    @Test func officeEscapesAreUndone() {
        for (escaped, text) in [("Smart_x000D_\nAdvanced", "Smart\r\nAdvanced"), ("a_x005F_x0041_b", "a_x0041_b"),
                                ("_x0041__x0042_", "AB"), ("no_escape_x12", "no_escape_x12"), ("plain", "plain")] {
            var bytes = Array(("kept:" + escaped).utf8)
            XMLText.unescapeOffice(&bytes, from: 5)
            #expect(String(decoding: bytes, as: UTF8.self) == "kept:" + text, "\(escaped)")
        }
    }

    @Test func aPartEndingInsideATagIsDamaged() throws {
        var scanner = XMLScanner(part: "test.xml")
        var transcript = Transcript()
        try Array("<row><c r=\"A".utf8).withUnsafeBufferPointer { try scanner.feed($0, to: &transcript) }
        #expect(throws: WorkbookFailure.damaged("test.xml ends in the middle of a tag")) { try scanner.finish(to: &transcript) }
    }
}
