import ArgumentParser
import Shell

/// `-p/--param NAME=VALUE`, repeatable: the parameters a statement uses as `$NAME`, for
/// `regq` and `regq sql` alike.
struct ParameterArguments: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Set a parameter used as $NAME (repeatable).", valueName: "NAME=VALUE"))
    var param: [String] = []

    func validate() throws {
        for assignment in param where Session.assignment(assignment) == nil {
            throw ValidationError("--param expects NAME=VALUE, found '\(assignment)'")
        }
    }

    /// Each parameter's value by name (a later assignment of a name wins).
    var values: [String: String] {
        var values: [String: String] = [:]
        for assignment in param {
            guard let (name, value) = Session.assignment(assignment) else { continue }
            values[name] = value
        }
        return values
    }
}
