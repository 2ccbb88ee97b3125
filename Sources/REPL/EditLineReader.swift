import CEditLine
import RegisterModel
#if canImport(Glibc)
import Glibc
#endif
import Shell

/// Line editing on a terminal with libedit's native API: emacs keys,
/// history with Up/Down and Ctrl-R, Tab completion, Ctrl-C as a key, and bracketed paste.
///
/// While a line is edited the terminal's ISIG is off and ^C is bound to `regq-interrupt`,
/// which marks the input abandoned and ends the line, so no signal races the typeahead.
/// libedit's callbacks find this object through `EL_CLIENTDATA`.
///
/// While a line is edited the terminal is asked to bracket pastes; the start marker is
/// bound to `regq-paste`, which reads the pasted text whole and ends the line with it, so
/// that the REPL runs a pasted statement as one.
final class EditLineReader: LineReader {
    var pendingText = ""
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let complete: (String) -> Completion?
    /// The prompt as libedit reads it, kept alive between calls.
    private var prompt: UnsafeMutablePointer<CChar>
    private var interrupted = false
    /// Set by `regq-paste`: the line typed before the paste, and the paste.
    private var pasted: String?
    /// The last line of a paste that did not end in a line break, to be edited next.
    private var carried = ""
    /// Set by a key function whose echo could not be written; it also ends the line.
    private var outputFailure: WriteFailure?
    private var closed = false

    /// Nil when libedit cannot start on this terminal.
    init?(historySize: Int, complete: @escaping (String) -> Completion?) {
        guard let editLine = ce_init("regq") else { return nil }
        guard let history = history_init() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.complete = complete
        prompt = strdup("")
        ce_history_setsize(history, Int32(historySize))
        ce_history_setunique(history, 1)

        ce_set_editor(editLine, "emacs")
        ce_set_signal(editLine, 1)
        ce_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        ce_set_prompt(editLine, { editLine in EditLineReader.owning(editLine)?.prompt })
        ce_set_history(editLine, history)
        // ~/.editrc first, so that its settings stay but cannot unbind Tab, ^C or ^R.
        el_source(editLine, nil)
        ce_set_edit_mode_no_isig(editLine)
        ce_addfn(editLine, "regq-complete", "complete the word before the cursor", { editLine, _ in
            EditLineReader.owning(editLine)?.completeWord() ?? UInt8(CC_ERROR)
        })
        ce_addfn(editLine, "regq-interrupt", "abandon the input", { editLine, _ in
            EditLineReader.owning(editLine)?.interrupt() ?? UInt8(CC_ERROR)
        })
        ce_addfn(editLine, "regq-paste", "take pasted text whole", { editLine, _ in
            EditLineReader.owning(editLine)?.paste() ?? UInt8(CC_ERROR)
        })
        ce_bind(editLine, "^I", "regq-complete")
        ce_bind(editLine, BracketedPaste.startBinding, "regq-paste")
        ce_bind(editLine, "^C", "regq-interrupt")
        ce_bind(editLine, "^R", "em-inc-search-prev")
    }

    deinit { close() }

