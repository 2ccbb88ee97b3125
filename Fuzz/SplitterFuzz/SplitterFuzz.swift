import QueryLanguage

// libFuzzer target: a byte string through the REPL's and the batch reader's statement
// splitter and the REPL's completeness check. Besides "no crash, no hang, no leak" it
// checks that
//
// - the lexer's tokens lie within the input, in order, without overlapping, ending in `.end`;
// - the statements lie within the input, in order, without overlapping, none empty, and
//   a meta-command starts with `.`;
// - every line-by-line prefix of the input (as the REPL gathers it) gets an answer; a
//   meta-command line is always complete; a `;` on a line of its own completes any entry
//   without an open quote, so the continuation prompt can always be left.

@_cdecl("LLVMFuzzerTestOneInput")
public func splitterFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let source = SourceFile(name: "<fuzz>", bytes: bytes)

    let tokens = Lexer.tokens(of: source)
    var previousEnd = 0
    for (index, token) in tokens.enumerated() {
        precondition(token.range.start >= previousEnd && token.range.start <= token.range.end && token.range.end <= bytes.count,
                     "token \(index) at \(token.range) after \(previousEnd) in \(bytes.count) bytes")
        precondition((token.kind == .end) == (index == tokens.count - 1), "'end' misplaced")
        precondition(token.kind == .end || token.range.end > token.range.start, "an empty token")
        previousEnd = token.range.end
    }

    previousEnd = 0
    for statement in StatementSplitter.split(source) {
        let range = statement.range
        precondition(range.start >= previousEnd && range.start < range.end && range.end <= bytes.count,
                     "statement at \(range) after \(previousEnd) in \(bytes.count) bytes")
        if statement.kind == .metaCommand { precondition(bytes[range.start] == UInt8(ascii: "."), "a meta-command without '.'") }
        previousEnd = range.end
    }

    // The REPL asks after each line; a long paste is asked about at most 64 times here.
    let text = String(decoding: bytes, as: UTF8.self)
    var entry = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
        entry += entry.isEmpty ? String(line) : "\n" + line
        let complete = StatementSplitter.isComplete(entry)
        if entry.first == "." { precondition(complete, "a meta-command that is not complete") }
        // A `;` on a line of its own always ends the entry, unless a quote is open.
        let tokens = Lexer.tokens(of: SourceFile(name: "<entry>", text: entry))
        let isMeta = tokens.first.map { $0.kind == .invalid && $0.text == "." } ?? false
        let open = tokens.contains { $0.kind == .unterminatedString }
        if !isMeta {
            precondition(StatementSplitter.isComplete(entry + "\n;") == !open, "';' does not end the entry \(entry.debugDescription)")
        }
    }
    return 0
}
