import Output
import QueryLanguage
import History
import RegisterCSV
import RegisterModel

/// What each meta-command does, one method a command, named by its entry in
/// `MetaCommand.all`. Each is called with as many arguments as the table allows, so
/// checks only what the count cannot tell.
extension Session {
    func showHelp(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard let wanted = arguments.first else { return emit(TextWrap.listing(HelpText.text(), width: outputOptions.width)) }
        guard let topic = HelpText.Topic(prefix: wanted) else {
            let names = HelpText.Topic.allCases.map(\.rawValue)
            var message = "unknown help topic \(Diagnostic.quoted(wanted))"
            if let suggestion = suggestion(for: wanted, among: names) { message += "; did you mean '\(suggestion)'?" }
            return metaError(message + " (topics: " + names.joined(separator: ", ") + ")", in: context, argument: 0)
        }
        return emit(TextWrap.listing(topic.text, width: outputOptions.width))
    }

    func showFields(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard let register = wholeRegister() else { return .failed(exitStatus: 2) }
        return emit(fieldsDescription(register, width: outputOptions.width))
    }

    func showValues(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard let field = Field(name: arguments[0]) else { return metaError(unknownField(arguments[0]), in: context, argument: 0) }
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
            return metaError(message + " (formats: " + OutputFormat.names.joined(separator: ", ") + ")", in: context, argument: 0)
        }
        if chosen != format, case .outputFailed(let failure) = endJSONDocument() { return .outputFailed(failure) }
        format = chosen
        return .success
    }

    /// `.mode table|vertical|auto`: how a table is laid out on a terminal.
    func chooseMode(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        guard let wanted = arguments.first else {
            return emit("mode: \(tableMode.rawValue)\n")
        }
        guard let chosen = TableMode(name: wanted) else {
            if let pointer = SQLiteShellHabits.pointer(forMode: wanted) {
                return metaError("unknown mode \(Diagnostic.quoted(wanted)); " + pointer, in: context, argument: 0)
            }
            return metaError("unknown mode \(Diagnostic.quoted(wanted)) (modes: " + TableMode.names.joined(separator: ", ") + ")", in: context)
        }
        tableMode = chosen
        return .success
    }

    /// `.load FILE` switches to another register; `.load DIR`, to the history of the
    /// reports in DIR.
    /// `.load` alone goes back to the embedded register.
    func loadRegister(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        let source = arguments.first.map(WorkspaceSource.init(path:)) ?? .register(EmbeddedRegisterSource())
        guard switchWorkspace(to: source) else { return .failed(exitStatus: 2) }
        Terminal.writeError("loaded " + Self.loadedSummary(workspace) + "\n")
        return .success
    }

    func readQueryFile(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        runFile(arguments[0])
    }

    /// `.save NAME [DESCRIPTION …]`: the last query as a new saved query.
    func saveQuery(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        saveLastQuery(as: arguments[0], description: arguments.dropFirst().joined(separator: " "), replacing: false, context)
    }

    /// `.save! NAME [DESCRIPTION …]`: the same, replacing a saved query of that name.
    func replaceSavedQuery(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        saveLastQuery(as: arguments[0], description: arguments.dropFirst().joined(separator: " "), replacing: true, context)
    }

    func listSavedQueries(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        return emit(TextWrap.listing(savedQueriesListing(), width: outputOptions.width))
    }

    /// `.run NAME [NAME=VALUE …]`: the saved query with the parameters given set for it alone.
    func runSavedQuery(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        var overrides: [String: String] = [:]
        for (index, assignment) in arguments.enumerated().dropFirst() {
            guard let parameter = ParameterAssignment(assignment: assignment) else {
                return metaError("expected NAME=VALUE, found \(Diagnostic.quoted(assignment))", in: context, argument: index)
            }
            overrides[parameter.name] = parameter.value
        }
        guard let file = queryPath.file(named: arguments[0]) else {
            var message = "error: no saved query \(Diagnostic.quoted(arguments[0])) in "
                + (queryPath.folders.isEmpty ? "REGQ_QUERIES (it names no folder)" : queryPath.folders.map(Self.shown).joined(separator: ", "))
            if let near = suggestion(for: arguments[0], among: queryPath.names) { message += "; did you mean '\(near)'?" }
            Terminal.writeError(message + " (.queries lists them)\n")
            return .failed(exitStatus: 2)
        }
        let saved = parameters
        parameters.merge(overrides) { $1 }
        defer { parameters = saved }
        return runFile(file)
    }

    /// `.param NAME VALUE` sets a parameter, `.param NAME` unsets it. More words are a
    /// value with spaces left unquoted (`.param who Change of Agent`): the usage says how
    /// to quote it rather than guess where the value ends.
    func setParameter(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        let name = ParameterAssignment.bareName(arguments[0])
        switch arguments.count {
        case 1:
            if parameters.removeValue(forKey: name) == nil {
                Terminal.writeError("note: parameter '$\(Self.shown(name))' was not set\n")
            }
            return .success
        case 2:
            parameters[name] = arguments[1]
            return .success
        default:
            let value = arguments.dropFirst().joined(separator: " ")
            return metaError("usage: \(context.command.usage); a value with spaces is quoted: .param \(arguments[0]) \"\(value)\"",
                             in: context)
        }
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
        setSwitch(arguments, context) { timer = $0 }
    }

    /// `.pager on|off`; `on` also tries again a pager that could not be started.
    func setPager(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        setSwitch(arguments, context) { on in
            pagesLongResults = on
            if on { pagerFailed = false }
        }
    }

    /// `on` or `off`, in any case, given to `set`; anything else is a usage error.
    private func setSwitch(_ arguments: [String], _ context: MetaCommandContext, _ set: (Bool) -> Void) -> Outcome {
        guard ["on", "off"].contains(arguments[0].lowercased()) else {
            return metaError("usage: " + context.command.usage, in: context, argument: 0)
        }
        set(arguments[0].lowercased() == "on")
        return .success
    }

    func quit(_ arguments: [String], _ context: MetaCommandContext) -> Outcome {
        .quit
    }
}
