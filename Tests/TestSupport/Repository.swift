/// The package's own folder, for tests that read its files (queries, fixtures, the
/// documentation) or run the binary built in it.
public enum Repository {
    /// The package root, found from this file's path (Tests/TestSupport/Repository.swift),
    /// so that tests find the package wherever it is checked out and whatever folder
    /// the test runner starts in.
    public static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
}
