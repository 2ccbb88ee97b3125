#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first bytes of a file, for telling its kind by its content without reading it all.
enum FilePrefix {
    /// Up to `count` bytes from the start of the file (one read: enough to see its first
    /// line), or nil when it cannot be opened.
    static func bytes(of path: String, count: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, count) }
        return got < 0 ? nil : Array(bytes.prefix(got))
    }
}
