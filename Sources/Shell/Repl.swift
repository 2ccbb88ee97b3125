import QueryLanguage

/// The interactive loop. (Line editing comes with the REPL work; this reads plain lines.)
struct Repl {
    let session: Session

    func run() -> Session.Outcome {
        var pending = ""
        while true {
            Terminal.write(pending.isEmpty ? "regq> " : "  ...> ", to: 1)
            guard let line = readLine() else { return .success }
            pending += (pending.isEmpty ? "" : "\n") + line
            guard StatementSplitter.isComplete(pending) else { continue }
            let source = SourceFile(name: "<stdin>", text: pending)
            pending = ""
            if session.run(source) == .quit { return .success }
        }
    }
}
