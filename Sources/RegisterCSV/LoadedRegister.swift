/// A register as a source gave it, with the notes its reader made on the way: what it
/// assumed or left out of a file it otherwise read whole (a column outside the schema
/// ignored, blank months read as TBC). Nothing is dropped silently, yet the reader never
/// writes to the terminal: whoever loads the register shows the notes.
public struct LoadedRegister<Columns> {
    public var register: Columns
    /// Each as `FILE: what was assumed`, for the shell to print after `note: `.
    public var notes: [String]

    public init(_ register: Columns, notes: [String] = []) {
        self.register = register
        self.notes = notes
    }

    /// The same notes with the register turned into something else.
    public func map<Other>(_ transform: (Columns) -> Other) -> LoadedRegister<Other> {
        LoadedRegister<Other>(transform(register), notes: notes)
    }
}

extension LoadedRegister: Sendable where Columns: Sendable {}
