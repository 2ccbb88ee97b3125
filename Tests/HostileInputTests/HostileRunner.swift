import Foundation

/// Runs the built `regq` binary on hostile input and records what a shell would see:
/// standard output and error as bytes, the exit status or the signal, and the wall time.
///
/// Standard input, output and error are files, not pipes, so that a megabyte of input or
/// of messages can never dead-lock the test against the child.
struct HostileRunner {
    struct Run {
        var stdout: [UInt8]
        var stderr: [UInt8]
        /// The exit status; nil when a signal ended the process.
        var status: Int32?
        /// The signal that ended the process, if one did.
        var signal: Int32?
        /// Wall time from start to exit, in seconds.
        var seconds: Double

        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
        var errLines: [Substring] { err.split(separator: "\n") }
        /// How it ended, for test messages: `status 1`, `signal 13`.
        var ending: String { status.map { "status \($0)" } ?? "signal \(signal ?? -1)" }
    }

    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// `$REGQ_BINARY`, else the debug build in the package.
    static let binary = ProcessInfo.processInfo.environment["REGQ_BINARY"] ?? root + "/.build/debug/regq"

    /// The bound on every run's wall time: hostile input gets an answer within a second,
    /// in the debug build too. `make test-sanitize` raises it with `REGQ_TIME_LIMIT`, since
    /// AddressSanitizer makes the binary two to three times slower.
    static let timeLimit = ProcessInfo.processInfo.environment["REGQ_TIME_LIMIT"].flatMap(Double.init) ?? 1.0

    /// A child still running after this many seconds is killed.
    static let killAfter = 20.0

    /// Runs regq with `arguments`, `stdin` as its standard input (empty when nil).
    static func run(_ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:],
                    directory: String? = nil, executable: String? = nil) throws -> Run {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inPath = folder + "/stdin", outPath = folder + "/stdout", errPath = folder + "/stderr"
        try Data(stdin).write(to: URL(fileURLWithPath: inPath))
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        defer {
            try? input.close()
            try? output.close()
            try? errors.close()
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = arguments
        process.environment = Self.environment(environment)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let started = DispatchTime.now()
        try process.run()
        // A hang must fail its test, not stall the suite: the child is killed after
        // `killAfter` seconds (and then shows as ended by SIGKILL).
        let deadline = started.uptimeNanoseconds + UInt64(killAfter * 1e9)
        while process.isRunning {
            if DispatchTime.now().uptimeNanoseconds > deadline { kill(process.processIdentifier, SIGKILL) }
            usleep(2_000)
        }
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return Run(stdout: try readBytes(outPath), stderr: try readBytes(errPath),
                   status: process.terminationReason == .exit ? process.terminationStatus : nil,
                   signal: process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil,
                   seconds: seconds)
    }

    /// Runs regq through `/bin/sh -c SCRIPT`, with `$REGQ` set to the binary (for `ulimit`
    /// and pipes); the run's status is the script's.
    static func shell(_ script: String, stdin: [UInt8] = [], environment: [String: String] = [:],
                      directory: String? = nil) throws -> Run {
        var environment = environment
        environment["REGQ"] = binary
        return try run(["-c", script], stdin: stdin, environment: environment, directory: directory, executable: "/bin/sh")
    }

    /// The test's environment without COLUMNS, with NO_COLOR, a UTF-8 locale and any extras.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "COLUMNS")
        env["NO_COLOR"] = "1"
        env["LANG"] = "C.UTF-8"
        env["SWIFT_BACKTRACE"] = "enable=no"
        for (key, value) in extra { env[key] = value }
        return env
    }

    /// A file's bytes, read with plain POSIX calls: under `make test-sanitize` LeakSanitizer
    /// reports the buffers of FoundationEssentials' `Data(contentsOf:)` as leaked.
    static func readBytes(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return bytes }
            bytes += chunk[0 ..< count]
        }
    }

    static func readText(_ path: String) throws -> String {
        String(decoding: try readBytes(path), as: UTF8.self)
    }

    /// A fresh folder under the system's temporary folder.
    static func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "regq-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A file holding `bytes` in a fresh folder; the folder is the caller's to remove.
    static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = try temporaryFolder() + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func file(_ name: String, _ text: String) throws -> String {
        try file(name, Array(text.utf8))
    }
}

extension HostileRunner.Run {
    /// The bytes of standard error hold no control character but the line break, and are
    /// valid UTF-8: nothing in them can drive a terminal.
    var stderrIsSafe: Bool { Self.isSafe(stderr) }
    var stdoutIsSafe: Bool { Self.isSafe(stdout) }

    static func isSafe(_ bytes: [UInt8]) -> Bool {
        guard let text = String(validating: bytes, as: UTF8.self) else { return false }
        return !text.unicodeScalars.contains {
            $0 != "\n" && ($0.value < 0x20 || ($0.value >= 0x7F && $0.value <= 0x9F)
                || (0x202A ... 0x202E).contains($0.value) || (0x2066 ... 0x2069).contains($0.value))
        }
    }
}

/// The register header, for building register files.
let registerHeader = "kind,ref,name,wg,subgroups,status,blocker,sg,review,dag\n"
