/// The artefact register, stored by column: kinds and months as plain arrays, text and
/// lists as dictionary-coded columns. Immutable once built; rows are identified by index
/// in register order.
public struct Register: Sendable, Equatable {
    public internal(set) var kinds: [Kind] = []
    public internal(set) var refs = ListColumn()
    public internal(set) var names = TextColumn()
    public internal(set) var workingGroups = TextColumn()
    public internal(set) var subgroups = ListColumn()
    public internal(set) var statuses = TextColumn()
    public internal(set) var blockers = ListColumn()
    public internal(set) var sg: [Month] = []
    public internal(set) var review: [Month] = []
    public internal(set) var dag: [Month] = []
    /// The columns read from the file. A register read for one batch run holds only the
    /// fields its statements read (and `kind`, always); the others are empty.
    public internal(set) var loadedFields = FieldSet.all
    /// Where the records of a register read for a batch run lie in its file, for the
    /// fields it shows but did not build (`locatedFields`): read for the rows shown only.
    var source: RecordSource?

    /// Fields whose cells are read from the file for the rows a result shows
    /// (`gathering(rows:fields:)`); none once gathered, and none in a register read whole.
    public var locatedFields: FieldSet { source?.fields ?? [] }

    public init() {}

    init(kinds: [Kind], refs: ListColumn, names: TextColumn, workingGroups: TextColumn, subgroups: ListColumn,
         statuses: TextColumn, blockers: ListColumn, sg: [Month], review: [Month], dag: [Month],
         loadedFields: FieldSet = .all) {
        self.kinds = kinds
        self.refs = refs
        self.names = names
        self.workingGroups = workingGroups
        self.subgroups = subgroups
        self.statuses = statuses
        self.blockers = blockers
        self.sg = sg
        self.review = review
        self.dag = dag
        self.loadedFields = loadedFields.union(FieldSet(.kind))
    }

    public var rowCount: Int { kinds.count }

    /// One column viewed through its type, for code that works on any field.
    public func column(_ field: Field) -> Column {
        switch field {
        case .kind: .kind(kinds)
        case .ref: .list(refs)
        case .name: .text(names)
        case .wg: .text(workingGroups)
        case .subgroups: .list(subgroups)
        case .status: .text(statuses)
        case .blocker: .list(blockers)
        case .sg: .month(sg)
        case .review: .month(review)
        case .dag: .month(dag)
        }
    }

    /// The artefact at `row`, assembled from the columns (for tests and single-row views).
    public func artefact(at row: Int) -> Artefact {
        Artefact(kind: kinds[row], refs: refs[row], name: names[row], workingGroup: workingGroups[row],
                 subgroups: subgroups[row], status: statuses[row], blockers: blockers[row],
                 sg: sg[row], review: review[row], dag: dag[row])
    }
}

/// A register column together with its type.
public enum Column: Sendable {
    case kind([Kind])
    case text(TextColumn)
    case list(ListColumn)
    case month([Month])
}

/// One artefact as a row: the unit of reading and writing a register file.
public struct Artefact: Sendable, Equatable {
    public var kind: Kind
    public var refs: [String]
    public var name: String
    public var workingGroup: String
    public var subgroups: [String]
    public var status: String
    public var blockers: [String]
    public var sg: Month
    public var review: Month
    public var dag: Month

    public init(kind: Kind, refs: [String], name: String, workingGroup: String, subgroups: [String],
                status: String, blockers: [String], sg: Month, review: Month, dag: Month) {
        self.kind = kind
        self.refs = refs
        self.name = name
        self.workingGroup = workingGroup
        self.subgroups = subgroups
        self.status = status
        self.blockers = blockers
        self.sg = sg
        self.review = review
        self.dag = dag
    }
}
