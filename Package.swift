// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "regq",
    products: [
        .executable(name: "regq", targets: ["regq"]),
        .executable(name: "regq-report", targets: ["regq-report"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Markdown for `regq report PACK.md`: pure Swift, no dependencies of its own, and
        // modifiers on fenced code blocks, which is where a pack's statements are.
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // SSE2 search for CSV structural bytes (a portable loop elsewhere).
        .target(name: "CByteScan"),
        // A file mapping guarded against the file being cut short while it is read (SIGBUS).
        .target(name: "CMapGuard"),
        // The layers, each depending only on those above it (docs/ARCHITECTURE.md):
        // the model: kinds, fields (the schema), months, the text-equality rule.
        .target(name: "RegisterModel"),
        // the column store: a register's columns, built cell by cell.
        .target(name: "ColumnStore", dependencies: ["RegisterModel"]),
        // register files: the CSV reader and writer, the embedded register, the sources.
        .target(name: "RegisterCSV", dependencies: ["RegisterModel", "ColumnStore", "CByteScan", "CMapGuard"]),
        // zlib, which inflates a workbook's parts.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // workbooks: an .xlsx read as a register, its sheets' XML streamed.
        .target(name: "RegisterXLSX", dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV", "CZlib"]),
        // the monthly status report's text, read into a register and its published figures.
        .target(name: "ReportText", dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV"]),
        // register files of every kind, told apart: the one way from a path to a source.
        .target(name: "RegisterFiles", dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV", "RegisterXLSX", "ReportText"]),
        // the history: reports over time, their rows paired into artefacts.
        .target(name: "History", dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV", "ReportText", "RegisterFiles"]),
        // the language: lexer, grammar, parser, checker, plan.
        .target(name: "QueryLanguage", dependencies: ["RegisterModel"]),
        // the engine: runs a plan over a register's columns.
        .target(name: "QueryEngine", dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV", "History", "QueryLanguage"]),
        // SQL: a plan in the relational form, written in the dialect of SQLite, DuckDB or PostgreSQL.
        .target(name: "SQLCompiler", dependencies: ["RegisterModel", "QueryLanguage"]),
        // the formats and charts: a result to text.
        .target(name: "Output", dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV", "QueryLanguage", "QueryEngine", "SQLCompiler"]),
        // the session: a workspace (a register or a history), running statements,
        // meta-commands, results to standard output or a file.
        .target(
            name: "Shell",
            dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV", "RegisterFiles", "History", "QueryLanguage", "QueryEngine", "SQLCompiler", "Output"]
        ),
        // the monthly pack: PACK.md (Markdown by Ink) or the standard pack, its statements
        // run by the session, laid out as one self-contained HTML page.
        .target(
            name: "Pack",
            dependencies: ["RegisterModel", "History", "QueryLanguage", "QueryEngine", "Output", "Shell",
                           .product(name: "Ink", package: "Ink")]
        ),
        // the REPL: line editing on libedit, completion, the history file.
        .target(name: "REPL", dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV", "History", "QueryLanguage", "Output", "Shell", "CEditLine"]),
        // the commands: regq (batch or the REPL), regq reconcile, regq sql; one loader,
        // one parameter parser, one diagnostic reporter.
        .target(
            name: "Commands",
            dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV", "ReportText", "RegisterFiles", "History", "QueryLanguage", "QueryEngine", "SQLCompiler", "Output", "Shell", "REPL"]
        ),
        // regq report: the pack made from the command's options (only regq-report links it).
        .target(
            name: "PackCommand",
            dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV", "QueryLanguage", "Output", "Shell", "Pack", "Commands"]
        ),
        // the options the executables share, declared once, and the parser's exit status.
        .target(
            name: "CommandLineArguments",
            dependencies: ["Commands", "Shell", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // the executable: the command line, and the only code that exits the process.
        .executableTarget(
            name: "regq",
            dependencies: [
                "CommandLineArguments",
                "Commands",
                "Shell",
                "Output",
                "SQLCompiler",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // regq report's executable, which regq runs for it: the pack links the Markdown
        // library and Foundation with it, which everyday regq then need not load.
        .executableTarget(
            name: "regq-report",
            dependencies: ["CommandLineArguments", "PackCommand", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "regq-generate", dependencies: ["RegisterModel"], path: "Benchmarks/Generator"),
        // What the tests share: the package's folder, regq run as a script would run it,
        // register text headed by the schema's header.
        .target(name: "TestSupport", dependencies: ["RegisterModel"], path: "Tests/TestSupport"),
        .testTarget(name: "RegisterTests", dependencies: ["TestSupport", "RegisterModel", "ColumnStore", "RegisterCSV"]),
        .testTarget(name: "WorkbookTests", dependencies: ["TestSupport", "RegisterXLSX", "RegisterModel"]),
        .testTarget(name: "ReportTextTests", dependencies: ["TestSupport", "ReportText", "RegisterModel", "ColumnStore", "RegisterCSV"]),
        .testTarget(name: "HistoryTests", dependencies: ["TestSupport", "History", "RegisterModel", "ColumnStore", "RegisterCSV"]),
        .testTarget(name: "QueryLanguageTests", dependencies: ["TestSupport", "QueryLanguage", "QueryEngine", "RegisterModel", "ColumnStore", "RegisterCSV"]),
        .testTarget(name: "QueryEngineTests", dependencies: ["TestSupport", "QueryEngine", "QueryLanguage", "RegisterModel", "ColumnStore", "RegisterCSV"]),
        .testTarget(name: "OutputTests", dependencies: ["TestSupport", "Output", "QueryEngine", "QueryLanguage", "RegisterModel", "ColumnStore", "RegisterCSV"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "Commands", "REPL", "Shell", "Output", "SQLCompiler", "QueryEngine", "RegisterModel", "ColumnStore", "RegisterCSV", "History", "QueryLanguage"], exclude: ["Expected"]),
        // The pseudo-terminal and screen the REPL and hostile-input tests drive regq with.
        .target(name: "PseudoTerminalSupport", path: "Tests/PseudoTerminalSupport"),
        .testTarget(name: "REPLTests", dependencies: ["TestSupport", "PseudoTerminalSupport"]),
        .testTarget(name: "HostileInputTests", dependencies: ["TestSupport", "PseudoTerminalSupport"]),
        // Fuzz targets (libFuzzer): `make fuzz`. Without --sanitize=fuzzer they build as do-nothing programs.
        .target(name: "FuzzChecks", dependencies: ["Output", "QueryEngine", "RegisterModel", "ColumnStore", "RegisterCSV"], path: "Fuzz/FuzzChecks"),
        .executableTarget(name: "StatementFuzz", dependencies: ["QueryLanguage", "QueryEngine", "Output", "RegisterModel", "ColumnStore", "RegisterCSV", "FuzzChecks"],
                          path: "Fuzz/StatementFuzz"),
        .executableTarget(name: "RegisterFuzz", dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV", "QueryLanguage", "QueryEngine", "Output", "FuzzChecks"],
                          path: "Fuzz/RegisterFuzz"),
        .executableTarget(name: "WorkbookFuzz", dependencies: ["RegisterModel", "ColumnStore", "RegisterCSV", "RegisterXLSX"],
                          path: "Fuzz/WorkbookFuzz"),
        .executableTarget(name: "SplitterFuzz", dependencies: ["QueryLanguage", "RegisterModel"], path: "Fuzz/SplitterFuzz"),
        .executableTarget(name: "ReportFuzz", dependencies: ["ReportText", "RegisterModel", "ColumnStore", "RegisterCSV"], path: "Fuzz/ReportFuzz"),
    ]
)
