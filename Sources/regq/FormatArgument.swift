import ArgumentParser
import Output

/// `-f NAME`, checked by the argument parser with the list of formats in its message.
struct FormatArgument: ExpressibleByArgument {
    let value: OutputFormat

    init(_ value: OutputFormat) { self.value = value }

    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument.lowercased()) else { return nil }
        value = format
    }

    var defaultValueDescription: String { value.rawValue }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}
