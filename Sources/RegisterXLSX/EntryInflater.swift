import CZlib

/// Reads one entry of a zip archive a piece at a time, inflating it with zlib, so that a
/// sheet's XML is never held whole. A part that inflates to more than the limit is
/// refused before it is read to the end: a small file cannot become gigabytes of XML.
enum EntryInflater {
    /// How much inflated XML is handed over at a time.
    static let pieceSize = 1 << 18

    /// Hands `body` the entry's inflated bytes in pieces, in order.
    static func read(_ entry: ZipArchive.Entry, of archive: ZipArchive, limit: Int,
                     body: (UnsafeBufferPointer<UInt8>) throws(WorkbookFailure) -> Void) throws(WorkbookFailure) {
        guard !entry.isEncrypted else { throw .encrypted }
        // The size the archive declares is checked first; a part that lies about it is
        // stopped as it inflates.
        guard entry.uncompressedSize <= limit else { throw .tooLarge(part: entry.name, limit: limit) }
        let range: Range<Int>
        do { range = try archive.dataRange(of: entry) } catch { throw .damaged(describe(error)) }
        switch entry.method {
        case 0:
            guard range.count <= limit else { throw .tooLarge(part: entry.name, limit: limit) }
            try archive.bytes.withUnsafeBufferPointer { all throws(WorkbookFailure) in
                var start = range.lowerBound
                while start < range.upperBound {
                    let end = min(start + pieceSize, range.upperBound)
                    try body(UnsafeBufferPointer(rebasing: all[start ..< end]))
                    start = end
                }
            }
        case 8:
            try inflate(archive.bytes, range, name: entry.name, limit: limit, body: body)
        default:
            throw .damaged("the part \(entry.name) is compressed in a way regq does not read (method \(entry.method))")
        }
    }

    /// The whole entry, for the small parts (the workbook, its relations).
    static func bytes(_ entry: ZipArchive.Entry, of archive: ZipArchive, limit: Int) throws(WorkbookFailure) -> [UInt8] {
        var out: [UInt8] = []
        try read(entry, of: archive, limit: limit) { piece throws(WorkbookFailure) in out.append(contentsOf: piece) }
        return out
    }

    private static func describe(_ failure: ZipArchive.Failure) -> String {
        switch failure {
        case .notZip: "it is not a zip archive"
        case .damaged(let reason): reason
        }
    }

    private static func inflate(_ bytes: [UInt8], _ range: Range<Int>, name: String, limit: Int,
                                body: (UnsafeBufferPointer<UInt8>) throws(WorkbookFailure) -> Void) throws(WorkbookFailure) {
        var stream = z_stream()
        // Raw deflate (no zlib header), as zip stores it.
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: pieceSize)
        var total = 0
        try bytes.withUnsafeBufferPointer { all throws(WorkbookFailure) in
            let input = UnsafeMutablePointer(mutating: all.baseAddress! + range.lowerBound)
            stream.next_in = input
            stream.avail_in = UInt32(range.count)
            var finished = false
            while !finished {
                let produced = try output.withUnsafeMutableBufferPointer { out throws(WorkbookFailure) -> Int in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    switch status {
                    case Z_STREAM_END: finished = true
                    case Z_OK: break
                    case Z_BUF_ERROR where stream.avail_in == 0: throw .damaged("the part \(name) is cut short")
                    default: throw .damaged("the part \(name) is damaged (its compressed data does not inflate)")
                    }
                    return out.count - Int(stream.avail_out)
                }
                total += produced
                guard total <= limit else { throw .tooLarge(part: name, limit: limit) }
                if produced > 0 {
                    try output.withUnsafeBufferPointer { piece throws(WorkbookFailure) in
                        try body(UnsafeBufferPointer(rebasing: piece[0 ..< produced]))
                    }
                }
            }
        }
    }
}
