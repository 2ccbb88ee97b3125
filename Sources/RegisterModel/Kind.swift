/// The five kinds of design artefact in the report, in the report's own order
/// (which is also their natural sort order).
public enum Kind: UInt8, CaseIterable, Comparable, Sendable {
    case businessProcess, interfaceSpecification, businessRequirements, globalArtefact, technicalDesign

    /// The code used in the register and in queries: `BP`, `IF`, `BRS`, `GA`, `TD`.
    public var code: String {
        switch self {
        case .businessProcess: "BP"
        case .interfaceSpecification: "IF"
        case .businessRequirements: "BRS"
        case .globalArtefact: "GA"
        case .technicalDesign: "TD"
        }
    }

    public var title: String {
        switch self {
        case .businessProcess: "business process map"
        case .interfaceSpecification: "interface specification"
        case .businessRequirements: "business requirements / process description"
        case .globalArtefact: "global artefact"
        case .technicalDesign: "technical design artefact"
        }
    }

    /// Case-insensitive: `if`, `If` and `IF` are all the interface specifications.
    public init?(code: some StringProtocol) {
        let upper = code.uppercased()
        guard let kind = Kind.allCases.first(where: { $0.code == upper }) else { return nil }
        self = kind
    }

    /// From a register cell's bytes, ignoring case, without making a string.
    @inlinable
    public init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 2, bytes.count <= 3, let p = bytes.baseAddress else { return nil }
        // `& 0xDF` upper-cases a letter; it changes other bytes too, but never into one of
        // the codes' letters, so a match is exact.
        var packed = UInt32(p[0] & 0xDF) << 8 | UInt32(p[1] & 0xDF)
        if bytes.count == 3 { packed = packed << 8 | UInt32(p[2] & 0xDF) }
        // A perfect hash of the five codes into eight slots: a multiply and a load, where a
        // switch costs a branch the processor cannot predict. The length is part of the key
        // (so that a NUL before `BP` is not `BP`).
        let key = UInt32(bytes.count) << 24 | packed
        let entry = Kind.codeSlots[Int(truncatingIfNeeded: (key &* 0xBDE5_C099) >> 29)]
        guard UInt32(truncatingIfNeeded: entry) == key, let kind = Kind(rawValue: UInt8(truncatingIfNeeded: entry >> 32) &- 1) else {
            return nil
        }
        self = kind
    }

    /// Slot `(key &* 0xBDE5C099) >> 29` holds a kind's key — its code's length in bits
    /// 24–31 and the code packed, upper case, below — in its low 32 bits and the kind's raw
    /// value + 1 above (0 in the unused slots).
    @usableFromInline
    static let codeSlots: [UInt64] = {
        var slots = [UInt64](repeating: 0, count: 8)
        for kind in Kind.allCases {
            let key = UInt32(kind.code.utf8.count) << 24 | kind.code.utf8.reduce(0) { $0 << 8 | UInt32($1) }
            let slot = Int((key &* 0xBDE5_C099) >> 29)
            precondition(slots[slot] == 0, "kind codes collide in the hash")
            slots[slot] = UInt64(kind.rawValue + 1) << 32 | UInt64(key)
        }
        return slots
    }()

    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }

    /// "BP, IF, BRS, GA or TD", for messages.
    public static let codeList = "BP, IF, BRS, GA or TD"
}
