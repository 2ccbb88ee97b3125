/// A parameter set for the statements that use it as `$NAME`: from `-p NAME=VALUE`,
/// `.run QUERY NAME=VALUE` or `.param NAME VALUE`. The one reading of each form, so that
/// `regq`, `regq sql` and the REPL agree: a `$` before the name is the parameter's sign,
/// not part of its name (`.param $gap 2` sets `gap`).
public struct ParameterAssignment: Equatable, Sendable {
    public let name: String
    public let value: String

    public init(name: String, value: String) {
        self.name = Self.bareName(name)
        self.value = value
    }

    /// `NAME=VALUE` (or `$NAME=VALUE`); nil for text with no `=` after a name.
    public init?(assignment text: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return nil }
        self.init(name: String(text[..<equals]), value: String(text[text.index(after: equals)...]))
    }

    /// A parameter's name without its sign: `$gap` → `gap`.
    public static func bareName(_ name: String) -> String {
        name.hasPrefix("$") ? String(name.dropFirst()) : name
    }

    /// Every assignment's value by name, a later one of a name winning; nil (with the
    /// text) for the first that is not `NAME=VALUE`.
    public static func values(of assignments: [String]) -> Result<[String: String], NotAnAssignment> {
        var values: [String: String] = [:]
        for text in assignments {
            guard let assignment = ParameterAssignment(assignment: text) else { return .failure(NotAnAssignment(text: text)) }
            values[assignment.name] = assignment.value
        }
        return .success(values)
    }

    /// Text given where `NAME=VALUE` was expected.
    public struct NotAnAssignment: Error, Equatable, Sendable {
        public let text: String
    }
}

extension ParameterAssignment {
    /// The parameter a `.param NAME VALUE` line sets (its dot first, the command's name
    /// as `.param` takes it); nil for any other line.
    public init?(metaCommand line: String) {
        let words = Session.splitWords(line.dropFirst())
        guard words.count == 3, MetaCommand.named(words[0])?.name == "param" else { return nil }
        self.init(name: words[1], value: words[2])
    }
}
