#if canImport(Glibc)
import Glibc
#endif
import RegisterCSV

/// The file `.output FILE` sends results to, written as the results come rather than
/// held until the output is switched back.
///
/// Results go into a temporary file beside FILE, which is renamed over FILE at the end of
/// each statement: FILE always holds the results of every statement finished so far and
/// never half of one, so a hang-up, a crash or a kill loses at most the statement under
/// way, and a reader never sees a result being written. (The next statement's results go
/// into a new temporary file that starts as a copy of FILE.) A device or a pipe
/// (`/dev/stderr`, or a link to one) is written into directly, since renaming over it
/// would replace it.
public final class OutputFile {
    /// As it was given, for messages.
    let path: String
    /// The file renamed over: the path, or the file a link at the path leads to, so that
    /// the link stays a link.
    private let target: String
    /// A device or pipe, written into.
    private let isDevice: Bool
    /// The temporary file (or the device) being written; -1 when none is open.
    private var descriptor: Int32 = -1
    private var temporary: String?
    /// Whether FILE has been written by this output yet (later statements add to it).
    private var published = false
    /// Why a write failed; reported when the statement ends.
    private var failure: String?

    init(path: String) {
        self.path = path
        target = ResultDestination.resolvingLink(path)
        var info = stat()
        isDevice = stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG
    }

    deinit { discard() }

    /// Writes `text` out now; a failure is kept for `publish`.
    func write(_ text: String) {
        guard failure == nil, descriptor >= 0 || open() else { return }
        var text = text
        if let code = text.withUTF8({ FileBytes.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }) {
            failure = FileBytes.Failure(code: code).reason
        }
    }

    /// At the end of a statement: puts what was written in place. Nil, or why it could not
    /// be (the temporary file is then removed and FILE left as it was).
    func publish() -> String? {
        if let failure {
            discard()
            return failure
        }
        guard descriptor >= 0 else { return nil }
        if isDevice {
            Glibc.close(descriptor)
            descriptor = -1
            return nil
        }
        guard let temporary else { return nil }
        let synced = fsync(descriptor) == 0 ? 0 : errno
        let closed = Glibc.close(descriptor) == 0 ? 0 : errno
        descriptor = -1
        if synced != 0 || closed != 0 { return failed(synced != 0 ? synced : closed) }
        guard rename(temporary, target) == 0 else { return failed(errno) }
        self.temporary = nil
        published = true
        return nil
    }

    /// At the end of the output: puts what was written in place, and makes FILE empty when
    /// nothing at all was, as `.output FILE` said it would be replaced.
    func close() -> String? {
        if !published && descriptor < 0 && failure == nil && !isDevice { _ = open() }
        return publish()
    }

    /// Removes the temporary file, if any: nothing more is written.
    func discard() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
        if let temporary { unlink(temporary) }
        temporary = nil
    }

    /// Opens the device, or a new temporary file holding what FILE holds of this output.
    private func open() -> Bool {
        if isDevice {
            descriptor = Glibc.open(path, O_WRONLY | O_CLOEXEC)
            if descriptor < 0 { failure = FileBytes.Failure(code: errno).reason }
            return descriptor >= 0
        }
        var template = Array((target + ".regq-XXXXXX").utf8CString)
        let made = mkstemp(&template)
        guard made >= 0 else {
            failure = FileBytes.Failure(code: errno).reason
            return false
        }
        _ = fcntl(made, F_SETFD, FD_CLOEXEC)
        descriptor = made
        temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let mask = umask(0)
        umask(mask)
        fchmod(made, 0o644 & ~mask)
        if published {
            switch FileBytes.read(path: target) {
            case .success(let bytes):
                if let code = bytes.withUnsafeBytes({ FileBytes.writeAll($0, to: made) }) {
                    failure = FileBytes.Failure(code: code).reason
                }
            case .failure(let reason):
                failure = reason.reason
            }
        }
        return failure == nil
    }

    private func failed(_ code: Int32) -> String {
        let reason = FileBytes.Failure(code: code).reason
        discard()
        return reason
    }
}
