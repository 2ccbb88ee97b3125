import ColumnStore
import RegisterModel

/// A register already read into memory: `-r -`, standard input, which can be read only
/// once, while a batch run may need the register twice (in part, then whole).
public struct RegisterBytes: RegisterSource {
    /// How messages name it (`<stdin>`).
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public func load() -> Result<LoadedRegister<Register>, RegisterError> { RegisterReader.load(bytes: bytes, file: name) }

    public var readsInPart: Bool { true }

    public func load(_ selection: ColumnSelection) -> Result<LoadedRegister<any RegisterColumns>, RegisterError> {
        if selection == .all { return load().map { $0.map { $0 as any RegisterColumns } } }
        return RegisterReader.loadPart(bytes: bytes, file: name, fields: selection.built, located: selection.located)
            .map { $0.map { $0 as any RegisterColumns } }
    }
}
