#if canImport(Glibc)
import Glibc
#endif
import CMapGuard

/// A file's bytes, mapped rather than read, so that a large register costs no copy; the
/// reader releases the pages it has finished with, keeping the peak memory to the
/// columns it builds. Pipes and other unmappable files are read into memory instead.
///
/// A file cut short while it is mapped would kill regq (SIGBUS) at the first read past
/// its new end: the mapping is guarded (`regq_map_guard_add`), such a read gives zeros,
/// and `changed` says so, as it does for a file written over in place, so that what was
/// read is refused.
final class FileContents: @unchecked Sendable {
    private let mapped: UnsafeMutableRawPointer?
    private let read: [UInt8]
    let count: Int
    /// The mapped file, kept open to see whether it changed, and its guard's slot.
    private let descriptor: Int32
    private let guardSlot: Int32
    private let opened: FileStamp

    static func open(path: String) -> Result<FileContents, FileBytes.Failure> {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(FileBytes.lastFailure()) }
        var keptOpen = false
        defer { if !keptOpen { close(fd) } }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(FileBytes.lastFailure()) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return .failure(FileBytes.Failure(reason: "it is a directory")) }
        // A device (/dev/zero) never ends; pipes and files do.
        if type == S_IFCHR || type == S_IFBLK { return .failure(FileBytes.Failure(reason: "it is a device, not a file")) }
        if (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 {
            let size = Int(info.st_size)
            if let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), pointer != MAP_FAILED {
                let slot = regq_map_guard_add(pointer, size)
                if slot >= 0 {
                    madvise(pointer, size, MADV_SEQUENTIAL)
                    keptOpen = true
                    return .success(FileContents(mapped: pointer, count: size, descriptor: fd, guardSlot: slot, opened: FileStamp(info)))
                }
                munmap(pointer, size)
            }
        }
        return FileBytes.read(path: path).map { FileContents(bytes: $0) }
    }

    private init(mapped: UnsafeMutableRawPointer, count: Int, descriptor: Int32, guardSlot: Int32, opened: FileStamp) {
        self.mapped = mapped
        self.read = []
        self.count = count
        self.descriptor = descriptor
        self.guardSlot = guardSlot
        self.opened = opened
    }

    init(bytes: [UInt8]) {
        self.mapped = nil
        self.read = bytes
        self.count = bytes.count
        descriptor = -1
        guardSlot = -1
        opened = FileStamp()
    }

    deinit {
        if let mapped {
            regq_map_guard_remove(guardSlot)
            munmap(mapped, count)
            close(descriptor)
        }
    }

    var isMapped: Bool { mapped != nil }

    /// Whether the mapped file was cut short or written over since it was opened: what
    /// was read from it may be zeros or a mix of two versions. (Bytes read into memory
    /// never change.)
    var changed: Bool {
        guard mapped != nil else { return false }
        if regq_map_guard_faulted(guardSlot) != 0 { return true }
        var info = stat()
        return fstat(descriptor, &info) != 0 || FileStamp(info) != opened
    }

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

/// What is said of a register file that changed while regq read it.
public enum RegisterFileChange {
    public static let message = "the register changed while it was read (a program wrote to the file)"
}

/// What tells a file's versions apart without reading it: its size and when it was last written.
private struct FileStamp: Equatable {
    var size = 0
    var seconds = 0
    var nanoseconds = 0

    init() {}

    init(_ info: stat) {
        size = Int(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
    }
}
