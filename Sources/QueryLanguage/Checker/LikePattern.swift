/// An SQL `like` pattern: `%` any run of characters, `_` exactly one; case-insensitive.
///
/// Unlike `=` and `contains`, it matches spaces and punctuation as written: `_` stands for
/// one character, which folding runs of them would make meaningless, and `like` is then
/// the way to look for punctuation itself (`name like '%/%'`).
public struct LikePattern: Sendable, Equatable, Hashable {
    enum Piece: Sendable, Equatable, Hashable {
        case literal(Character)
        case one
        case any
    }

    let pieces: [Piece]
    public let text: String

    public init(_ pattern: String) {
        text = pattern
        pieces = pattern.lowercased().map { $0 == "%" ? .any : $0 == "_" ? .one : .literal($0) }
    }

    /// Iterative matching with backtracking to the last `%` only: linear-ish, never
    /// exponential, whatever the pattern.
    public func matches(_ candidate: String) -> Bool {
        let text = Array(candidate.lowercased())
        var t = 0, p = 0
        var starP = -1, starT = 0
        while t < text.count {
            if p < pieces.count {
                switch pieces[p] {
                case .any:
                    starP = p
                    starT = t
                    p += 1
                    continue
                case .one:
                    t += 1
                    p += 1
                    continue
                case .literal(let c) where c == text[t]:
                    t += 1
                    p += 1
                    continue
                default:
                    break
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starT += 1
            t = starT
        }
        while p < pieces.count, pieces[p] == .any { p += 1 }
        return p == pieces.count
    }
}
