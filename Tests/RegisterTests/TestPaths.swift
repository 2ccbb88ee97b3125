/// Paths of the package's own files, for tests that read them.
enum TestPaths {
    /// The package root, found from this file's path.
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3) // Tests/RegisterTests/TestPaths.swift
        return parts.joined(separator: "/")
    }()

    /// Test data that is not a target's source: the csv-spectrum suite.
    static let conformance = root + "/Tests/Conformance"
}
