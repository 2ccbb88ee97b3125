#if canImport(Glibc)
import Glibc
#endif

/// A file's bytes, mapped rather than read, so that a large register costs no copy; the
/// reader releases the pages it has finished with, keeping the peak memory to the
/// columns it builds. Pipes and other unmappable files are read into memory instead.
final class FileContents: @unchecked Sendable {
    private let mapped: UnsafeMutableRawPointer?
    private let read: [UInt8]
    let count: Int

    static func open(path: String) -> Result<FileContents, FileBytes.Failure> {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(FileBytes.lastFailure()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(FileBytes.lastFailure()) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return .failure(FileBytes.Failure(reason: "it is a directory")) }
        // A device (/dev/zero) never ends; pipes and files do.
        if type == S_IFCHR || type == S_IFBLK { return .failure(FileBytes.Failure(reason: "it is a device, not a file")) }
        if (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 {
            let size = Int(info.st_size)
            if let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), pointer != MAP_FAILED {
                madvise(pointer, size, MADV_SEQUENTIAL)
                return .success(FileContents(mapped: pointer, count: size))
            }
        }
        return FileBytes.read(path: path).map { FileContents(bytes: $0) }
    }

    private init(mapped: UnsafeMutableRawPointer, count: Int) {
        self.mapped = mapped
        self.read = []
        self.count = count
    }

    init(bytes: [UInt8]) {
        self.mapped = nil
        self.read = bytes
        self.count = bytes.count
    }

    deinit {
        if let mapped { munmap(mapped, count) }
    }

    var isMapped: Bool { mapped != nil }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let mapped { return body(UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: count)) }
        return read.withUnsafeBufferPointer(body)
    }

    /// Gives back the pages wholly inside `range` (only for a mapping; they are read
    /// again from the page cache if touched later). Safe from several threads at once.
    func release(_ range: Range<Int>) {
        guard let mapped else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound / page * page
        guard end > start else { return }
        madvise(mapped + start, end - start, MADV_DONTNEED)
    }
}
