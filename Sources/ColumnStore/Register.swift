import RegisterModel

/// What a plan runs over: the columns built at load, and the cells of any field for the
/// rows a result shows. A whole `Register` is one; so is the `PartialRegister` a batch run
/// loads with only the columns its statements read.
public protocol RegisterColumns: Sendable {
    /// The columns built at load: every field in a whole register.
    var built: ColumnSet { get }
    /// The fields whose cells `gathering` can give: built, or read from the file later.
    var availableFields: FieldSet { get }
    /// The cells of `fields` for `rows`, in that order: built columns copied, the others
    /// read now.
    func gathering(rows: [Int32], fields: FieldSet) -> ColumnSet
}

extension RegisterColumns {
    public var rowCount: Int { built.rowCount }

    /// The kind of every row (always built: a register's rows are counted by it).
    public var kinds: [Kind] {
        guard case .kind(let kinds) = built.column(.kind) else { preconditionFailure("kind is not a kind column") }
        return kinds
    }

    /// A built column viewed through its type.
    public func column(_ field: Field) -> Column { built.column(field) }
}

/// The whole artefact register, stored by column: kinds and months as plain arrays, text
/// and lists as dictionary-coded columns. Every field is held (a register loaded in part
/// is a `PartialRegister`, a type of its own). Immutable once built; rows are identified
/// by index in register order.
public struct Register: RegisterColumns, Equatable {
    public let built: ColumnSet

    /// The register of these columns, which must hold every field of a register file
    /// (and may hold `report`, a history's).
    public init(_ columns: ColumnSet) {
        precondition(columns.fields.isSuperset(of: .all), "a register holds every field")
        built = columns
    }

    /// No artefacts.
    public init() {
        self.init(ColumnSet(Dictionary(uniqueKeysWithValues: Field.stored.map { ($0, Column.empty($0.type)) })))
    }

    public var availableFields: FieldSet { .all }

    public func gathering(rows: [Int32], fields: FieldSet) -> ColumnSet {
        built.gathering(rows: rows, fields: fields)
    }

    /// The artefact at `row`, assembled from the columns (for tests and single-row views).
    public func artefact(at row: Int) -> Artefact {
        func text(_ field: Field) -> String {
            guard case .text(let column) = column(field) else { preconditionFailure() }
            return column[row]
        }
        func list(_ field: Field) -> [String] {
            guard case .list(let column) = column(field) else { preconditionFailure() }
            return column[row]
        }
        func month(_ field: Field) -> Month {
            guard case .month(let column) = column(field) else { preconditionFailure() }
            return column[row]
        }
        return Artefact(kind: kinds[row], refs: list(.ref), name: text(.name), workingGroup: text(.wg),
                        subgroups: list(.subgroups), status: text(.status), blockers: list(.blocker),
                        sg: month(.sg), review: month(.review), dag: month(.dag))
    }
}

/// One artefact as a row: for tests and single-row views.
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
