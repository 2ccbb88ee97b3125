import Output
import QueryLanguage
import RegisterCSV
import RegisterModel

/// What each meta-command does, one method a command, named by its entry in
/// `MetaCommand.all`. Each is called with as many arguments as the table allows, so
/// checks only what the count cannot tell.
extension Session {
    func showHelp(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        return emit(HelpText.text(topic: arguments.first))
    }

    func showFields(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard let register = wholeRegister() else { return .failed(exitStatus: 2) }
        return emit(fieldsDescription(register, width: outputOptions.width))
    }

    func showValues(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard let field = Field(name: arguments[0]) else { return metaError(unknownField(arguments[0]), in: context) }
        return runQuery(SourceFile(name: "<.values>", text: "select \(field.name), count(*) group by \(field.name)"),
                        range: nil)
    }

    func chooseFormat(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard let wanted = arguments.first else {
            return emit("format: \(format.rawValue)\n")
        }
        guard let chosen = OutputFormat(name: wanted) else {
            var message = "unknown format \(Diagnostic.quoted(wanted))"
            if let suggestion = suggestion(for: wanted, among: OutputFormat.names) { message += "; did you mean '\(suggestion)'?" }
            return metaError(message + " (formats: " + OutputFormat.names.joined(separator: ", ") + ")", in: context)
        }
        format = chosen
        return .success
    }

    /// `.mode table|vertical|auto`: how a table is laid out on a terminal.
    func chooseMode(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard let wanted = arguments.first else {
            return emit("mode: \(tableMode.rawValue)\n")
        }
        guard let chosen = TableMode(name: wanted) else {
            return metaError("unknown mode \(Diagnostic.quoted(wanted)) (modes: " + TableMode.names.joined(separator: ", ") + ")", in: context)
        }
        tableMode = chosen
        return .success
    }

    func loadRegister(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard switchRegister(to: RegisterFile(path: arguments[0])) else { return .failed(exitStatus: 2) }
        Terminal.writeError("loaded \(arguments[0]): \(loaded.rowCount) artefacts\n")
        return .success
    }

    func readQueryFile(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        runFile(arguments[0])
    }

    func saveQuery(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        saveLastQuery(as: arguments[0], source: context.source, at: context.range)
    }

    func listSavedQueries(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        return emit(savedQueriesListing())
    }

    /// `.run NAME [NAME=VALUE …]`: the saved query with the parameters given set for it alone.
    func runSavedQuery(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        var overrides: [String: String] = [:]
        for assignment in arguments.dropFirst() {
            guard let (key, value) = Self.assignment(assignment) else {
                return metaError("expected NAME=VALUE, found '\(assignment)'", in: context)
            }
            overrides[key] = value
        }
        let saved = parameters
        parameters.merge(overrides) { $1 }
        defer { parameters = saved }
        return runFile(queriesFolder + "/" + arguments[0] + (arguments[0].hasSuffix(".rq") ? "" : ".rq"))
    }

    func setParameter(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        parameters[arguments[0].hasPrefix("$") ? String(arguments[0].dropFirst()) : arguments[0]] = arguments[1]
        return .success
    }

    func listParameters(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        return emit(parameters.keys.sorted().map { "$\(Self.shown($0)) = \(Self.shown(parameters[$0]!))\n" }.joined())
    }

    /// `.output FILE` sends results to FILE from now on; `.output` alone, back to the terminal.
    func redirectOutput(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        if !closeOutput() { return .failed(exitStatus: 2) }
        if let path = arguments.first, !openOutput(path) { return .failed(exitStatus: 2) }
        return .success
    }

    func setTimer(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard ["on", "off"].contains(arguments[0].lowercased()) else { return usageError(context) }
        timer = arguments[0].lowercased() == "on"
        return .success
    }

    func quit(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        .quit
    }
}
