import RegisterModel

/// SQLite has no Unicode lowercasing and no regular-expression replacement, so a query
/// that compares or orders text first builds a table, `regq_text (value, lowered, key)`,
/// of every text value in the register's text and list columns: a recursive walk over
/// each value's characters, lowercasing and folding them as regq does.
///
/// Its limits, documented in docs/SQL.md: letters outside ASCII are lowercased for the
/// Latin, Greek and Cyrillic alphabets; characters outside ASCII are separators when they
/// are punctuation, symbols or spaces of the ranges in `separatorRanges`, and count as
/// letters otherwise.
enum SQLiteText {
    /// The table's name: a query that names it needs its definitions.
    static let table = "regq_text"

    /// The value of `column` (`lowered` or `key`) for `text`: a register value, or text
    /// regq made from one (a kind's code, a month as `May-22`), which is ASCII letters,
    /// digits and single dashes, and so its own key once lowercased.
    static func lookup(_ text: String, column: String) -> String {
        "COALESCE((SELECT t.\(column) FROM \(table) AS t WHERE t.value = \(text)), lower(\(text)))"
    }

    /// Where non-ASCII letters with a one-character lowercase form are looked for.
    static let caseRanges: [ClosedRange<UInt32>] = [0xC0 ... 0x24F, 0x370 ... 0x3FF, 0x400 ... 0x52F]
    /// Where non-ASCII separators (not letters, not digits) are looked for.
    static let separatorRanges: [ClosedRange<UInt32>] = [
        0xA0 ... 0xBF, 0xD7 ... 0xD7, 0xF7 ... 0xF7, 0x2000 ... 0x206F, 0x20A0 ... 0x20C0,
        0x2190 ... 0x21FF, 0x3000 ... 0x303F, 0xFF01 ... 0xFF0F,
    ]

    /// Upper- and lowercase letters, pairwise, outside ASCII.
    static let casePairs: [(upper: UInt32, lower: UInt32)] = caseRanges.flatMap { range in
        range.compactMap { code -> (UInt32, UInt32)? in
            guard let scalar = Unicode.Scalar(code) else { return nil }
            let lower = String(scalar).lowercased().unicodeScalars
            guard lower.count == 1, let first = lower.first, first.value != code else { return nil }
            return (code, first.value)
        }
    }

    static let separators: [UInt32] = separatorRanges.flatMap { range in
        range.filter { code in
            guard let scalar = Unicode.Scalar(code) else { return false }
            let character = Character(scalar)
            return !character.isLetter && !character.isNumber
        }
    }

    /// The `WITH RECURSIVE` definitions of `regq_text` over the register table.
    static func definitions(register: String, fields: [Field], dialect: SQLDialect) -> [String] {
        let sources = fields.map { field in
            let column = dialect.identifier(field.name)
            return field.type == .list
                ? "SELECT e.value FROM \(register) AS r, json_each(r.\(column)) AS e"
                : "SELECT r.\(column) FROM \(register) AS r"
        }
        // SQLite's functions take at most 127 arguments: `char(…) || char(…)`.
        func characters(_ codes: [UInt32]) -> String {
            stride(from: 0, to: codes.count, by: 100).map { start in
                "char(" + codes[start ..< min(codes.count, start + 100)].map(String.init).joined(separator: ",") + ")"
            }.joined(separator: " || ")
        }
        let next = "substr(rest, 1, 1)"
        let loweredNext = "CASE WHEN instr(c.upper, \(next)) > 0 THEN substr(c.lower, instr(c.upper, \(next)), 1) ELSE lower(\(next)) END"
        let isKeyCharacter = "(\(next) GLOB '[a-z0-9]' OR (unicode(\(next)) > 127 AND instr(c.separators, \(next)) = 0))"
        return [
            "regq_values(value) AS (\n    " + sources.joined(separator: "\n    UNION ") + "\n  )",
            "regq_characters(upper, lower, separators) AS (\n    SELECT "
                + [characters(casePairs.map(\.upper)), characters(casePairs.map(\.lower)), characters(separators)].joined(separator: ",\n    ")
                + "\n  )",
            """
            regq_lowering(value, rest, lowered) AS (
                SELECT value, value, '' FROM regq_values
                UNION ALL
                SELECT value, substr(rest, 2), lowered || \(loweredNext)
                FROM regq_lowering, regq_characters AS c WHERE rest <> ''
              )
            """,
            """
            regq_keying(value, lowered, rest, key, dash) AS (
                SELECT value, lowered, lowered, '', 0 FROM regq_lowering WHERE rest = ''
                UNION ALL
                SELECT value, lowered, substr(rest, 2),
                  CASE WHEN \(isKeyCharacter) THEN key || CASE WHEN dash AND key <> '' THEN '-' ELSE '' END || \(next) ELSE key END,
                  CASE WHEN \(isKeyCharacter) THEN 0 ELSE 1 END
                FROM regq_keying, regq_characters AS c WHERE rest <> ''
              )
            """,
            "regq_text(value, lowered, key) AS (SELECT value, lowered, key FROM regq_keying WHERE rest = '')",
        ]
    }
}
