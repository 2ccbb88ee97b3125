#if canImport(Glibc)
import Glibc
#endif
import QueryLanguage
import Shell

/// The interactive loop: lines are gathered until `StatementSplitter` says the entry is a
/// complete statement, then the entry is run, kept as one history entry, and the loop
/// goes on whatever happened — an error, a bad meta-command, a Ctrl-C. Pasted lines are
/// gathered whole before the entry is judged, so that a paste of several statements, or
/// of one whose first line is complete alone, runs as it would from a file. Only Ctrl-D on an
/// empty line, the end of input, or `.quit` ends it; or standard output lost, which ends
/// the run.
public struct Repl {
    let session: Session

    public init(session: Session) {
        self.session = session
    }

    static let prompt = "regq> "
    static let continuationPrompt = "  ...> "

    public func run() -> Session.Outcome {
        setlocale(LC_CTYPE, "")
        let historyFile = HistoryFile()
        let completer = Completer(session: session)
        let reader = Self.makeReader(completer)
        defer { reader.close() }
        for entry in historyFile.load() { reader.addHistory(entry) }
        Terminal.writeError("regq on " + Session.loadedSummary(session.workspace) + "; .help for help, Ctrl-D to leave\n")
        Interrupt.install()
        session.isCancelled = { Interrupt.isRequested }
        session.pagerAllowed = Terminal.isTerminal(1)

        var lines: [String] = []
        while true {
            reader.pendingText = lines.joined(separator: "\n")
            switch reader.readLine(prompt: lines.isEmpty ? Self.prompt : Self.continuationPrompt) {
            case .end:
                return Terminal.write("\n", to: 1).map(Session.Outcome.outputFailed) ?? .success
            case .interrupted:
                if let failure = Terminal.write("\n", to: 1) { return .outputFailed(failure) }
                lines = []
            case .outputFailed(let failure):
                return .outputFailed(failure)
            case .line(let line):
                if lines.isEmpty && Self.isBlank(line) { continue }
                lines.append(line)
            case .pasted(let text):
                if let failure = Terminal.write("\n", to: 1) { return .outputFailed(failure) }
                // The last line is unfinished: the reader gives it back to be edited.
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
                if lines.allSatisfy(Self.isBlank) { lines = [] }
                if !text.hasSuffix("\n") { continue }
            }
            let entry = lines.joined(separator: "\n")
            guard !lines.isEmpty, StatementSplitter.isComplete(entry) else { continue }
            lines = []
            let kept = Self.trimmingTrailingSpace(entry)
            reader.addHistory(kept)
            historyFile.append(kept)
            Interrupt.clear()
            let outcome = session.run(SourceFile(name: "<stdin>", text: entry))
            Interrupt.clear()
            if outcome == .quit { return .success }
            if case .outputFailed = outcome { return outcome }
        }
    }

    static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Completion leaves a space after a word; history need not keep it.
    static func trimmingTrailingSpace(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == " " || last == "\t" || last == "\n" { text = text.dropLast() }
        return String(text)
    }

    /// libedit on a terminal; plain reads when there is none or libedit cannot start.
    static func makeReader(_ completer: Completer) -> LineReader {
        if Terminal.isTerminal(0), let reader = EditLineReader(historySize: HistoryFile.capacity, complete: completer.complete) {
            return reader
        }
        return PlainLineReader()
    }
}
