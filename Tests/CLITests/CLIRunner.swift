import Foundation

/// Runs the built `regq` binary and captures what a shell script would see.
struct CLIRunner {
    struct Run {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let binary = ProcessInfo.processInfo.environment["REGQ_BINARY"] ?? root + "/.build/debug/regq"

    /// Runs `binary` (the one under test, unless another copy is named) with `arguments`.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    directory: String? = nil, binary: String = CLIRunner.binary) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "COLUMNS")
        env["NO_COLOR"] = "1"
        // Saved queries of the user running the tests are not looked for.
        env["XDG_DATA_HOME"] = "/nonexistent/regq-tests"
        env.removeValue(forKey: "REGQ_QUERIES")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                   status: process.terminationStatus)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "regq-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A file in a fresh temporary folder.
    static func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let folder = try temporaryFolder()
        let path = folder + "/" + name
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
