import RegisterModel

/// What the checker knows of a register beyond its schema (`Field.schema`): the values
/// each text and list field holds, for the warning about a value no artefact has and
/// for suggestions.
public protocol FieldValues {
    /// The distinct values of a text or list field; nil when they are not known.
    func values(of field: Field) -> [String]?
}

/// The schema alone: a statement checked against it gets every error, and no warning
/// that depends on the register's values.
public struct SchemaOnly: FieldValues {
    public init() {}

    public func values(of field: Field) -> [String]? { nil }
}
