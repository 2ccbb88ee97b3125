#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Folders with plain POSIX calls: what a folder holds, and whether a path is one.
public enum Directory {
    /// The names in the folder at `path` (without `.` and `..`), or why it cannot be read.
    public static func listing(_ path: String) -> Result<[String], FileBytes.Failure> {
        guard let dir = opendir(path) else { return .failure(FileBytes.lastFailure()) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }

    /// The names in the folder at `path`; none when it cannot be read.
    public static func entries(_ path: String) -> [String] {
        (try? listing(path).get()) ?? []
    }

    /// Whether `path` is a folder (or a link to one).
    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` is a regular file (or a link to one).
    public static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
}
