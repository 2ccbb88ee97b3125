#if canImport(Glibc)
import Glibc
#endif
import RegisterCSV

/// How a write that may be stopped part way ended.
enum StoppableWrite: Equatable {
    case finished
    /// Stopped between two pieces (Ctrl-C): what was written ends with a whole line.
    case stopped
    case failed(WriteFailure)

    /// Bytes written between two checks: small enough that a stop takes effect at once
    /// even on a slow terminal, large enough that the checks cost nothing.
    static let pieceSize = 16 << 10

    /// Writes `text` to `fd` a piece at a time, each piece ending at a line break where
    /// one falls, and asks `stop` before each: a long result can be abandoned part way
    /// without leaving half a line.
    static func write(_ text: String, to fd: Int32, stoppingWhen stop: () -> Bool) -> StoppableWrite {
        Terminal.ignoreWriteSignals()
        var text = text
        return text.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) -> StoppableWrite in
            var start = 0
            while start < bytes.count {
                if stop() { return .stopped }
                var end = min(bytes.count, start + pieceSize)
                if end < bytes.count, let lineEnd = lastLineBreak(in: bytes, from: start, to: end) { end = lineEnd + 1 }
                if let code = FileBytes.writeAll(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start ..< end])), to: fd) {
                    return .failed(code == EPIPE ? .readerGone : .failed(reason: FileBytes.Failure(code: code).reason))
                }
                start = end
            }
            return .finished
        }
    }

    /// The index of the last line break in `bytes[start..<end]`: a plain loop, which
    /// stays fast without optimisation (a generic slice search does not).
    static func lastLineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = end - 1
        while index >= start {
            if bytes[index] == 0x0A { return index }
            index -= 1
        }
        return nil
    }
}