    /// The reader a libedit callback is for, from the client data set at start.
    static func owning(_ editLine: OpaquePointer?) -> EditLineReader? {
        guard let editLine, let data = ce_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    // MARK: - LineReader

    func readLine(prompt text: String) -> LineInput {
        free(prompt)
        prompt = strdup(text)
        interrupted = false
        pasted = nil
        outputFailure = nil
        if !carried.isEmpty {
            el_push(editLine, carried)
            carried = ""
        }
        _ = Terminal.write(BracketedPaste.enable, to: 1)
        var count: Int32 = 0
        let line = el_gets(editLine, &count)
        _ = Terminal.write(BracketedPaste.disable, to: 1)
        if let outputFailure { return .outputFailed(outputFailure) }
        if interrupted { return .interrupted }
        if let pasted { return .pasted(pasted) }
        guard let line, count > 0 else {
            // A SIGINT sent from outside while editing also ends el_gets.
            if Interrupt.isRequested {
                Interrupt.clear()
                return .interrupted
            }
            return .end
        }
        var bytes = UnsafeRawBufferPointer(start: line, count: Int(count))
        if bytes.last == 0x0A { bytes = UnsafeRawBufferPointer(rebasing: bytes.dropLast()) }
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    func addHistory(_ entry: String) {
        ce_history_enter(history, entry)
    }

    /// `el_end` puts the terminal back as it was found.
    func close() {
        guard !closed else { return }
        closed = true
        el_end(editLine)
        history_end(history)
        free(prompt)
    }

    // MARK: - Key functions

    /// ^C: the partial line stays on screen followed by `^C`, and the line ends.
    private func interrupt() -> UInt8 {
        interrupted = true
        let line = el_line(editLine).pointee
        return echo(Self.printableTail(line) + "^C", then: UInt8(CC_NEWLINE))
    }

    /// The start of a paste: pasted text without a line break is put into the line as if
    /// typed. Text with line breaks is read whole and shown, its lines under continuation
    /// prompts, and ends the line: `readLine` gives it with the line typed before it, and
    /// keeps an unfinished last line to be edited next.
    private func paste() -> UInt8 {
        let text = BracketedPaste.read(from: 0)
        guard text.contains("\n") else {
            el_insertstr(editLine, BracketedPaste.typeable(text))
            return UInt8(CC_REFRESH)
        }
        let line = el_line(editLine).pointee
        let typed = String(decoding: UnsafeRawBufferPointer(start: line.buffer, count: line.lastchar - line.buffer), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let last = lines.removeLast()
        carried = BracketedPaste.typeable(last)
        pasted = typed + text
        let shown = lines.map { TerminalText.escaped($0, as: .space) }.joined(separator: "\n" + Repl.continuationPrompt)
        return echo(Self.printableTail(line) + shown, then: UInt8(CC_NEWLINE))
    }

    /// Tab: one candidate is completed; several are completed as far as they agree, then
    /// listed below the line, and the prompt and line are shown again under the list.
    private func completeWord() -> UInt8 {
        let line = el_line(editLine).pointee
        let before = String(decoding: UnsafeRawBufferPointer(start: line.buffer, count: line.cursor - line.buffer), as: UTF8.self)
        let context = pendingText.isEmpty ? before : pendingText + "\n" + before
        guard let completion = complete(context), !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        if let replacement = completion.replacement {
            el_deletestr(editLine, Int32(completion.partial.unicodeScalars.count))
            el_insertstr(editLine, replacement)
        }
        guard completion.candidates.count > 1 else { return UInt8(CC_REFRESH) }
        let listing = CompletionListing.render(completion.candidates, width: Terminal.width(1) ?? 80)
        return echo(Self.printableTail(line) + "\n" + listing, then: UInt8(CC_REDISPLAY))
    }

    /// Writes `text` and gives `next` to libedit; when standard output cannot be written,
    /// keeps the failure for `readLine` and ends the line at once.
    private func echo(_ text: String, then next: UInt8) -> UInt8 {
        guard let failure = Terminal.write(text, to: 1) else { return next }
        outputFailure = failure
        return UInt8(CC_EOF)
    }

    /// The text after the cursor, which is already on screen: writing it again moves the
    /// terminal's cursor to the end of the line. Empty when it holds what libedit shows
    /// differently (control characters), where a wrong guess would garble the screen.
    private static func printableTail(_ line: LineInfo) -> String {
        let tail = UnsafeRawBufferPointer(start: line.cursor, count: line.lastchar - line.cursor)
        guard tail.allSatisfy({ $0 >= 0x20 && $0 != 0x7F }) else { return "" }
        return String(decoding: tail, as: UTF8.self)
    }
}
