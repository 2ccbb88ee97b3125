import ArgumentParser
import Shell

/// `-p/--param NAME=VALUE`, repeatable: the parameters a statement uses as `$NAME`, for
/// `regq` and `regq sql` alike.
public struct ParameterArguments: ParsableArguments {
    public init() {}

    @Option(name: CommandLineOption.param.name, help: ArgumentHelp("Set a parameter used as $NAME (repeatable).", valueName: "NAME=VALUE"))
    var param: [String] = []

    public func validate() throws {
        if case .failure(let wrong) = ParameterAssignment.values(of: param) {
            throw ValidationError("--param expects NAME=VALUE, found '\(wrong.text)'")
        }
    }

    /// Each parameter's value by name (a later assignment of a name wins).
    public var values: [String: String] {
        (try? ParameterAssignment.values(of: param).get()) ?? [:]
    }
}
