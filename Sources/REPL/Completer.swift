import Output
import QueryLanguage
import ColumnStore
import History
import RegisterCSV
import RegisterModel
import Shell

/// Tab completion by context: finds the word before the cursor, asks `QueryContext` (or,
/// for a meta-command, the command's own arguments) what may stand there, and keeps the
/// candidates that start with what was typed, ignoring case.
struct Completer {
    let session: Session

    /// `text` is the whole entry up to the cursor, earlier lines included.
    func complete(_ text: String) -> Completion? {
        let start = text.drop(while: { $0 == " " || $0 == "\t" })
        if start.hasPrefix(".") { return completeMetaCommand(String(start)) }
        return completeQuery(text)
    }

    // MARK: - Queries

    func completeQuery(_ text: String) -> Completion? {
        let source = SourceFile(name: "<entry>", text: text)
        var tokens = Lexer.tokens(of: source).dropLast().map { $0 }
        var partial = ""
        if let last = tokens.last, last.range.end == source.bytes.count {
            switch last.kind {
            case .word, .integer, .unterminatedString:
                partial = source.text(of: last.range)
                tokens.removeLast()
            case .parameter, .string, .invalid:
                return nil
            default:
                break
            }
        }
        guard !partial.contains("\n") else { return nil }
        let quoted = partial.first == "\"" || partial.first == "'"
        let typed = quoted ? String(partial.dropFirst()) : partial
        let shout = typed.contains(where: \.isLetter) && typed == typed.uppercased()
        var candidates: [CompletionCandidate] = []
        for expected in QueryContext.expected(after: tokens) {
            switch expected {
            case .keywords(let words):
                candidates += words.map { CompletionCandidate(shout ? $0.uppercased() : $0) }
            case .fields:
                candidates += Field.stored.map { CompletionCandidate(shout ? $0.name.uppercased() : $0.name) }
            case .kinds:
                candidates += Kind.allCases.map { CompletionCandidate($0.code) }
            case .aggregates:
                candidates += Grammar.aggregates.map {
                    CompletionCandidate(shout ? $0.uppercased() : $0, terminator: "(", label: $0 + "(")
                }
            case .size:
                candidates.append(CompletionCandidate(shout ? Grammar.size.uppercased() : Grammar.size, terminator: "(", label: Grammar.size + "("))
            case .listFields:
                candidates += Field.fields(of: .list).map { CompletionCandidate(shout ? $0.name.uppercased() : $0.name) }
            case .values(let field):
                guard let register = session.wholeRegister() else { return nil }
                candidates += RegisterValues.counts(field, in: register).filter { !$0.value.isEmpty }.map {
                    CompletionCandidate($0.value, style: .value, detail: "(\($0.count))")
                }
            case .reports(let all):
                guard let history = session.workspace.history else { break }
                candidates += history.reports.map { CompletionCandidate($0.month.shortText) }
                candidates += Grammar.reportWords.filter { all || $0 != .all }.map { CompletionCandidate(shout ? $0.text.uppercased() : $0.text) }
            case .changes(let field):
                guard session.workspace.history != nil else { break }
                candidates += Grammar.changeWords(applyingTo: field.type).map { CompletionCandidate(shout ? $0.text.uppercased() : $0.text) }
            case .artefactChanges:
                guard session.workspace.history != nil else { break }
                candidates += Grammar.artefactChanges.map { CompletionCandidate(shout ? $0.text.uppercased() : $0.text) }
            }
        }
        return matching(candidates, partial: partial, typed: typed, valuesOnly: quoted)
    }

    // MARK: - Meta-commands

    /// A meta-command's name, or its first argument as `MetaCommand.all` says it completes.
    func completeMetaCommand(_ text: String) -> Completion? {
        let body = text.dropFirst()
        guard let space = body.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            let names = MetaCommand.allNames.map { CompletionCandidate("." + $0) }
            return matching(names, partial: text, typed: text)
        }
        let arguments = body[space...]
        let words = arguments.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let typingNew = arguments.last == " " || arguments.last == "\t"
        let partial = typingNew ? "" : String(words.last ?? "")
        guard words.count - (typingNew ? 0 : 1) == 0, let command = MetaCommand.named(String(body[..<space])) else { return nil }
        let names: [String]
        switch command.argument {
        case .none: return nil
        case .files: return matching(FileNames.candidates(for: partial), partial: partial, typed: partial)
        case .fields: names = Field.stored.map(\.name)
        case .formats: names = OutputFormat.names
        case .modes: names = TableMode.names
        case .onOff: names = ["on", "off"]
        case .helpTopics: names = HelpText.Topic.allCases.map(\.rawValue)
        case .savedQueries:
            names = session.queryPath.names
        case .reportMonths:
            names = session.workspace.history?.reports.map { "\($0.month)" } ?? []
        }
        return matching(names.map { CompletionCandidate($0) }, partial: partial, typed: partial)
    }

    // MARK: - Matching

    func matching(_ candidates: [CompletionCandidate], partial: String, typed: String, valuesOnly: Bool = false) -> Completion {
        var seen: Set<String> = []
        let kept = candidates.filter { candidate in
            guard !valuesOnly || candidate.style == .value else { return false }
            guard Completion.matches(candidate.text, typed: typed, style: candidate.style) else { return false }
            return seen.insert(candidate.text).inserted
        }
        return Completion(partial: partial, candidates: kept)
    }
}
