import Testing

/// The hostile-input suites, run one test at a time: each test times the child it
/// starts (against `RegqProcess.timeLimit`, a guard against hangs), and tests of this
/// target running side by side on two cores would only slow each other down.
@Suite(.serialized) enum HostileInput {}
