#if canImport(Glibc)
import Glibc
#endif
import Output
import RegisterCSV

/// Where results are written: the terminal (or pipe), or a file given to `.output`, which
/// is written as results come and put in place at the end of each statement
/// (`OutputFile`).
public enum ResultDestination {
    case standardOutput
    case file(OutputFile)

    public var options: OutputOptions {
        switch self {
        case .standardOutput:
            OutputOptions(width: Terminal.width(1), useColor: Terminal.allowsColor(1), unicode: Terminal.isUTF8)
        case .file:
            OutputOptions(width: nil, useColor: false, unicode: true)
        }
    }

    /// Writes `text` out. On standard output it is written a piece at a time and `stop`
    /// asked between pieces, so that Ctrl-C stops a long result at once; a file gets it
    /// whole (a failure there is reported when the statement ends).
    func write(_ text: String, stoppingWhen stop: () -> Bool) -> StoppableWrite {
        switch self {
        case .standardOutput:
            return StoppableWrite.write(text, to: 1, stoppingWhen: stop)
        case .file(let file):
            file.write(text)
            return .finished
        }
    }

    /// At the end of a statement: puts what an `.output` file was given in place; false
    /// (with the reason reported, the file left as it was, and results sent back to
    /// standard output) when it could not be written — or may not be: a register read
    /// since the output was chosen is never written over.
    mutating func publish(protecting registers: Set<FileIdentity>, reportingTo report: (String) -> Void) -> Bool {
        guard case .file(let file) = self else { return true }
        return finish(file, file.publish, protecting: registers, reportingTo: report)
    }

    /// Ends an `.output` file (see `publish`) and sends results back to standard output.
    mutating func close(protecting registers: Set<FileIdentity>, reportingTo report: (String) -> Void) -> Bool {
        guard case .file(let file) = self else { return true }
        self = .standardOutput
        return finish(file, file.close, protecting: registers, reportingTo: report)
    }

    private mutating func finish(_ file: OutputFile, _ putInPlace: () -> String?, protecting registers: Set<FileIdentity>,
                                 reportingTo report: (String) -> Void) -> Bool {
        var failure = Self.reasonNotToWrite(file.path, protecting: registers)
        if failure == nil { failure = putInPlace() }
        guard let failure else { return true }
        file.discard()
        self = .standardOutput
        report("error: cannot write \(file.path): \(failure)\n")
        return false
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

    /// The file a symbolic link leads to (the path itself when it is no link, or leads
    /// nowhere yet), so that the link stays a link when the file behind it is replaced.
    public static func resolvingLink(_ path: String) -> String {
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
