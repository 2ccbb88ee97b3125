import Shell
/// Reads lines without editing, for when libedit cannot start (no terminal, or a terminal
/// it does not know): the prompt is written and a line read as it comes.
final class PlainLineReader: LineReader {
    var pendingText = ""

    func readLine(prompt: String) -> LineInput {
        if let failure = Terminal.write(prompt, to: 1) { return .outputFailed(failure) }
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    func addHistory(_ entry: String) {}

    func close() {}
}
