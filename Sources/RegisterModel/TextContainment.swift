/// `contains` in the query language: whether a text holds another, compared the way `=`
/// compares text. Both sides become their `equalityKey` (lowercased, each run of spaces
/// and punctuation one `-`), and the needle's key must occur in the value's key. So
/// `'sub group'` is found in `Sub-Group Review`, and a double space in a name does not
/// hide it.
///
/// A space or punctuation at either end of the needle asks for a word boundary there,
/// since the key alone would forget it: `' of '` finds the word `of` but not `office`, and
/// `'-0'` finds `MHHSP-IF-001` but not `MHHSP-IF-101`. Without them, a match may begin or
/// end inside a word, as a substring does (`'regist'` finds `Registration`).
public struct TextNeedle: Sendable, Hashable {
    /// The needle as written.
    public let text: String
    /// Its equality key: what is looked for.
    public let key: String
    /// Whether the match must begin at the start of a word of the value.
    public let startsAtWord: Bool
    /// Whether the match must end at the end of a word of the value.
    public let endsAtWord: Bool
    private let keyBytes: [UInt8]

    public init(_ text: String) {
        self.text = text
        key = equalityKey(text)
        keyBytes = Array(key.utf8)
        startsAtWord = text.first.map { !isKeyCharacter($0) } ?? false
        endsAtWord = text.last.map { !isKeyCharacter($0) } ?? false
    }

    /// Whether the needle is spaces and punctuation only, which the folding turns into
    /// nothing to look for (`contains '-'`). The empty needle is not: it is found everywhere.
    public var isOnlySeparators: Bool { key.isEmpty && !text.isEmpty }

    /// Whether the needle occurs in `value`.
    public func isFound(in value: String) -> Bool {
        isFound(inKey: equalityKey(value))
    }

    /// Whether the needle occurs in a value already turned into its equality key.
    public func isFound(inKey valueKey: String) -> Bool {
        if keyBytes.isEmpty { return true }
        var valueKey = valueKey
        return valueKey.withUTF8(search)
    }

    /// A plain scan for the key's bytes, checking the word boundaries asked for. A `-` in
    /// a key is always a boundary and never part of a multi-byte character, so bytes
    /// suffice; a needle longer than the value is refused at once.
    private func search(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = keyBytes.count
        guard count <= value.count else { return false }
        let dash = UInt8(ascii: "-")
        let first = keyBytes[0]
        for start in 0 ... value.count - count where value[start] == first {
            if startsAtWord, start > 0, value[start - 1] != dash { continue }
            var matched = 1
            while matched < count, value[start + matched] == keyBytes[matched] { matched += 1 }
            guard matched == count else { continue }
            let end = start + count
            if endsAtWord, end < value.count, value[end] != dash { continue }
            return true
        }
        return false
    }
}
