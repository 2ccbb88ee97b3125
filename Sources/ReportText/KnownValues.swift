import ColumnStore
import RegisterCSV
import RegisterModel

/// The values a register already holds — names, statuses, blockers, sub-groups — by
/// which a report's run-together cells are told apart: the embedded register, the
/// previous report of a history, or the register `--like` names.
///
/// Values are compared word by word (`key`), so that a value wrapped over two lines or
/// printed with two spaces inside is still known.
public struct KnownValues: Sendable {
    var names: Set<String>
    var statuses: Set<String>
    var blockers: Set<String>
    var subgroups: Set<String>

    /// The values of `register`; a field it did not build (a history's report loaded in
    /// part) takes the embedded register's.
    public init(_ register: any RegisterColumns) {
        func values(_ field: Field) -> Set<String> {
            let source: any RegisterColumns = register.built.fields.contains(field) ? register : Register.embedded
            let all: [String]
            switch source.column(field) {
            case .text(let column): all = column.dictionary.values
            case .list(let column): all = column.dictionary.values
            case .kind, .month: all = []
            }
            return Set(all.map(Self.key).filter { !$0.isEmpty })
        }
        names = values(.name)
        statuses = values(.status)
        blockers = values(.blocker)
        subgroups = values(.subgroups)
    }

    /// The embedded register's values.
    public static var embedded: KnownValues { KnownValues(Register.embedded) }

    /// A value's words joined by one space.
    static func key(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
