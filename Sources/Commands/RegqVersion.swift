/// regq's version, the one place it is written: `regq --version` prints it.
public enum RegqVersion {
    public static let number = "0.1.0"

    /// `regq 0.1.0`, as `--version` prints it.
    public static var line: String { "regq " + number }
}
