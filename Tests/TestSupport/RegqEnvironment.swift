import Foundation

/// The environment the tests run regq in. What regq shows depends on it — colour, the
/// terminal's width, the saved queries it finds — so every run gets the same, whoever
/// runs the tests and from whatever shell.
public enum RegqEnvironment {
    /// The test process's own environment (PATH, and the sanitizer's options under
    /// `make test-sanitize`), with no colour, no COLUMNS, and none of the saved queries
    /// of the person running the tests (`XDG_DATA_HOME` points nowhere, `REGQ_QUERIES` is
    /// removed); then `extra`, which may set any of them back.
    public static func inherited(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "COLUMNS")
        environment.removeValue(forKey: "REGQ_QUERIES")
        environment["NO_COLOR"] = "1"
        environment["XDG_DATA_HOME"] = "/nonexistent/regq-tests"
        return environment.merging(extra) { $1 }
    }

    /// What a person's terminal session would give regq, and nothing of the test's:
    /// `home` as HOME and XDG_STATE_HOME (so that no test reads or writes a real history),
    /// TERM=xterm, a UTF-8 locale, no colour, no pager (`PAGER` empty: a test of the pager
    /// names its own); the sanitizer's options are kept, since a sanitized regq needs them
    /// (its leak suppressions).
    public static func terminal(home: String) -> [String: String] {
        var environment = ["HOME": home, "XDG_STATE_HOME": home + "/state", "TERM": "xterm", "NO_COLOR": "1",
                           "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no", "PAGER": ""]
        let inherited = ProcessInfo.processInfo.environment
        for name in ["ASAN_OPTIONS", "LSAN_OPTIONS", "ASAN_SYMBOLIZER_PATH"] { environment[name] = inherited[name] }
        return environment
    }
}
