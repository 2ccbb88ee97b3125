/// How `table` lays rows out on a terminal (`.mode`): the one list that the meta-command,
/// its help and completion take their names from.
public enum TableMode: String, CaseIterable, Sendable {
    /// Columns side by side; what does not fit the terminal is left out, least telling
    /// first (a column of one value said below the table), and named below.
    case table
    /// One `field: value` line for each cell, a row at a time.
    case vertical
    /// Side by side when every column fits readably (a column of one value said below the
    /// table), else vertical.
    case auto

    /// The mode `name` names, in any case.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    public static var names: [String] { allCases.map(\.rawValue) }
}
