import ColumnStore
import RegisterModel

/// Which columns to load: built at load, or located (read later for the rows a result
/// shows). A batch run loads only what its statements read.
public struct ColumnSelection: Equatable, Sendable {
    public var built: FieldSet
    public var located: FieldSet

    public init(built: FieldSet, located: FieldSet) {
        self.built = built
        self.located = located
    }

    public static let all = ColumnSelection(built: .all, located: [])
}

/// Where a register comes from: the one entry point for reading one. A new kind of
/// source (a folder of reports, a spreadsheet, a database) is a new conforming type.
public protocol RegisterSource: Sendable {
    /// How messages name it: a path, or `<embedded>`.
    var name: String { get }
    /// The whole register with the reader's notes, or every problem that refused it
    /// (nothing is loaded in part).
    func load() -> Result<LoadedRegister<Register>, RegisterError>
    /// The columns `selection` asks for (every row checked all the same); a source that
    /// cannot read in part loads whole.
    func load(_ selection: ColumnSelection) -> Result<LoadedRegister<any RegisterColumns>, RegisterError>
    /// Whether `load(_:)` reads less for fewer columns: only then is choosing them worth it.
    var readsInPart: Bool { get }
}

extension RegisterSource {
    public func load(_ selection: ColumnSelection) -> Result<LoadedRegister<any RegisterColumns>, RegisterError> {
        load().map { $0.map { $0 as any RegisterColumns } }
    }

    public var readsInPart: Bool { false }
}

/// The register compiled into the binary.
public struct EmbeddedRegisterSource: RegisterSource {
    public init() {}

    public var name: String { "<embedded>" }

    public func load() -> Result<LoadedRegister<Register>, RegisterError> { .success(LoadedRegister(.embedded)) }
}

/// A register file.
public struct RegisterFile: RegisterSource {
    public let path: String

    public init(path: String) { self.path = path }

    public var name: String { path }

    public func load() -> Result<LoadedRegister<Register>, RegisterError> { RegisterReader.load(path: path) }

    public var readsInPart: Bool { true }

    public func load(_ selection: ColumnSelection) -> Result<LoadedRegister<any RegisterColumns>, RegisterError> {
        if selection == .all { return load().map { $0.map { $0 as any RegisterColumns } } }
        return RegisterReader.loadPart(path: path, fields: selection.built, located: selection.located).map { $0.map { $0 as any RegisterColumns } }
    }
}
