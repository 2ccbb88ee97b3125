import TestSupport

/// Runs the built `regq` binary (`RegqProcess`) and gives what a shell script would see
/// as text.
enum CLIRunner {
    struct Run {
        var stdout: String
        var stderr: String
        /// The exit status, or the signal that ended the run.
        var status: Int32
    }

    /// Runs `binary` (the one under test, unless another copy is named) with `arguments`.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    directory: String? = nil, binary: String = RegqProcess.binary) throws -> Run {
        Run(try RegqProcess.run(arguments, stdin: Array((stdin ?? "").utf8), environment: environment,
                                directory: directory, executable: binary))
    }
}

extension CLIRunner.Run {
    init(_ run: FinishedRun) {
        self.init(stdout: run.out, stderr: run.err, status: run.status ?? run.signal ?? -1)
    }
}
