/// The type of a register column, which decides how it compares, sorts and prints.
public enum FieldType: Sendable, Equatable {
    case kind
    case text
    /// Several text values, `;`-joined in the file.
    case list
    case month

    public var name: String {
        switch self {
        case .kind: "kind"
        case .text: "text"
        case .list: "list of text"
        case .month: "month"
        }
    }
}

/// The ten columns of a register, in the order of the file format's header.
public enum Field: Int, CaseIterable, Sendable, Comparable {
    case kind, ref, name, wg, subgroups, status, blocker, sg, review, dag

    public var name: String {
        switch self {
        case .kind: "kind"
        case .ref: "ref"
        case .name: "name"
        case .wg: "wg"
        case .subgroups: "subgroups"
        case .status: "status"
        case .blocker: "blocker"
        case .sg: "sg"
        case .review: "review"
        case .dag: "dag"
        }
    }

    public var type: FieldType {
        switch self {
        case .kind: .kind
        case .ref, .subgroups, .blocker: .list
        case .name, .wg, .status: .text
        case .sg, .review, .dag: .month
        }
    }

    /// What the column holds, for `.fields` and the documentation.
    public var meaning: String {
        switch self {
        case .kind: "BP business process map, IF interface specification, BRS business requirements, GA global artefact, TD technical design"
        case .ref: "the report's references"
        case .name: "the artefact's name as printed"
        case .wg: "working group"
        case .subgroups: "the sub-groups working on it"
        case .status: "the status label as printed, blocker removed"
        case .blocker: "what blocks it"
        case .sg: "Sub-Group Activity Complete (forecast)"
        case .review: "BPRWG Review Complete (Level 4 Review for TD)"
        case .dag: "DAG Review Complete (forecast)"
        }
    }

    /// Case-insensitive lookup by name.
    public init?(name: some StringProtocol) {
        let lower = name.lowercased()
        guard let field = Field.allCases.first(where: { $0.name == lower }) else { return nil }
        self = field
    }

    public static func < (a: Field, b: Field) -> Bool { a.rawValue < b.rawValue }

    /// The header line of a register file.
    public static let header = Field.allCases.map(\.name).joined(separator: ",")
}

/// A set of fields: which columns a register holds, or which a query reads.
public struct FieldSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public init(_ field: Field) { rawValue = 1 << UInt16(field.rawValue) }

    public init(_ fields: some Sequence<Field>) {
        self.init(rawValue: 0)
        for field in fields { insert(FieldSet(field)) }
    }

    public static let all = FieldSet(Field.allCases)

    @inline(__always)
    public func contains(_ field: Field) -> Bool { rawValue & 1 << UInt16(field.rawValue) != 0 }

    public mutating func insert(_ field: Field) { insert(FieldSet(field)) }

    /// The fields in header order.
    public var fields: [Field] { Field.allCases.filter(contains) }
}
