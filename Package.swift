// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "regq",
    products: [
        .executable(name: "regq", targets: ["regq"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // SSE2 search for CSV structural bytes (a portable loop elsewhere).
        .target(name: "CByteScan"),
        .target(name: "Register", dependencies: ["CByteScan"]),
        .target(name: "QueryLanguage", dependencies: ["Register"]),
        .target(name: "QueryEngine", dependencies: ["Register", "QueryLanguage"]),
        .target(name: "Output", dependencies: ["Register", "QueryEngine"]),
        .target(
            name: "Shell",
            dependencies: ["Register", "QueryLanguage", "QueryEngine", "Output", "CEditLine"]
        ),
        .executableTarget(
            name: "regq",
            dependencies: [
                "Shell",
                "Output",
                "Register",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "regq-generate", path: "Benchmarks/Generator"),
        .testTarget(name: "RegisterTests", dependencies: ["Register"]),
        .testTarget(name: "QueryLanguageTests", dependencies: ["QueryLanguage", "Register"]),
        .testTarget(name: "QueryEngineTests", dependencies: ["QueryEngine", "QueryLanguage", "Register"]),
        .testTarget(name: "OutputTests", dependencies: ["Output", "QueryEngine", "QueryLanguage", "Register"]),
        .testTarget(name: "CLITests", dependencies: ["Shell", "Register", "QueryLanguage"], exclude: ["Expected"]),
        // The pseudo-terminal and screen the REPL and hostile-input tests drive regq with.
        .target(name: "PseudoTerminalSupport", path: "Tests/PseudoTerminalSupport"),
        .testTarget(name: "REPLTests", dependencies: ["PseudoTerminalSupport"]),
        .testTarget(name: "HostileInputTests", dependencies: ["PseudoTerminalSupport"]),
        // Fuzz targets (libFuzzer): `make fuzz`. Without --sanitize=fuzzer they build as do-nothing programs.
        .target(name: "FuzzChecks", dependencies: ["Output", "QueryEngine", "Register"], path: "Fuzz/FuzzChecks"),
        .executableTarget(name: "StatementFuzz", dependencies: ["QueryLanguage", "QueryEngine", "Output", "Register", "FuzzChecks"],
                          path: "Fuzz/StatementFuzz"),
        .executableTarget(name: "RegisterFuzz", dependencies: ["Register", "QueryLanguage", "QueryEngine", "Output", "FuzzChecks"],
                          path: "Fuzz/RegisterFuzz"),
        .executableTarget(name: "SplitterFuzz", dependencies: ["QueryLanguage"], path: "Fuzz/SplitterFuzz"),
    ]
)
