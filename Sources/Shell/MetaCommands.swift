#if canImport(Glibc)
import Glibc
#endif
import Output
import QueryEngine
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel

/// The meta-commands (`.help`, `.values status`, …): one line each, in the REPL, in
/// files and on standard input, looked up in `MetaCommand.all`.
extension Session {
    func runMetaCommand(source: SourceFile, at range: SourceRange) -> Outcome {
        let words = MetaCommandLine(source, range: range).words
        guard let first = words.first else {
            return metaError("expected a command after '.', such as .help", source: source, at: range)
        }
        let name = first.text.lowercased()
        guard let command = MetaCommand.named(name) else {
            var message = "unknown command \(Diagnostic.quoted("." + name))"
            if let pointer = SQLiteShellHabits.pointer(forCommand: name) {
                message += "; " + pointer
            } else if let suggestion = suggestion(for: name, among: MetaCommand.allNames) {
                message += "; did you mean '.\(suggestion)'?"
            }
            return metaError(message + " (.help lists the commands)", source: source,
                             at: SourceRange(start: range.start, end: first.range.end))
        }
        let arguments = words.dropFirst()
        let context = MetaCommandContext(command: command, source: source, range: range, argumentRanges: arguments.map(\.range))
        guard command.argumentCount.contains(arguments.count) else { return usageError(context) }
        return command.run(self)(arguments.map(\.text), context)
    }

    /// `usage: .values FIELD`, pointing at the command.
    func usageError(_ context: MetaCommandContext) -> Outcome {
        metaError("usage: " + context.command.usage, in: context)
    }

    func metaError(_ message: String, in context: MetaCommandContext) -> Outcome {
        metaError(message, source: context.source, at: context.range)
    }

    /// An error about one argument, underlining it.
    func metaError(_ message: String, in context: MetaCommandContext, argument index: Int) -> Outcome {
        report([.error(message, at: context.argumentRanges[index])], in: context.source)
        return .failed(exitStatus: 1)
    }

    func metaError(_ message: String, source: SourceFile, at range: SourceRange) -> Outcome {
        report([.error(message, at: range)], in: source)
        return .failed(exitStatus: 1)
    }

    func runQuery(_ source: SourceFile, range: SourceRange?) -> Outcome {
        runQuery(source, range: range ?? SourceRange(start: 0, end: source.bytes.count))
    }

    /// Runs a query file (`.read`, `.run`, or a FILE argument).
    public func runFile(_ path: String) -> Outcome {
        guard readDepth < 16 else {
            Terminal.writeError("error: \(path): files read each other more than 16 deep\n")
            return .failed(exitStatus: 2)
        }
        return runFile(path, contents: Self.readQueryFile(path).map { PreparedSource(splitting: SourceFile(name: path, bytes: $0)) })
    }

    /// Runs a query file already read and prepared (or reports why it could not be read).
    public func runFile(_ path: String, contents: Result<PreparedSource, FileBytes.Failure>) -> Outcome {
        switch contents {
        case .failure(let failure):
            Terminal.writeError("error: cannot read \(path): \(failure.reason)\n")
            return .failed(exitStatus: 2)
        case .success(let prepared):
            readDepth += 1
            defer { readDepth -= 1 }
            return run(prepared)
        }
    }

    /// The most a query file may hold. Any real one is a few kilobytes; the cap keeps
    /// `regq /dev/zero` or `.read <(yes)` from reading until memory runs out.
    static let queryFileLimit = 16 << 20

    /// A query file's bytes, read to its end or refused past `queryFileLimit`. Pipes and
    /// devices are read like files (`regq <(echo 'select *')` is a pipe).
    public static func readQueryFile(_ path: String) -> Result<[UInt8], FileBytes.Failure> {
        FileBytes.read(path: path, limit: queryFileLimit,
                       tooLarge: "it holds more than \(queryFileLimit >> 20) MB, which no query file does")
    }

