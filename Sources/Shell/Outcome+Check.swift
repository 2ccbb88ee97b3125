extension Session.Outcome {
    /// Of two outcomes, the one that decides the exit status: a failure over success, the
    /// higher exit status of two failures (a file error over a statement error), and
    /// anything that ends the run over both.
    public func worse(_ other: Session.Outcome) -> Session.Outcome {
        switch (self, other) {
        case (.success, _): return other
        case (_, .success): return self
        case (.failed(let mine), .failed(let theirs)): return .failed(exitStatus: max(mine, theirs))
        case (.failed, _): return other
        default: return self
        }
    }

    /// Whether the run goes on to the next statement or input after this outcome: after
    /// success, and, under `--check` (which must report every error, not only the first),
    /// after a failed statement or an unreadable file too.
    public func goesOn(checking: Bool) -> Bool {
        switch self {
        case .success: return true
        case .failed: return checking
        case .quit, .outputFailed: return false
        }
    }
}
