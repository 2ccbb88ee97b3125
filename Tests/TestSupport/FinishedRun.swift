/// What a shell would see of a finished run: standard output and error as bytes, the
/// exit status or the signal, and the wall time.
public struct FinishedRun: Sendable {
    public var stdout: [UInt8]
    public var stderr: [UInt8]
    /// The exit status; nil when a signal ended the process.
    public var status: Int32?
    /// The signal that ended the process, if one did.
    public var signal: Int32?
    /// Wall time from start to exit, in seconds.
    public var seconds: Double

    public var out: String { String(decoding: stdout, as: UTF8.self) }
    public var err: String { String(decoding: stderr, as: UTF8.self) }
    public var errLines: [Substring] { err.split(separator: "\n") }
    /// How it ended, for test messages: `status 1`, `signal 13`.
    public var ending: String { status.map { "status \($0)" } ?? "signal \(signal ?? -1)" }
}
