import Foundation

/// The regq binary under test, run as a shell script would run it, in the environment
/// of `RegqEnvironment.inherited`.
///
/// Standard input, output and error are files, not pipes, so that a megabyte of input or
/// of messages can never dead-lock the test against the child.
public enum RegqProcess {
    /// `$REGQ_BINARY` (`make test-sanitize` names the sanitized build), else the debug
    /// build in the package, which `make test` builds first.
    public static let binary = ProcessInfo.processInfo.environment["REGQ_BINARY"].flatMap { $0.isEmpty ? nil : $0 }
        ?? Repository.root + "/.build/debug/regq"

    /// The bound a test may set on one run's wall time. It guards against a hang, not a
    /// slow machine: hostile input gets its answer within a second in the debug build,
    /// and ten times that holds on a machine busy with other builds. `make test-sanitize`
    /// raises it with `REGQ_TIME_LIMIT`, AddressSanitizer making regq about three times
    /// slower.
    public static let timeLimit = ProcessInfo.processInfo.environment["REGQ_TIME_LIMIT"].flatMap(Double.init) ?? 10

    /// A run still going after this many seconds is killed (and shows as ended by
    /// SIGKILL), so that a hang fails its test instead of stalling the suite; twice the
    /// time limit, so that a run that is only slow still ends and shows its output.
    public static var killAfter: Double { 2 * timeLimit }

    /// Runs `executable` (regq unless another program is named) with `arguments`, `stdin`
    /// as its standard input (none by default), in `directory` (the test's own when nil),
    /// with `environment` over `RegqEnvironment.inherited`, killed after `killAfter`
    /// seconds (a browser's start takes longer than regq's whole run). `whileRunning`,
    /// when given, is called once the process has started (to change its files under it).
    public static func run(_ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:],
                           directory: String? = nil, executable: String? = nil, killAfter: Double = killAfter,
                           whileRunning: (() -> Void)? = nil) throws -> FinishedRun {
        let folder = try TemporaryFiles.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inPath = folder + "/stdin", outPath = folder + "/stdout", errPath = folder + "/stderr"
        try Data(stdin).write(to: URL(fileURLWithPath: inPath))
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
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
        process.environment = RegqEnvironment.inherited(environment)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let started = DispatchTime.now()
        try process.run()
        whileRunning?()
        let deadline = started.uptimeNanoseconds + UInt64(killAfter * 1e9)
        while process.isRunning {
            if DispatchTime.now().uptimeNanoseconds > deadline { kill(process.processIdentifier, SIGKILL) }
            usleep(2_000)
        }
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return FinishedRun(stdout: try FileText.bytes(outPath), stderr: try FileText.bytes(errPath),
                           status: process.terminationReason == .exit ? process.terminationStatus : nil,
                           signal: process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil,
                           seconds: seconds)
    }

    /// Runs `script` with `/bin/sh -c`, `$REGQ` naming the binary (for pipes and
    /// `ulimit`); the run's status is the script's.
    public static func shell(_ script: String, stdin: [UInt8] = [], environment: [String: String] = [:],
                             directory: String? = nil) throws -> FinishedRun {
        try run(["-c", script], stdin: stdin, environment: environment.merging(["REGQ": binary]) { $1 },
                directory: directory, executable: "/bin/sh")
    }
}
