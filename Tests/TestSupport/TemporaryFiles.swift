import Foundation

/// Fresh folders and files under the system's temporary folder, for the registers,
/// queries and outputs a test makes. Each is new, so tests running side by side never
/// share one; they are left for the system to clear.
public enum TemporaryFiles {
    /// A new, empty folder.
    public static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "regq-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A file named `name` holding `bytes`, alone in a new folder.
    public static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = try folder() + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A file named `name` holding `text` (UTF-8), alone in a new folder.
    public static func file(_ name: String, _ text: String) throws -> String {
        try file(name, Array(text.utf8))
    }
}
