import ArgumentParser
import Output
import SQLCompiler
import CommandLineArguments

/// Cases chosen by name on the command line, in any case: formats, SQL dialects.
protocol NamedChoice: RawRepresentable<String> {
    init?(name: String)
    static var names: [String] { get }
}

extension OutputFormat: NamedChoice {}
extension SQLDialect: NamedChoice {}

/// `-f csv`, `--dialect duckdb`: a named case, checked by the argument parser with every
/// name in its message.
struct ChoiceArgument<Choice: NamedChoice>: ExpressibleByArgument {
    let value: Choice

    init(_ value: Choice) { self.value = value }

    init?(argument: String) {
        guard let choice = Choice(name: argument) else { return nil }
        value = choice
    }

    var defaultValueDescription: String { value.rawValue }

    static var allValueStrings: [String] { Choice.names }
}

typealias FormatArgument = ChoiceArgument<OutputFormat>
typealias DialectArgument = ChoiceArgument<SQLDialect>

extension ChoiceArgument where Choice == OutputFormat {
    /// `--format`'s help (of `regq` and of `regq reconcile`), naming every format.
    static var help: ArgumentHelp {
        ArgumentHelp("Output format: " + OutputFormat.names.joined(separator: ", ") + ".")
    }
}