    func unknownField(_ name: String) -> String {
        var message = "unknown field \(Diagnostic.quoted(name))"
        if let suggestion = suggestion(for: name, among: Field.stored.map(\.name)) { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    // MARK: - Saved queries

    /// Saves the last query as `NAME.rq` in the first folder of the query path: a script
    /// (`#!/usr/bin/env regq`, mode 0755) whose first comment is `description` (else the
    /// name), so that `.queries` describes it and the file runs on its own. Never over
    /// another file unless `replacing` (`.save!`).
    func saveLastQuery(as name: String, description: String, replacing: Bool, _ context: MetaCommandContext) -> Outcome {
        guard let text = lastQueryText else {
            return metaError("no query to save yet: run one first", in: context)
        }
        guard !name.isEmpty, name.utf8.allSatisfy({ Lexer.isWordByte($0) }) else {
            return metaError("a saved query's name is letters, digits, '-' and '_'", in: context)
        }
        let folder = queryPath.saveFolder
        mkdir(folder, 0o755)
        let path = folder + "/" + name + ".rq"
        // Replacing a query without a new description keeps the one it had.
        let kept = replacing && description.isEmpty ? Self.firstComment(path) : nil
        let comment = description.isEmpty ? kept ?? name : description.split(whereSeparator: \.isNewline).joined(separator: " ")
        let body = "#!/usr/bin/env regq\n-- \(comment)\n" + text.trimmingTrailingSpace() + "\n"
        switch FileBytes.writeAtomically(Array(body.utf8), to: path, replacing: replacing, mode: 0o755) {
        case .success:
            chmod(path, 0o755)
            Terminal.writeError("saved \(Self.shown(path))\n")
            return .success
        case .failure(let failure):
            let hint = replacing ? "" : " (.save! \(name) replaces it)"
            return metaError("cannot save \(path): \(failure.reason)" + (failure.reason == "it already exists" ? hint : ""), in: context)
        }
    }

    /// The saved queries by the folder each is found in (in the order `.run` looks),
    /// each with the first comment of its file as its description.
    func savedQueriesListing() -> String {
        let found = queryPath.queries()
        if found.isEmpty {
            return "no saved queries in " + queryPath.folders.map(Self.shown).joined(separator: ", ") + "\n"
        }
        let width = found.flatMap(\.names).map(\.count).max()!
        return found.map { folder, names in
            Self.shown(folder) + ":\n" + names.map { name in
                let description = Self.firstComment(folder + "/" + name + ".rq") ?? ""
                // A description whole, never cut: a pipe takes all of it, a terminal wraps it.
                return "  " + Self.shown(name) + String(repeating: " ", count: width - name.count + 2) + TerminalText.data(description) + "\n"
            }.joined()
        }.joined()
    }

    static func firstComment(_ path: String) -> String? {
        guard case .success(let bytes) = FileBytes.read(path: path) else { return nil }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("#!") { continue }
            if trimmed.hasPrefix("--") { return String(trimmed.dropFirst(2).drop(while: { $0 == " " })) }
            if !trimmed.isEmpty { return nil }
        }
        return nil
    }

    // MARK: - Fields

    /// Each field with its type and meaning, then a few of its values, every line within
    /// `terminalWidth` when there is one (longer lines wrap under their start).
    func fieldsDescription(_ register: Register, width terminalWidth: Int?) -> String {
        // With a history, `report` too: the month of each report (what `@all` rows carry).
        let months = workspace.reportMonths.map(\.shortText)
        let fields = Field.stored + (months.isEmpty ? [] : [Field.report])
        let width = fields.map(\.name.count).max()! + 2
        let indent = String(repeating: " ", count: width)
        return fields.map { field in
            let examples: [String], count: Int
            if field == .report {
                (examples, count) = (Array(months.suffix(3)), months.count)
            } else {
                let counts = RegisterValues.mostFrequent(field, in: register)
                (examples, count) = (counts.prefix(3).map { $0.value.isEmpty ? Value.emptyText : Self.shown($0.value) }, counts.count)
            }
            let pad = String(repeating: " ", count: width - field.name.count)
            let meaning = field.name + pad + field.type.name + ": " + field.meaning
            let values = indent + "e.g. " + examples.joined(separator: " · ") + (count > 3 ? " (\(count) values)" : "")
            return TextWrap.hanging(meaning, indent: width, width: terminalWidth) + "\n"
                + TextWrap.hanging(values, indent: width + 5, width: terminalWidth) + "\n"
        }.joined()
    }

    /// Text from the register or a file as `.fields`, `.params` and `.queries` show it:
    /// control characters escaped, a long text cut in its middle.
    static func shown(_ text: String) -> String {
        TerminalText.data(text, cutBeyond: 80)
    }

    // MARK: - Words

    /// Splits a meta-command's arguments at spaces; `"…"` or `'…'` keep spaces.
    static func splitWords(_ text: Substring) -> [String] {
        MetaCommandLine(Array(text.utf8)[...]).words.map(\.text)
    }
}

extension String {
    func trimmingTrailingSpace() -> String {
        var text = self
        while let last = text.last, last == " " || last == "\n" || last == "\t" || last == "\r" || last == ";" { text.removeLast() }
        return text
    }
}
