/// The entries of a zip file (a workbook is one), read from its central directory: where
/// each part's bytes lie and how they are stored. Only what a workbook needs is read:
/// stored and deflated entries, ZIP64 sizes; an encrypted entry is refused by name.
struct ZipArchive {
    /// One part of the archive: `xl/worksheets/sheet1.xml`.
    struct Entry {
        let name: String
        /// 0 stored, 8 deflated.
        let method: UInt16
        let isEncrypted: Bool
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    /// Why the bytes are no zip archive a workbook can be read from.
    enum Failure: Error, Equatable {
        case notZip
        case damaged(String)
    }

    let bytes: [UInt8]
    let entries: [String: Entry]

    init(bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard bytes.count >= 22, Self.uint32(bytes, 0) == 0x0403_4B50 else { throw .notZip }
        guard let end = Self.endOfCentralDirectory(bytes) else { throw .damaged("its table of contents is missing, as when a file is cut short") }
        var count = Int(Self.uint16(bytes, end + 10))
        var offset = Int(Self.uint32(bytes, end + 16))
        if offset == 0xFFFF_FFFF || count == 0xFFFF, let zip64 = Self.zip64Directory(bytes, end: end) {
            (count, offset) = zip64
        }
        var entries: [String: Entry] = [:]
        var position = offset
        for _ in 0 ..< count {
            guard position + 46 <= bytes.count, Self.uint32(bytes, position) == 0x0201_4B50 else {
                throw .damaged("its table of contents is damaged")
            }
            let flags = Self.uint16(bytes, position + 8)
            let method = Self.uint16(bytes, position + 10)
            var compressed = Int(Self.uint32(bytes, position + 20))
            var uncompressed = Int(Self.uint32(bytes, position + 24))
            let nameLength = Int(Self.uint16(bytes, position + 28))
            let extraLength = Int(Self.uint16(bytes, position + 30))
            let commentLength = Int(Self.uint16(bytes, position + 32))
            var local = Int(Self.uint32(bytes, position + 42))
            let nameStart = position + 46
            guard nameStart + nameLength + extraLength <= bytes.count else { throw .damaged("its table of contents is damaged") }
            let name = String(decoding: bytes[nameStart ..< nameStart + nameLength], as: UTF8.self)
            Self.readZip64Extra(bytes, nameStart + nameLength ..< nameStart + nameLength + extraLength,
                                uncompressed: &uncompressed, compressed: &compressed, local: &local)
            entries[name] = Entry(name: name, method: method, isEncrypted: flags & 1 != 0, compressedSize: compressed,
                                  uncompressedSize: uncompressed, localHeaderOffset: local)
            position = nameStart + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// Where the entry's stored bytes lie, from its local header.
    func dataRange(of entry: Entry) throws(Failure) -> Range<Int> {
        let header = entry.localHeaderOffset
        guard header >= 0, header + 30 <= bytes.count, Self.uint32(bytes, header) == 0x0403_4B50 else {
            throw .damaged("the part \(entry.name) is damaged")
        }
        let start = header + 30 + Int(Self.uint16(bytes, header + 26)) + Int(Self.uint16(bytes, header + 28))
        guard entry.compressedSize >= 0, start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw .damaged("the part \(entry.name) is cut short")
        }
        return start ..< start + entry.compressedSize
    }

    // MARK: Records

    /// The end-of-central-directory record, searched for backwards past a comment of up to 64 KB.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var position = bytes.count - 22
        while position >= lowest {
            if uint32(bytes, position) == 0x0605_4B50 { return position }
            position -= 1
        }
        return nil
    }

    /// The entry count and directory offset of a ZIP64 archive, from the locator before the record.
    private static func zip64Directory(_ bytes: [UInt8], end: Int) -> (Int, Int)? {
        let locator = end - 20
        guard locator >= 0, uint32(bytes, locator) == 0x0706_4B50 else { return nil }
        let record = Int(clamping: uint64(bytes, locator + 8))
        guard record >= 0, record + 56 <= bytes.count, uint32(bytes, record) == 0x0606_4B50 else { return nil }
        return (Int(clamping: uint64(bytes, record + 32)), Int(clamping: uint64(bytes, record + 48)))
    }

    /// The 64-bit sizes and offset of a ZIP64 extra field, for those the entry marks as too large.
    private static func readZip64Extra(_ bytes: [UInt8], _ range: Range<Int>, uncompressed: inout Int, compressed: inout Int, local: inout Int) {
        var position = range.lowerBound
        while position + 4 <= range.upperBound {
            let id = uint16(bytes, position), size = Int(uint16(bytes, position + 2))
            let end = min(position + 4 + size, range.upperBound)
            if id == 1 {
                var field = position + 4
                if uncompressed == 0xFFFF_FFFF, field + 8 <= end { uncompressed = Int(clamping: uint64(bytes, field)); field += 8 }
                if compressed == 0xFFFF_FFFF, field + 8 <= end { compressed = Int(clamping: uint64(bytes, field)); field += 8 }
                if local == 0xFFFF_FFFF, field + 8 <= end { local = Int(clamping: uint64(bytes, field)) }
            }
            position = end
        }
    }

    static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }

    static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
    }

    static func uint64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(uint32(bytes, at)) | UInt64(uint32(bytes, at + 4)) << 32
    }
}
