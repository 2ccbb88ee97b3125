import QueryLanguage
import RegisterCSV
import Shell

/// Where a command's statements come from: each `-e` text, each query file, or standard
/// input when there are neither. Read once, here, for every command.
enum StatementInput {
    /// A `-e` text or standard input.
    case text(SourceFile)
    /// A query file, as read (a command decides when to report a read failure).
    case file(path: String, contents: Result<[UInt8], FileBytes.Failure>)

    /// The inputs `texts` and `files` name, or standard input when they name none; nil,
    /// the reason reported, when standard input cannot be read.
    static func gather(texts: [String], files: [String]) -> [StatementInput]? {
        var inputs: [StatementInput] = []
        if texts.isEmpty && files.isEmpty {
            switch FileBytes.read(path: "/dev/stdin") {
            case .success(let bytes): inputs.append(.text(SourceFile(name: "<stdin>", bytes: bytes)))
            case .failure(let failure):
                Terminal.writeError("error: cannot read standard input: \(failure.reason)\n")
                return nil
            }
        }
        inputs += texts.map { .text(SourceFile(name: "<query>", text: $0)) }
        inputs += files.map { .file(path: $0, contents: Session.readQueryFile($0)) }
        return inputs
    }
}
