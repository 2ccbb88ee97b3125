import Shell
/// What one read of a line gave the REPL.
enum LineInput: Equatable {
    /// A line without its newline (a line recalled from history may hold newlines).
    case line(String)
    /// Text pasted into the terminal at once, after the line typed before it, line breaks
    /// included, to be run as a file would run it. Its last line (empty when the paste
    /// ended in a line break) is not finished: the reader puts it back to be edited, and
    /// it comes again with the next read.
    case pasted(String)
    /// Ctrl-C: the input typed so far is abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input.
    case end
    /// The prompt or an echo could not be written to standard output: the REPL ends.
    case outputFailed(WriteFailure)
}

/// Where the REPL gets its lines: libedit on a terminal, plain reads otherwise, so that
/// the loop is the same and libedit is never started without a terminal.
protocol LineReader: AnyObject {
    /// Reads one line after showing `prompt`.
    func readLine(prompt: String) -> LineInput
    /// Makes `entry` the newest history entry (recalled with Up and Ctrl-R).
    func addHistory(_ entry: String)
    /// Text typed on earlier lines of the entry under way, which completion reads as
    /// context (`select * from IF where` then `status = Bl<Tab>` on the next line).
    var pendingText: String { get set }
    /// Gives the terminal back as it was; called once, on every way out.
    func close()
}
