import QueryLanguage
import Register

/// One source of statements for a batch run, read before the register is loaded so that
/// the register can be read with only the columns the statements use.
enum BatchInput {
    /// A `-e` text or standard input.
    case source(SourceFile)
    /// A query file, as read (a read failure is reported when the run reaches it).
    case file(path: String, contents: Result<[UInt8], Session.ReadFailure>)

    /// The register fields the statements read, judged from their plans checked against
    /// the schema alone (values do not change which fields a statement reads). A statement
    /// that fails stops the run, so nothing after it counts. Meta-commands that show the
    /// whole register, or load or read more statements, need every field. Should a
    /// statement still need a field not foreseen here, the session reads the register
    /// again whole (`Session.registerHolding`).
    static func fieldsRead(by inputs: [BatchInput], parameters: [String: String]) -> FieldSet {
        var fields = FieldSet(.kind)
        let schema = Register()
        for input in inputs {
            let source: SourceFile
            switch input {
            case .source(let file): source = file
            case .file(let path, .success(let bytes)): source = SourceFile(name: path, bytes: bytes)
            case .file(_, .failure): return fields
            }
            for statement in StatementSplitter.split(source) {
                switch statement.kind {
                case .metaCommand:
                    guard let more = fieldsRead(byMetaCommand: source.text(of: statement.range)) else { return .all }
                    fields.formUnion(more)
                case .query:
                    let (query, syntax) = Parser.parse(source, range: statement.range)
                    guard let query, !syntax.hasErrors,
                          let plan = Checker.check(query, source: source, register: schema, parameters: parameters).0
                    else { return fields }
                    fields.formUnion(plan.fieldsRead)
                }
            }
        }
        return fields
    }

    /// nil for a meta-command that may read any field.
    static func fieldsRead(byMetaCommand line: String) -> FieldSet? {
        let words = Session.splitWords(line.dropFirst())
        switch words.first?.lowercased() {
        case "help", "format", "output", "timer", "params", "quit", "exit":
            return []
        case "values":
            return words.count == 2 ? Field(name: words[1]).map { FieldSet($0) } : []
        default:
            return nil
        }
    }
}
