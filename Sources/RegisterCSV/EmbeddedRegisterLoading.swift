import ColumnStore
import RegisterModel


extension Register {
    /// The register compiled into the binary: the seed report's detail tables.
    public static let embedded: Register = {
        switch RegisterReader.read(bytes: Array(embeddedRegisterCSV.utf8), file: "<embedded>") {
        case .success(let register): return register
        case .failure(let error): preconditionFailure("the embedded register is invalid:\n\(error)")
        }
    }()
}
