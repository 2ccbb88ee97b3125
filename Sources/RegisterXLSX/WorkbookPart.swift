/// Streams one part of a workbook through the XML scanner to a reader of its events.
enum WorkbookPart {
    /// The largest workbook, relations or styles part read (they are kilobytes in practice).
    static let smallPartLimit = 16 << 20
    /// The largest shared-string table read: a register's text is a few megabytes (a
    /// 100,000-row register's is under 10 MB), and a larger limit only lets a zip bomb
    /// cost more time before it is refused.
    static let sharedStringsLimit = 32 << 20
    /// The largest sheet read: a million-row register sheet is some hundreds of megabytes.
    static let sheetLimit = 2 << 30

    static func read<Events: XMLEvents>(_ name: String, in archive: ZipArchive, limit: Int, to events: inout Events) throws(WorkbookFailure) {
        guard let entry = archive.entries[name] else { throw .damaged("the part \(name) is missing") }
        var scanner = XMLScanner(part: name)
        try EntryInflater.read(entry, of: archive, limit: limit) { piece throws(WorkbookFailure) in
            try scanner.feed(piece, to: &events)
        }
        try scanner.finish(to: &events)
    }

    /// The part `target` names, relative to the folder of the part `base` (`xl/workbook.xml`).
    static func resolve(_ target: String, from base: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var folders = base.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case "..": _ = folders.popLast()
            case ".": break
            default: folders.append(String(component))
            }
        }
        return folders.joined(separator: "/")
    }
}

/// A relationships part (`_rels/….rels`): each relationship's id, type and target part.
struct Relationships: XMLEvents {
    struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    private(set) var all: [Relationship] = []

    mutating func start(_ name: XMLName, _ attributes: XMLAttributes, selfClosing: Bool) {
        guard name.is("Relationship"), let id = attributes.string("Id"), let target = attributes.string("Target") else { return }
        all.append(Relationship(id: id, type: attributes.string("Type") ?? "", target: target))
    }

    mutating func end(_ name: XMLName) {}
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCData: Bool) {}

    /// The target of the first relationship whose type ends in `/suffix`.
    func target(ofType suffix: String) -> String? {
        all.first { $0.type.hasSuffix("/" + suffix) }?.target
    }
}

/// The workbook part: its sheets in order, and which date system its serial dates count in.
struct WorkbookListing: XMLEvents {
    struct SheetEntry {
        let name: String
        let isHidden: Bool
        let relationship: String
    }

    private(set) var sheets: [SheetEntry] = []
    /// Dates count days from 1904-01-01 (old Mac Excel), not from 1900.
    private(set) var date1904 = false

    mutating func start(_ name: XMLName, _ attributes: XMLAttributes, selfClosing: Bool) {
        if name.is("sheet") {
            let state = attributes.string("state") ?? "visible"
            sheets.append(SheetEntry(name: attributes.string("name") ?? "Sheet\(sheets.count + 1)",
                                     isHidden: state != "visible", relationship: attributes.string("id") ?? ""))
        } else if name.is("workbookPr"), let value = attributes.string("date1904") {
            date1904 = value == "1" || value == "true"
        }
    }

    mutating func end(_ name: XMLName) {}
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCData: Bool) {}
}
