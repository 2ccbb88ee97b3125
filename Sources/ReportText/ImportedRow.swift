import RegisterModel

/// One row of a report's detail tables, its cells told apart.
struct ImportedRow: Sendable {
    var kind: Kind
    var refs: [String]
    var name: String
    var workingGroup: String
    var subgroups: [String]
    var status: String
    var blockers: [String]
    var sg: Month
    var review: Month
    var dag: Month

    /// Its cells as a register file's record, in `Field.stored` order.
    var record: [String] {
        Field.stored.map { field in
            switch field {
            case .kind: kind.code
            case .ref: refs.joined(separator: ";")
            case .name: name
            case .wg: workingGroup
            case .subgroups: subgroups.joined(separator: ";")
            case .status: status
            case .blocker: blockers.joined(separator: ";")
            case .sg: sg.shortText
            case .review: review.shortText
            case .dag: dag.shortText
            case .report: ""
            }
        }
    }
}
