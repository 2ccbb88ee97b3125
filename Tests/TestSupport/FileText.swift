#if canImport(Glibc)
import Glibc
#endif

/// Files read with plain POSIX calls. Foundation's reading of an empty file
/// (`String(contentsOfFile:)`, `Data(contentsOf:)`: `readBytesFromFile` in
/// FoundationEssentials) leaks a 4 KiB buffer each time, which fails `make test-sanitize`;
/// a file the tests read that may be empty — a program's standard error — is read here.
public enum FileText {
    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    /// The bytes of the file at `path`.
    public static func bytes(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Unreadable(description: "cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw Unreadable(description: "cannot read \(path): \(String(cString: strerror(errno)))") }
            guard count > 0 else { return bytes }
            bytes += chunk[0 ..< count]
        }
    }

    /// The text of the file at `path`, which must be UTF-8 (as `String(contentsOfFile:
    /// encoding: .utf8)` requires).
    public static func read(_ path: String) throws -> String {
        guard let text = String(validating: try bytes(path), as: UTF8.self) else {
            throw Unreadable(description: "\(path) is not UTF-8")
        }
        return text
    }
}
