#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and atomic writes with plain POSIX calls, so that the batch path needs
/// no Foundation.
public enum FileBytes {
    public struct Failure: Error, Equatable, Sendable {
        /// The system's reason, lower-case ("no such file or directory").
        public var reason: String

        public init(reason: String) { self.reason = reason }

        /// The failure the system's error code `code` (an `errno`) names.
        public init(code: Int32) { reason = String(cString: strerror(code)).lowercased() }
    }

    /// The whole file, or, past `limit` bytes, a failure giving `tooLarge` as its reason
    /// (so that a device or an endless pipe is not read until memory runs out).
    public static func read(path: String, limit: Int = .max, tooLarge: @autoclosure () -> String = "it is too large") -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(lastFailure()) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(Failure(reason: "it is a directory"))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(lastFailure())
            }
            if count == 0 { return .success(bytes) }
            if count > limit - bytes.count { return .failure(Failure(reason: tooLarge())) }
            bytes.append(contentsOf: chunk[0 ..< count])
        }
    }

    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`, so
    /// that a failure leaves any existing file whole. With `replacing` false an existing
    /// file is refused.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool = true, mode: mode_t = 0o644) -> Result<Void, Failure> {
        if !replacing, access(path, F_OK) == 0 { return .failure(Failure(reason: "it already exists")) }
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { return .failure(lastFailure()) }
        if let code = bytes.withUnsafeBytes({ writeAll($0, to: fd) }) {
            close(fd)
            unlink(temporary)
            return .failure(Failure(code: code))
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let failure = lastFailure()
            unlink(temporary)
            return .failure(failure)
        }
        if !replacing, access(path, F_OK) == 0 {
            unlink(temporary)
            return .failure(Failure(reason: "it already exists"))
        }
        if rename(temporary, path) != 0 {
            let failure = lastFailure()
            unlink(temporary)
            return .failure(failure)
        }
        return .success(())
    }

    /// Writes every byte of `bytes` to `fd`, going on after a short write and writing
    /// again when a signal interrupted it: the one write loop regq has, for files, devices
    /// and its own standard streams alike. The system's error code when a write failed.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return nil
    }

    static func lastFailure() -> Failure {
        Failure(code: errno)
    }
}
