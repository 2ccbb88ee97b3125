import Foundation
import RegisterModel

/// The text of register files that tests write, headed by the schema's own header line:
/// the column names are written in one place, `Field.header`, and a change to the schema
/// reaches every test register at once.
public enum RegisterText {
    /// The header line of a register file, line break included.
    public static let header = Field.header + "\n"

    /// A register file: the header line, then `rows` — lines of CSV, each ending in a
    /// line break.
    public static func csv(_ rows: String) -> String {
        header + rows
    }

    /// The real register (`Data/register.csv`) as people type it into a spreadsheet:
    /// statuses and a blocker written in several ways that `=` treats as one (`blocked`,
    /// `BLOCKED`, `DRAFT COMPLETE `, `change of agent`), spread down the file, some lists
    /// of four sub-groups, and one blank month (line 5's dag).
    public static var realRegisterWrittenSeveralWays: String {
        var lines = (try? String(contentsOfFile: Repository.root + "/Data/register.csv", encoding: .utf8))!
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices.dropFirst() {
            if index % 3 == 0 { lines[index] = lines[index].replacingOccurrences(of: ",Blocked,", with: ",blocked,") }
            if index % 5 == 0 { lines[index] = lines[index].replacingOccurrences(of: ",Blocked,", with: ",BLOCKED,") }
            if index % 4 == 0 { lines[index] = lines[index].replacingOccurrences(of: "Change of Agent", with: "change of agent") }
            if index % 7 == 0 { lines[index] = lines[index].replacingOccurrences(of: ",Draft Complete,", with: ",DRAFT COMPLETE ,") }
            if index % 6 == 0 { lines[index] = lines[index].replacingOccurrences(of: ",Registration,", with: ",Registration;Smart;Advanced;UMS,") }
        }
        lines[5] = String(lines[5][..<lines[5].lastIndex(of: ",")!]) + ","
        return lines.joined(separator: "\n")
    }
}
