import Foundation
import ColumnStore
import History
import Output
import QueryEngine
import QueryLanguage
import RegisterCSV
import RegisterModel
import SQLCompiler
import Commands
import Shell
import Testing

/// A statement's answer as text to compare: a row per result row, a cell as written by
/// `cell`, so that regq's values and each engine's output meet in one form — months as
/// `YYYY-MM`, lists as their elements, no value (NULL, TBC) as `∅`.
typealias Answer = [[String]]

enum AnswerCell {
    static let none = "∅"

    static func list(_ elements: [String]) -> String { "[" + elements.joined(separator: "\u{1F}") + "]" }

    /// regq's own value.
    static func regq(_ value: Value) -> String {
        switch value {
        case .null: none
        case .kind(let kind): kind.code
        case .text(let text): text
        case .list(let elements): list(elements)
        case .month(let month): month.isoText ?? none
        case .integer(let number): String(number)
        case .change(let from, let to): regq(from) + "->" + regq(to)
        }
    }

    /// regq's value in a column SQL holds as text, as csv writes it (a diff's cells).
    static func csv(_ value: Value) -> String {
        if case .null = value { return none }
        return CellText.text(value, listSeparator: ";")
    }
}

/// regq's answer and the SQL for each statement of a corpus, and each engine's answer to
/// that SQL over the register loaded with `-f sql`. Every statement of a dialect runs in
/// one engine process (one throwaway PostgreSQL cluster), each after a marker line.
struct EngineAnswers {
    struct Statement: Sendable {
        var text: String
        var regq: Answer
        var columns: [String]
        /// Per dialect: the query, or why it has none.
        var sql: [SQLDialect: Result<SQLQuery, SQLUnsupported>]
    }

    let statements: [Statement]
    /// Per dialect, per statement: the engine's answer, or its error.
    let answers: [SQLDialect: [Result<Answer, EngineFailure>]]

    struct EngineFailure: Error, CustomStringConvertible {
        var description: String
    }

    static let parameters = ["month": "May-22", "m": "Feb-22"]

    /// What the statements run on: a register (the embedded one when no path is given),
    /// or a history's reports, loaded in SQL as `select * @all` writes them.
    enum Tables {
        case register(String?)
        case history(String)

        /// regq's arguments that write the table in SQL.
        func loadArguments(_ dialect: SQLDialect) -> [String] {
            switch self {
            case .register(let path): (path.map { ["-r", $0] } ?? []) + ["-f", "sql", "--dialect", dialect.rawValue, "-e", "select *"]
            case .history(let path): ["--history", path, "-f", "sql", "--dialect", dialect.rawValue, "-e", "select * @all"]
            }
        }
    }

    /// Compiles and runs each statement in regq (on the embedded register, the one at
    /// `registerPath`, or the history in the folder `historyPath`), translates it for every
    /// dialect, and runs the translations.
    init(_ texts: [String], registerPath: String? = nil, historyPath: String? = nil) throws {
        let tables: Tables = historyPath.map { .history($0) } ?? .register(registerPath)
        let history = try historyPath.map { try HistorySource.folder($0).load().get().history }
        let register = try history?.latest.wholeRegister ?? Self.register(registerPath)
        let months = history?.reports.map(\.month) ?? []
        statements = try texts.map { text in
            let compiled = Compiler.compile(SourceFile(name: "<query>", text: text), parameters: Self.parameters,
                                            reports: months).linted(with: register)
            let plan = try #require(compiled.plan, "\(text): \(compiled.diagnostics.map(\.message))")
            let evaluator = history.map { Evaluator(.history($0)) } ?? Evaluator(register: register)
            let table = try evaluator.run(plan).table
            let regq = (0 ..< table.rowCount).map { row in table.row(row).map(table.isDiff ? AnswerCell.csv : AnswerCell.regq) }
            let loaded = SQLTranslationRun.loadedColumns(of: table)
            var sql: [SQLDialect: Result<SQLQuery, SQLUnsupported>] = [:]
            for dialect in SQLDialect.allCases {
                do throws(SQLUnsupported) {
                    sql[dialect] = .success(try SQLTranslation.query(for: plan, dialect: dialect, reports: months, loaded: loaded))
                } catch {
                    sql[dialect] = .failure(error)
                }
            }
            return Statement(text: text, regq: regq, columns: table.columns.map(\.name), sql: sql)
        }
        var answers: [SQLDialect: [Result<Answer, EngineFailure>]] = [:]
        for dialect in SQLDialect.allCases { answers[dialect] = try Self.run(statements, dialect: dialect, tables: tables) }
        self.answers = answers
    }

    static func register(_ path: String?) throws -> Register {
        guard let path else { return Register.embedded }
        return try RegisterReader.load(path: path).get().register
    }

    static let marker = "regq-statement-"

