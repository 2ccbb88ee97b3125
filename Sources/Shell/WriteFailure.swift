/// Why text could not be written to standard output. The write that failed reports it,
/// the session and the REPL pass it up unchanged, and the driver ends the run with the
/// status it gives; nothing more runs or is written in between.
public enum WriteFailure: Error, Equatable, Sendable {
    /// The reader has gone (a closed pipe, as in `regq … | head -1`): it asked for no more.
    case readerGone
    /// The write failed for another reason, the system's (a full disk).
    case failed(reason: String)

    /// The exit status a run ends with after this failure, once the reason is reported:
    /// 0, quietly, when the reader has gone, since nothing failed; else 2 with a message,
    /// rather than report success for results that were lost.
    public func exitStatusAfterReporting() -> Int32 {
        switch self {
        case .readerGone:
            return 0
        case .failed(let reason):
            Terminal.writeError("error: cannot write the results: \(reason)\n")
            return 2
        }
    }
}
