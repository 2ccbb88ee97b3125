/// The distinct strings of one column, each given a small integer code in order of
/// first appearance. Predicates and groupings work on codes; strings are looked at only
/// once per distinct value.
public struct TextDictionary: Sendable, Equatable {
    public private(set) var values: [String] = []
    private var codes: [String: UInt32] = [:]

    public init() {}

    public var count: Int { values.count }

    public subscript(code: UInt32) -> String { values[Int(code)] }

    /// The code of `value`, adding it when new.
    public mutating func intern(_ value: String) -> UInt32 {
        if let code = codes[value] { return code }
        let code = UInt32(values.count)
        values.append(value)
        codes[value] = code
        return code
    }

    /// The code of `value` if the column holds it exactly.
    public func code(of value: String) -> UInt32? { codes[value] }

    public static func == (a: TextDictionary, b: TextDictionary) -> Bool { a.values == b.values }
}

/// A single-valued text column: one dictionary code per row.
public struct TextColumn: Sendable, Equatable {
    public internal(set) var dictionary = TextDictionary()
    public internal(set) var codes: [UInt32] = []

    public init() {}

    public subscript(row: Int) -> String { dictionary[codes[row]] }

    mutating func append(_ value: String) { codes.append(dictionary.intern(value)) }
}

/// A list-valued column (`ref`, `subgroups`, `blocker`): each row's codes lie in
/// `codes[offsets[row] ..< offsets[row + 1]]`.
public struct ListColumn: Sendable, Equatable {
    public internal(set) var dictionary = TextDictionary()
    public internal(set) var offsets: [Int] = [0]
    public internal(set) var codes: [UInt32] = []

    public init() {}

    public func codes(row: Int) -> ArraySlice<UInt32> { codes[offsets[row] ..< offsets[row + 1]] }

    public subscript(row: Int) -> [String] { codes(row: row).map { dictionary[$0] } }

    mutating func append(_ values: [String]) {
        for value in values { codes.append(dictionary.intern(value)) }
        offsets.append(codes.count)
    }
}
