/// How many terminal columns text takes, and how to cut it to fit. Terminals give East
/// Asian wide characters and emoji two columns and combining marks none; counting
/// characters instead would misalign every column after a Japanese name.
enum DisplayWidth {
    /// Columns taken by `text`, which must hold no control characters (escape them first).
    static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        var width = 0
        for character in text { width += of(character) }
        return width
    }

    /// A character takes the width of its first scalar: the marks, joiners and selectors
    /// that follow draw into the same cells — except that an emoji variation selector
    /// asks for the two-column emoji form.
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count > 1, scalars.contains("\u{FE0F}") { return 2 }
        return of(first)
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(v) ? 2 : 1
    }

    /// East Asian Wide and Fullwidth ranges (after Markus Kuhn's wcwidth).
    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100 ... 0x115F).contains(v) || v == 0x2329 || v == 0x232A
            || ((0x2E80 ... 0xA4CF).contains(v) && v != 0x303F)
            || (0xAC00 ... 0xD7A3).contains(v) || (0xF900 ... 0xFAFF).contains(v)
            || (0xFE10 ... 0xFE19).contains(v) || (0xFE30 ... 0xFE6F).contains(v)
            || (0xFF00 ... 0xFF60).contains(v) || (0xFFE0 ... 0xFFE6).contains(v)
            || (0x20000 ... 0x2FFFD).contains(v) || (0x30000 ... 0x3FFFD).contains(v)
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when anything was cut
    /// (spaces before the ellipsis dropped: `DIP Functional...`, not `DIP Functional ...`).
    static func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        guard of(text) > width else { return text }
        let room = width - of(ellipsis)
        var kept = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            kept.append(character)
            used += w
        }
        while kept.last == " " { kept.removeLast() }
        return kept + ellipsis
    }

    /// `text` (taking `textWidth` columns) padded with spaces to `width` columns.
    static func pad(_ text: String, textWidth: Int, to width: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - textWidth))
        return right ? padding + text : text + padding
    }
}
