import Output
import Commands
import Shell
import CommandLineArguments

/// The everyday command lines (`regq`, `regq -f csv -e '…'`, `regq -r reg.csv q.rq`) read
/// without the argument parser, which costs about 2.5 ms of start-up (it looks up protocol
/// conformances at run time) — most of regq's time on the embedded register. Anything
/// else — `--help`, `--format=csv`, an unknown option, a bad value, a repeated `-f` — is
/// not read here but left to the argument parser, which gives the same options, the help
/// and the error messages.
enum PlainArguments {
    static func parse(_ arguments: [String]) -> BatchOptions? {
        var options = BatchOptions(format: .table, parameters: [:], texts: [], files: [], checkOnly: false, failOnRows: false)
        var formatSeen = false
        var registers: [String] = [], historyFolder: String?, sheet: String?
        var index = 0
        func value() -> String? {
            index += 1
            return index < arguments.count ? arguments[index] : nil
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch CommandLineOption(spelling: argument) {
            case .execute:
                guard let text = value() else { return nil }
                options.texts.append(text)
            case .register:
                guard let path = value() else { return nil }
                registers.append(path)
            case .history:
                guard historyFolder == nil, let folder = value() else { return nil }
                historyFolder = folder
            case .sheet:
                guard sheet == nil, let name = value() else { return nil }
                sheet = name
            case .format:
                guard !formatSeen, let name = value(), let format = OutputFormat(name: name) else { return nil }
                options.format = format
                formatSeen = true
            case .param:
                guard let text = value(), let parameter = ParameterAssignment(assignment: text) else { return nil }
                options.parameters[parameter.name] = parameter.value
            case .check:
                options.checkOnly = true
            case .failOnRows:
                options.failOnRows = true
            case .strict:
                options.strict = true
            case .dialect, .output, .summary, .like:
                // Left to the argument parser, which checks the dialect's name and says
                // that the others belong to regq import.
                return nil
            case nil:
                guard !argument.hasPrefix("-"), !["reconcile", "sql", "import", "report"].contains(argument) || index > 0 else { return nil }
                options.files.append(argument)
            }
            index += 1
        }
        // A choice that means nothing is left to the argument parser, which reports it.
        guard case .success(let choice) = RegisterChoice.from(registers: registers, historyFolder: historyFolder, sheet: sheet) else { return nil }
        options.registers = choice
        return options
    }
}
