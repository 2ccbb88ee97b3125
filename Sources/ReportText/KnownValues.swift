import ColumnStore
import RegisterCSV
import RegisterModel

/// The values a register already holds — names, statuses, blockers, sub-groups — by
/// which a report's run-together cells are told apart: the embedded register, the
/// previous report of a history, or the register `--like` names.
///
/// Values are compared word by word (`key`), so that a value wrapped over two lines or
/// printed with two spaces inside is still known. Names and statuses are known by kind:
/// `Draft Not Complete` is a global artefact's status, so an interface specification
/// printed `… First Draft Not Complete` is not read as named `… First`.
public struct KnownValues: Sendable {
    var namesByKind: [Kind: Set<String>]
    var statusesByKind: [Kind: Set<String>]
    var blockers: Set<String>
    var subgroups: Set<String>
    /// The most words any of them has.
    var longestValue: Int

    func names(_ kind: Kind) -> Set<String> { namesByKind[kind] ?? [] }
    func statuses(_ kind: Kind) -> Set<String> { statusesByKind[kind] ?? [] }

    /// The values of `register`; a field it did not build (a history's report loaded in
    /// part) takes the embedded register's.
    public init(_ register: any RegisterColumns) {
        func source(_ field: Field) -> any RegisterColumns {
            register.built.fields.contains(field) ? register : Register.embedded
        }
        func values(_ field: Field) -> Set<String> {
            guard case .list(let column) = source(field).column(field) else { preconditionFailure("\(field.name) is not a list") }
            return Set(column.dictionary.values.map(Self.key).filter { !$0.isEmpty })
        }
        func valuesByKind(_ field: Field) -> [Kind: Set<String>] {
            let columns = source(field)
            guard case .text(let column) = columns.column(field) else { preconditionFailure("\(field.name) is not text") }
            var codes: [Kind: Set<UInt32>] = [:]
            for (row, kind) in columns.kinds.enumerated() { codes[kind, default: []].insert(column.codes[row]) }
            return codes.mapValues { Set($0.map { Self.key(column.dictionary[$0]) }.filter { !$0.isEmpty }) }
        }
        namesByKind = valuesByKind(.name)
        statusesByKind = valuesByKind(.status)
        blockers = values(.blocker)
        subgroups = values(.subgroups)
        let all = namesByKind.values.joined().map { $0 } + statusesByKind.values.joined() + blockers + subgroups
        longestValue = all.map { $0.split(separator: " ").count }.max() ?? 0
    }

    /// The embedded register's values.
    public static let embedded = KnownValues(Register.embedded)

    /// A value's words joined by one space.
    static func key(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
