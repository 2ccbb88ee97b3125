/// The type of a register column, which decides how it compares, sorts and prints.
public enum FieldType: Sendable, Equatable, CaseIterable {
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

/// One column of the register as the schema describes it.
public struct FieldDescription: Sendable {
    /// The header name in a register file, and the name in the language.
    public let name: String
    public let type: FieldType
    /// What the column holds, for `.fields` and the documentation.
    public let meaning: String
    /// Nearly every value is distinct (names, references): stored without looking each
    /// one up, so its dictionary may hold a value more than once (see `ByteInterner`).
    public let isNearlyDistinct: Bool
    /// The headings the status report itself prints for the column (`DAG Review Complete`),
    /// which a register kept in a spreadsheet is likely to use instead of `name`.
    public let headings: [String]

    init(name: String, type: FieldType, meaning: String, isNearlyDistinct: Bool, headings: [String] = []) {
        self.name = name
        self.type = type
        self.meaning = meaning
        self.isNearlyDistinct = isNearlyDistinct
        self.headings = headings
    }
}

/// The ten columns of a register, in the order of the file format's header, and the
/// `report` of a history's rows. Everything
/// else about a field is read from `Field.schema`: the reader, the writer, the column
/// store and the checker all derive from it.
public enum Field: Int, CaseIterable, Sendable, Comparable {
    case kind, ref, name, wg, subgroups, status, blocker, sg, review, dag
    /// The month of the report a row comes from, in a history (`@all`): no column of a
    /// register file.
    case report

    /// The register's schema, one entry per field in header order: the one place where
    /// a field's name, type and meaning are written.
    public static let schema: [FieldDescription] = [
        FieldDescription(name: "kind", type: .kind, meaning: "BP business process map, IF interface specification, BRS business requirements, GA global artefact, TD technical design", isNearlyDistinct: false),
        FieldDescription(name: "ref", type: .list, meaning: "the report's references", isNearlyDistinct: true,
                         headings: ["Reference"]),
        FieldDescription(name: "name", type: .text, meaning: "the artefact's name as printed", isNearlyDistinct: true,
                         headings: ["Name", "Document Type"]),
        FieldDescription(name: "wg", type: .text, meaning: "working group", isNearlyDistinct: false,
                         headings: ["Working Group"]),
        FieldDescription(name: "subgroups", type: .list, meaning: "the sub-groups working on it", isNearlyDistinct: false,
                         headings: ["Sub-Group(s)"]),
        FieldDescription(name: "status", type: .text, meaning: "the status label as printed, blocker removed", isNearlyDistinct: false,
                         headings: ["Status", "Current Status"]),
        FieldDescription(name: "blocker", type: .list, meaning: "what blocks it", isNearlyDistinct: false,
                         headings: ["Blocking Issue"]),
        FieldDescription(name: "sg", type: .month, meaning: "Sub-Group Activity Complete (forecast)", isNearlyDistinct: false,
                         headings: ["Sub-Group Activity Complete", "Sub-Group Activity"]),
        FieldDescription(name: "review", type: .month, meaning: "BPRWG Review Complete (Level 4 Review for TD)", isNearlyDistinct: false,
                         headings: ["BPRWG Review Complete", "Level 4 Review"]),
        FieldDescription(name: "dag", type: .month, meaning: "DAG Review Complete (forecast)", isNearlyDistinct: false,
                         headings: ["DAG Review Complete", "DAG Review"]),
        FieldDescription(name: "report", type: .month, meaning: "the month of the report the row comes from (a history's, with @all)", isNearlyDistinct: false),
    ]

    /// The columns of a register file, in header order: every field but `report`.
    public static let stored: [Field] = allCases.filter { $0 != .report }

    public var schemaEntry: FieldDescription { Self.schema[rawValue] }

    public var name: String { schemaEntry.name }

    /// (From a table of types alone: reading it copies no strings, so it costs nothing on
    /// a path that asks it per cell.)
    @inlinable
    public var type: FieldType { Self.types[rawValue] }

    @usableFromInline
    static let types: [FieldType] = schema.map(\.type)

    public var meaning: String { schemaEntry.meaning }

    public var isNearlyDistinct: Bool { Self.schema[rawValue].isNearlyDistinct }

    /// The field's index among the fields of its type (the third text field is 2), so that
    /// a store can keep one array per type.
    @inlinable
    public var slot: Int { Self.slots[rawValue] }

    @usableFromInline
    static let slots: [Int] = {
        var next: [FieldType: Int] = [:]
        return schema.map { description in
            defer { next[description.type, default: 0] += 1 }
            return next[description.type, default: 0]
        }
    }()

    /// The fields of `type`, in header order (`fields(of: .month)[field.slot] == field`).
    public static func fields(of type: FieldType) -> [Field] { allCases.filter { $0.type == type } }

    /// Case-insensitive lookup by name. (Asked of every bare word of a query, values
    /// included: a 20,000-value `in` list asks it 20,000 times and more.)
    public init?(name: some StringProtocol) {
        guard name.utf8.count <= Self.longestName, let field = Self.byName[name.lowercased()] else { return nil }
        self = field
    }

    private static let byName: [String: Field] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
    private static let longestName = schema.map(\.name.utf8.count).max()!

    public static func < (a: Field, b: Field) -> Bool { a.rawValue < b.rawValue }

    /// The stored field a column heading names: its schema name or one of the report's
    /// headings, compared as `=` compares text (`dag review complete`, `Sub-Group(s)`).
    public init?(heading: some StringProtocol) {
        guard let field = Self.byHeading[equalityKey(heading)] else { return nil }
        self = field
    }

    private static let byHeading: [String: Field] = {
        var table: [String: Field] = [:]
        for field in stored {
            for heading in [field.name] + field.schemaEntry.headings { table[equalityKey(heading)] = field }
        }
        return table
    }()

    /// The header line of a register file.
    public static let header = stored.map(\.name).joined(separator: ",")
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

    /// A register's columns (`report` is a history's, not a register's).
    public static let all = FieldSet(Field.stored)

    @inlinable @inline(__always)
    public func contains(_ field: Field) -> Bool { rawValue & 1 << UInt16(field.rawValue) != 0 }

    public mutating func insert(_ field: Field) { insert(FieldSet(field)) }

    /// The fields in header order.
    public var fields: [Field] { Field.allCases.filter(contains) }
}
