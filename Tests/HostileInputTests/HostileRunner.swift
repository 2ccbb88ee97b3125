import TestSupport

/// regq run on hostile input, as `RegqProcess` runs it, with a UTF-8 locale (so that
/// what it escapes does not depend on the test's) and with Swift's crash backtraces off
/// (a crash then shows as the signal it is, quickly).
enum HostileRunner {
    typealias Run = FinishedRun

    /// What every hostile run's environment adds to `RegqEnvironment.inherited`.
    static let settings = ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]

    /// Runs regq with `arguments`, `stdin` as its standard input.
    static func run(_ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:],
                    directory: String? = nil, executable: String? = nil) throws -> Run {
        try RegqProcess.run(arguments, stdin: stdin, environment: settings.merging(environment) { $1 },
                            directory: directory, executable: executable)
    }

    /// Runs regq through `/bin/sh -c SCRIPT`, with `$REGQ` set to the binary (for `ulimit`
    /// and pipes); the run's status is the script's.
    static func shell(_ script: String, stdin: [UInt8] = [], environment: [String: String] = [:],
                      directory: String? = nil) throws -> Run {
        try RegqProcess.shell(script, stdin: stdin, environment: settings.merging(environment) { $1 }, directory: directory)
    }

    /// The environment of a hostile run, with `extra`.
    static func environment(_ extra: [String: String]) -> [String: String] {
        RegqEnvironment.inherited(settings.merging(extra) { $1 })
    }
}

extension FinishedRun {
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
