import ArgumentParser
import Output

/// `-f NAME`, checked by the argument parser with the list of formats in its message.
struct FormatArgument: ExpressibleByArgument {
    let value: OutputFormat

    init(_ value: OutputFormat) { self.value = value }

    init?(argument: String) {
        guard let format = OutputFormat(name: argument) else { return nil }
        value = format
    }

    var defaultValueDescription: String { value.rawValue }

    static var allValueStrings: [String] { OutputFormat.names }

    /// `--format`'s help (of `regq` and of `regq reconcile`), naming every format.
    static var help: ArgumentHelp {
        ArgumentHelp("Output format: " + OutputFormat.names.joined(separator: ", ") + ".")
    }
}

/// `--dialect NAME`: the SQL engine `-f sql` writes for.
struct DialectArgument: ExpressibleByArgument {
    let value: SQLDialect

    init(_ value: SQLDialect) { self.value = value }

    init?(argument: String) {
        guard let dialect = SQLDialect(name: argument) else { return nil }
        value = dialect
    }

    var defaultValueDescription: String { value.rawValue }

    static var allValueStrings: [String] { SQLDialect.names }
}
