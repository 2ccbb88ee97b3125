#if canImport(Glibc)
import Glibc
#endif

/// XML's character data as the text it stands for: the five predefined entities and
/// numeric character references decoded; anything else after `&` kept as written.
enum XMLText {
    /// Appends `raw` to `out`, decoded.
    static func appendDecoded(_ raw: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard let base = raw.baseAddress, memchr(base, 0x26, raw.count) != nil else {
            out.append(contentsOf: raw)
            return
        }
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == 0x26, let semicolon = (index + 1 ..< min(raw.count, index + 12)).first(where: { raw[$0] == 0x3B }) else {
                out.append(byte)
                index += 1
                continue
            }
            let entity = Array(raw[index + 1 ..< semicolon])
            if let scalar = decode(entity) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            } else {
                out.append(contentsOf: raw[index ... semicolon])
            }
            index = semicolon + 1
        }
    }

    /// Undoes the escapes Office writes in a cell's text for characters XML cannot hold
    /// (`_x000D_` a carriage return, `_x005F_` an underscore), from `start` to the end.
    static func unescapeOffice(_ bytes: inout [UInt8], from start: Int) {
        let underscore = bytes.withUnsafeBufferPointer { all -> Int? in
            guard start < all.count, let found = memchr(all.baseAddress! + start, 0x5F, all.count - start) else { return nil }
            return all.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        guard let first = underscore else { return }
        var out = Array(bytes[start ..< first])
        var index = first
        while index < bytes.count {
            if bytes[index] == 0x5F, index + 6 < bytes.count, bytes[index + 1] == 0x78, bytes[index + 6] == 0x5F,
               let value = UInt32(String(decoding: bytes[index + 2 ..< index + 6], as: UTF8.self), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                index += 7
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        bytes.replaceSubrange(start..., with: out)
    }

    static func decodedString(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        appendDecoded(raw, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The character an entity's name (between `&` and `;`) stands for.
    private static func decode(_ entity: [UInt8]) -> Unicode.Scalar? {
        switch entity {
        case Array("lt".utf8): return "<"
        case Array("gt".utf8): return ">"
        case Array("amp".utf8): return "&"
        case Array("quot".utf8): return "\""
        case Array("apos".utf8): return "'"
        default: break
        }
        guard entity.first == 0x23 else { return nil }
        let isHex = entity.count > 1 && (entity[1] | 0x20) == 0x78
        let digits = String(decoding: entity.dropFirst(isHex ? 2 : 1), as: UTF8.self)
        guard let value = UInt32(digits, radix: isHex ? 16 : 10) else { return nil }
        return Unicode.Scalar(value)
    }
}
