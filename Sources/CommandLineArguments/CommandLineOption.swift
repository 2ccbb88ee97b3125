import ArgumentParser

/// Every option of regq's commands, declared once: its spellings and whether a value
/// follows it. The argument parser names its options from here, the fast path
/// (`PlainArguments`) reads the everyday ones by these spellings, and `JoinedShortOptions`
/// knows from here which options take a value (`-fcsv`).
public enum CommandLineOption: CaseIterable, Sendable {
    case execute, register, history, sheet, format, dialect, param, check, failOnRows, strict, output, summary, like

    /// `-f`, where the option has a short spelling.
    public var short: Character? {
        switch self {
        case .execute: "e"
        case .register: "r"
        case .format: "f"
        case .param: "p"
        case .output: "o"
        case .history, .sheet, .dialect, .check, .failOnRows, .strict, .summary, .like: nil
        }
    }

    /// `--format`, where the option has a long spelling.
    public var long: String? {
        switch self {
        case .execute: nil
        case .register: "register"
        case .history: "history"
        case .sheet: "sheet"
        case .format: "format"
        case .dialect: "dialect"
        case .param: "param"
        case .check: "check"
        case .failOnRows: "fail-on-rows"
        case .strict: "strict"
        case .output: "output"
        case .summary: "summary"
        case .like: "like"
        }
    }

    /// Whether a value follows it (`-f csv`); the others are flags.
    public var takesValue: Bool {
        switch self {
        case .execute, .register, .history, .sheet, .format, .dialect, .param, .output, .summary, .like: true
        case .check, .failOnRows, .strict: false
        }
    }

    /// Its spellings on a command line: `-f`, `--format`.
    public var spellings: [String] {
        (short.map { ["-" + String($0)] } ?? []) + (long.map { ["--" + $0] } ?? [])
    }

    /// The option a command-line word spells, if any.
    public init?(spelling: String) {
        guard let option = Self.allCases.first(where: { $0.spellings.contains(spelling) }) else { return nil }
        self = option
    }

    /// Its names for the argument parser.
    public var name: NameSpecification {
        var names: [NameSpecification.Element] = []
        if let short { names.append(.customShort(short)) }
        if let long { names.append(.customLong(long)) }
        return NameSpecification(names)
    }
}
