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
        .testTarget(name: "REPLTests", dependencies: []),
        .testTarget(name: "HostileInputTests", dependencies: []),
        // Fuzz targets (libFuzzer): `make fuzz`. Without --sanitize=fuzzer they build as do-nothing programs.
        .executableTarget(name: "StatementFuzz", dependencies: ["QueryLanguage", "QueryEngine", "Output", "Register"], path: "Fuzz/StatementFuzz"),
        .executableTarget(name: "RegisterFuzz", dependencies: ["Register", "QueryLanguage", "QueryEngine", "Output"], path: "Fuzz/RegisterFuzz"),
        .executableTarget(name: "SplitterFuzz", dependencies: ["QueryLanguage"], path: "Fuzz/SplitterFuzz"),
    ]
)
