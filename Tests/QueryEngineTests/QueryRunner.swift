import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
import Testing

/// Parses, checks and runs one statement on the embedded register.
struct QueryRunner {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    static func result(_ text: String, parameters: [String: String] = [:]) throws -> QueryResult {
        let source = SourceFile(name: "<test>", text: text)
        let compiled = Compiler.compile(source, parameters: parameters).linted(with: Register.embedded)
        guard let plan = compiled.plan else {
            throw Failed(description: compiled.diagnostics.map(\.message).joined(separator: "; "))
        }
        return try Evaluator(register: Register.embedded).run(plan)
    }

    static func table(_ text: String, parameters: [String: String] = [:]) throws -> ResultTable {
        try result(text, parameters: parameters).table
    }

    static func count(_ condition: String) throws -> Int {
        try table("select * where " + condition).rowCount
    }

    /// Each row's cells, as text, for compact expectations.
    static func rows(_ text: String) throws -> [[String]] {
        let table = try table(text)
        return (0 ..< table.rowCount).map { row in table.row(row).map(describe) }
    }

    static func describe(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .kind(let kind): kind.code
        case .text(let text): text
        case .list(let items): items.joined(separator: ";")
        case .month(let month): month.shortText
        case .integer(let n): String(n)
        case .change(let from, let to): describe(from) + "->" + describe(to)
        }
    }
}