    private static func run(_ statements: [Statement], dialect: SQLDialect, tables: Tables) throws -> [Result<Answer, EngineFailure>] {
        let load = try CLIRunner.run(tables.loadArguments(dialect))
        var script = load.stdout
        script += dialect == .postgres ? "\\pset format csv\n\\pset tuples_only off\n\\pset null '\(AnswerCell.none)'\n" : ".mode json\n"
        for (index, statement) in statements.enumerated() {
            script += (dialect == .postgres ? "\\echo " : ".print ") + marker + "\(index)\n"
            if case .success(let query) = statement.sql[dialect] { script += query.text + ";\n" }
        }
        let output = try SQLEngine.output(dialect.rawValue, script: script, stopOnError: false)
        // The output of each statement follows its marker; errors go to the error stream,
        // which says at which statement (the line of its marker) they arose.
        var chunks = [[String]](repeating: [], count: statements.count)
        var current = -1
        for line in output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix(marker), let index = Int(line.dropFirst(marker.count)) {
                current = index
            } else if current >= 0 {
                chunks[current].append(line)
            }
        }
        return statements.indices.map { index in
            guard case .success(let query) = statements[index].sql[dialect] else {
                return .failure(EngineFailure(description: "not translated"))
            }
            do {
                return .success(try parse(chunks[index].joined(separator: "\n"), dialect: dialect, columns: query.columns))
            } catch {
                return .failure(EngineFailure(description: "\(error); the engine said: \(output.stderr.prefix(2000))"))
            }
        }
    }

    /// An engine's output for one query: JSON rows (SQLite, DuckDB) or CSV with a header
    /// (PostgreSQL).
    static func parse(_ text: String, dialect: SQLDialect, columns: [SQLQuery.Column]) throws -> Answer {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if dialect == .postgres {
            let rows = try CSVText.rows(trimmed)
            guard let header = rows.first else { throw EngineFailure(description: "no output") }
            guard header.map(\.text) == columns.map(\.name) else {
                throw EngineFailure(description: "columns \(header.map(\.text)), expected \(columns.map(\.name))")
            }
            return rows.dropFirst().map { row in
                zip(row, columns).map { field, column in
                    if !field.quoted && field.text == AnswerCell.none { return AnswerCell.none }
                    return cell(text: field.text, type: column.type, dialect: dialect)
                }
            }
        }
        guard !trimmed.isEmpty else { return [] }
        let json = try JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed])
        guard let objects = json as? [[String: Any]] else { throw EngineFailure(description: "not JSON rows: \(trimmed.prefix(200))") }
        return try objects.map { object in
            guard Set(object.keys) == Set(columns.map(\.name)) else {
                throw EngineFailure(description: "columns \(object.keys.sorted()), expected \(columns.map(\.name))")
            }
            return columns.map { column in
                switch object[column.name] {
                case is NSNull, nil: return AnswerCell.none
                case let number as NSNumber: return number.stringValue
                case let array as [Any]: return AnswerCell.list(array.map { "\($0)" })
                case let string as String: return cell(text: string, type: column.type, dialect: dialect)
                case let other?: return "\(other)"
                }
            }
        }
    }

    /// A cell the engine wrote as text, read as its column's type.
    static func cell(text: String, type: ValueType, dialect: SQLDialect) -> String {
        switch type {
        case .month: return String(text.prefix(7))
        case .list:
            if dialect == .postgres { return AnswerCell.list(PostgresArray.elements(text)) }
            let elements = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String]
            return AnswerCell.list(elements ?? ["<not a JSON array: \(text)>"])
        default: return text
        }
    }
}

/// A PostgreSQL array literal's elements: `{a,"b c",NULL}`.
enum PostgresArray {
    static func elements(_ literal: String) -> [String] {
        var elements: [String] = []
        var current = "", quoted = false, inQuotes = false, escaped = false
        for character in literal.dropFirst().dropLast() {
            if escaped {
                current.append(character)
                escaped = false
            } else if inQuotes {
                if character == "\\" { escaped = true } else if character == "\"" { inQuotes = false } else { current.append(character) }
            } else if character == "\"" {
                inQuotes = true
                quoted = true
            } else if character == "," {
                elements.append(current)
                (current, quoted) = ("", false)
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty || quoted || !elements.isEmpty { elements.append(current) }
        return elements
    }
}

/// CSV as psql writes it, each field with whether it was quoted (NULL is unquoted).
enum CSVText {
    struct Field { var text: String; var quoted: Bool }

    static func rows(_ text: String) throws -> [[Field]] {
        var rows: [[Field]] = []
        var row: [Field] = []
        var field = "", quoted = false, inQuotes = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if inQuotes {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                inQuotes = true
                quoted = true
            } else if character == "," {
                row.append(Field(text: field, quoted: quoted))
                (field, quoted) = ("", false)
            } else if character == "\n" || character == "\r\n" {
                row.append(Field(text: field, quoted: quoted))
                rows.append(row)
                (row, field, quoted) = ([], "", false)
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || quoted || !row.isEmpty {
            row.append(Field(text: field, quoted: quoted))
            rows.append(row)
        }
        return rows
    }
}
