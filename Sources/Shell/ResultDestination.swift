#if canImport(Glibc)
import Glibc
#endif
import Output
import RegisterCSV

/// Where results are written: the terminal (or pipe), or a file given to `.output`, which
/// is written whole when the output is switched back or the session ends.
enum ResultDestination {
    case standardOutput
    case file(HeldOutput)

    var options: OutputOptions {
        switch self {
        case .standardOutput:
            OutputOptions(width: Terminal.width(1), useColor: Terminal.allowsColor(1), unicode: Terminal.isUTF8)
        case .file:
            OutputOptions(width: nil, useColor: false, unicode: true)
        }
    }

    /// Writes `text` out, or holds it for the file; why not, when standard output failed.
    func write(_ text: String) -> WriteFailure? {
        switch self {
        case .standardOutput:
            return Terminal.write(text, to: 1)
        case .file(let held):
            held.text += text
            return nil
        }
    }

    /// Writes a held file out; false (with the reason reported) when it could not be
    /// written. A regular file (or a link to one) is written to a temporary file renamed
    /// over it, so that a failure leaves the old file whole; a device or a pipe
    /// (`/dev/stderr`, `/dev/null`) is written into, since renaming over it would replace it.
    mutating func close(protecting registers: Set<FileIdentity>, reportingTo report: (String) -> Void) -> Bool {
        defer { self = .standardOutput }
        guard case .file(let held) = self else { return true }
        if let reason = Self.reasonNotToWrite(held.path, protecting: registers) {
            report("error: cannot write \(held.path): \(reason)\n")
            return false
        }
        let bytes = Array(held.text.utf8)
        var info = stat()
        var failure: String?
        if stat(held.path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            failure = Self.writeInto(held.path, bytes)
        } else if case .failure(let reason) = FileBytes.writeAtomically(bytes, to: Self.resolvingLink(held.path)) {
            failure = reason.reason
        }
        if let failure {
            report("error: cannot write \(held.path): \(failure)\n")
            return false
        }
        return true
    }

    /// Why `path` may not be written, or nil: it is a register read in this session, or
    /// its folder is missing or cannot be written.
    static func reasonNotToWrite(_ path: String, protecting registers: Set<FileIdentity>) -> String? {
        if let identity = FileIdentity(path: path), registers.contains(identity) {
            return "it is the register being read; regq never writes to a register"
        }
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return "it is a directory" }
            if (info.st_mode & S_IFMT) != S_IFREG { return nil }
        }
        let folder = folder(of: resolvingLink(path))
        if stat(folder, &info) != 0 { return reason(errno) }
        if (info.st_mode & S_IFMT) != S_IFDIR { return "not a directory" }
        if access(folder, W_OK) != 0 { return reason(errno) }
        return nil
    }

    /// Writes `bytes` into an existing device or pipe; the reason when that failed.
    static func writeInto(_ path: String, _ bytes: [UInt8]) -> String? {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return reason(errno) }
        defer { Glibc.close(fd) }
        return bytes.withUnsafeBytes { FileBytes.writeAll($0, to: fd) }.map(reason)
    }

    /// The file a symbolic link leads to (the path itself when it is no link, or leads
    /// nowhere yet), so that the link stays a link when the file behind it is replaced.
    static func resolvingLink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func reason(_ code: Int32) -> String {
        FileBytes.Failure(code: code).reason
    }
}

/// The results of `.output FILE`, held until the file is written whole.
final class HeldOutput {
    let path: String
    var text = ""

    init(path: String) { self.path = path }
}

/// A file as the system knows it, whatever the path that names it.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
