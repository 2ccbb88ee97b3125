#if canImport(Glibc)
import Glibc
#endif
import Shell

/// Bracketed paste: asked for with `ESC [ ? 2004 h`, a terminal sends pasted text between
/// `ESC [ 200 ~` and `ESC [ 201 ~`, so that a paste can be told from typing. Without it a
/// pasted statement of several lines would run line by line — the first line alone when
/// it happens to be complete — instead of as the text would run from a file.
enum BracketedPaste {
    static let enable = "\u{1B}[?2004h"
    static let disable = "\u{1B}[?2004l"
    /// The start marker as libedit's key binding reads it.
    static let startBinding = "\\e[200~"
    static let end: [UInt8] = Array("\u{1B}[201~".utf8)

    /// The most a paste may hold; the rest is dropped. No statement is anywhere near it.
    static let limit = 16 << 20

    /// How long a paste may pause before it is taken as ended without its end marker.
    static let pauseMilliseconds: Int32 = 2000

    /// The pasted text, read byte by byte from `fd` up to the end marker (so that keys
    /// typed after the paste stay unread for the line editor), with the terminal's line
    /// ends (`\r`, `\r\n`) made `\n`.
    static func read(from fd: Int32) -> String {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, pauseMilliseconds)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { break }
            let count = Glibc.read(fd, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1 else { break }
            if bytes.count < limit + end.count { bytes.append(byte) }
            if bytes.count >= end.count && bytes.suffix(end.count).elementsEqual(end) {
                bytes.removeLast(end.count)
                break
            }
        }
        return normalizingLineEnds(String(decoding: bytes.prefix(limit), as: UTF8.self))
    }

    static func normalizingLineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // "\r\n" is one Character, so each form is one step.
        for character in text {
            out.append(character == "\r\n" || character == "\r" ? "\n" : character)
        }
        return out
    }

    /// Pasted text put into the line being edited as if typed: a tab would complete and a
    /// control character would act as its key, so tabs become spaces and controls go.
    static func typeable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { (scalar: Unicode.Scalar) -> Unicode.Scalar? in
            scalar == "\t" ? " " : (scalar.value < 0x20 || scalar.value == 0x7F ? nil : scalar)
        }))
    }
}
