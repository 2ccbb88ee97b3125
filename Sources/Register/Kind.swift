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
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 2, bytes.count <= 3 else { return nil }
        var packed: UInt32 = 0
        for byte in bytes { packed = packed << 8 | UInt32(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte) }
        switch packed {
        case 0x4250: self = .businessProcess // BP
        case 0x4946: self = .interfaceSpecification // IF
        case 0x42_5253: self = .businessRequirements // BRS
        case 0x4741: self = .globalArtefact // GA
        case 0x5444: self = .technicalDesign // TD
        default: return nil
        }
    }

    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }

    /// "BP, IF, BRS, GA or TD", for messages.
    public static let codeList = "BP, IF, BRS, GA or TD"
}
