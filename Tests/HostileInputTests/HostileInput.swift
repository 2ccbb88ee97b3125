import Testing

/// The hostile-input suites, run one test at a time: each test times the child
/// it starts against a one-second bound, and tests of this target running side by side
/// on two cores would only measure each other.
@Suite(.serialized) enum HostileInput {}
