/// Text equality in the query language ignores case, spaces and punctuation: both sides
/// are lowercased and each run of characters that are not letters or digits becomes one
/// `-` (leading and trailing runs are dropped). `Sub-Group Review`, `sub group review`
/// and `sub-group-review` all give `sub-group-review`.
public func equalityKey(_ text: some StringProtocol) -> String {
    let ascii = text.utf8.withContiguousStorageIfAvailable(asciiEqualityKey)
        ?? Array(text.utf8).withUnsafeBufferPointer(asciiEqualityKey)
    if let key = ascii { return key }
    var key = ""
    var pendingDash = false
    for character in text.lowercased() {
        if isKeyCharacter(character) {
            if pendingDash && !key.isEmpty { key.append("-") }
            pendingDash = false
            key.append(character)
        } else {
            pendingDash = true
        }
    }
    return key
}

/// `equalityKey` for ASCII text, byte by byte: the same key, without making a `Character`
/// of each byte. Filters and `contains` compute a key for every distinct value of a
/// column, so this is their cost. Nil when the text is not all ASCII.
func asciiEqualityKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var isASCII = true
    // A key is never longer than its text: each `-` stands for at least one byte.
    let key = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
        let length = writeASCIIEqualityKey(bytes, to: out)
        isASCII = length != nil
        count = length ?? 0
    }
    return isASCII ? String(decoding: key, as: UTF8.self) : nil
}

/// Appends the equality key of the UTF-8 text `bytes` to `out`: for ASCII text (nearly
/// all of a register) without making a `String`, so that a key per row of a large
/// register costs no allocation (history pairing compares names and references so).
public func appendEqualityKey(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let start = out.count
    out.append(contentsOf: repeatElement(0, count: bytes.count))
    let length = out.withUnsafeMutableBufferPointer { writeASCIIEqualityKey(bytes, to: UnsafeMutableBufferPointer(rebasing: $0[start...])) }
    if let length {
        out.removeLast(bytes.count - length)
    } else {
        out.removeLast(bytes.count)
        out.append(contentsOf: equalityKey(String(decoding: bytes, as: UTF8.self)).utf8)
    }
}

/// Writes the ASCII text `bytes`' equality key to `out` (which has room for `bytes.count`
/// bytes) and gives its length; nil when the text is not all ASCII. The one way the key
/// of ASCII text is made: `equalityKey`, `appendEqualityKey` and history pairing's hashes
/// of keys all write it here.
public func writeASCIIEqualityKey(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
    var length = 0
    var pendingDash = false
    let ascii = asciiKeyBytes.withUnsafeBufferPointer { table -> Bool in
        for byte in bytes {
            let kept = table[Int(byte)]
            if kept == 0 {
                pendingDash = true
                continue
            }
            if kept == 0xFF { return false }
            if pendingDash && length > 0 {
                out[length] = UInt8(ascii: "-")
                length += 1
            }
            pendingDash = false
            out[length] = kept
            length += 1
        }
        return true
    }
    return ascii ? length : nil
}

/// For each byte, the byte a key keeps (an ASCII letter lowercased, a digit), 0 for a
/// separator, 0xFF for a byte of non-ASCII text.
private let asciiKeyBytes: [UInt8] = (0 ... 255).map { (byte: Int) -> UInt8 in
    switch byte {
    case 0x80...: 0xFF
    case 0x41 ... 0x5A: UInt8(byte + 32)
    case 0x61 ... 0x7A, 0x30 ... 0x39: UInt8(byte)
    default: 0
    }
}

/// Whether a character is kept in an equality key (a letter or a digit); every other
/// character is a separator.
func isKeyCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
}

/// Case-insensitive order of text, used for `<`, sorting and group keys.
public func textPrecedes(_ a: String, _ b: String) -> Bool {
    let la = a.lowercased(), lb = b.lowercased()
    if la != lb { return la < lb }
    return a < b
}

/// The closest candidate by edit distance, for "did you mean" suggestions; nil when
/// nothing is close enough to be a plausible misspelling.
public func closestMatch(to word: String, among candidates: some Sequence<String>) -> String? {
    let lowerWord = word.lowercased()
    var best: (String, Int)?
    for candidate in candidates {
        let distance = editDistance(lowerWord, candidate.lowercased())
        if best == nil || distance < best!.1 { best = (candidate, distance) }
    }
    guard let (candidate, distance) = best else { return nil }
    let allowed = max(1, min(3, (max(lowerWord.count, candidate.count) + 1) / 3))
    return distance <= allowed ? candidate : nil
}

/// Damerau–Levenshtein (optimal string alignment) distance over characters.
public func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    if x.count > 64 || y.count > 64 { return abs(x.count - y.count) + 64 }
    var previous2 = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
        current[0] = i
        for j in 1...y.count {
            let cost = x[i - 1] == y[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                current[j] = min(current[j], previous2[j - 2] + 1)
            }
        }
        (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[y.count]
}
