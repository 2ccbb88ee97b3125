import RegisterModel

/// A test of a register field against a value the statement names (`status = blokced`,
/// `name contains 'xyz'`, `ref like 'MHHSP-XX%'`), recorded by the checker so that the
/// lint pass can ask, once the register is loaded, whether any artefact passes it.
///
/// The checker needs only the schema; the register's values come later. Keeping the
/// question apart lets a statement be compiled once, before the register is read (to
/// choose the columns to read), and linted once it is.
public struct ValueProbe: Sendable, Equatable {
    public enum Test: Sendable, Equatable {
        /// `=` with a literal: its equality key, and the text as written (for messages).
        case equals(key: String, text: String)
        case contains(TextNeedle)
        case like(LikePattern)
    }

    public let field: Field
    public let test: Test
    /// The literal's range, where the warning points.
    public let range: SourceRange
    /// How many checker diagnostics came before it, so that its warning takes the place
    /// among them that it has in the statement.
    let position: Int
}
