/// The passes that pair the rows of two consecutive reports, in the order they run.
/// Each pairs only rows unique, on both sides, by its key among the rows still unpaired.
public enum PairingPass: Int, CaseIterable, Sendable {
    /// Same kind, same references (as a set) and same name.
    case refsAndName = 1
    /// Same kind and the same references, not none: the artefact was renamed.
    case refs = 2
    /// Same kind and the same name: a reference was assigned or changed.
    case name = 3

    /// `same refs and name`, as `.matches` shows it.
    public var summary: String {
        switch self {
        case .refsAndName: "same refs and name"
        case .refs: "same refs"
        case .name: "same name"
        }
    }
}

/// How the rows of one report were paired with those of the report before it. Rows are
/// numbered from 0 in register order. A row left unpaired is new (later) or gone
/// (earlier); `isAlike` marks those left so because a key they matched on was shared by
/// two or more rows (counted in the history's notes).
public struct Pairing: Sendable {
    /// The reports paired, as indices into `ReportHistory.reports` (`later == earlier + 1`).
    public let earlier: Int
    public let later: Int
    /// For each row of the later report, the earlier row paired with it, or -1.
    let earlierRowOfLater: [Int32]
    /// For each row of the earlier report, the later row paired with it, or -1.
    let laterRowOfEarlier: [Int32]
    /// For each row of the later report, the pass that paired it (0: none).
    let passOfLater: [UInt8]
    let alikeEarlier: [Bool]
    let alikeLater: [Bool]
    /// How many rows were paired.
    public let matchedCount: Int

    init(earlier: Int, later: Int, earlierRowOfLater: [Int32], laterRowOfEarlier: [Int32], passOfLater: [UInt8],
         alikeEarlier: [Bool], alikeLater: [Bool]) {
        self.earlier = earlier
        self.later = later
        self.earlierRowOfLater = earlierRowOfLater
        self.laterRowOfEarlier = laterRowOfEarlier
        self.passOfLater = passOfLater
        self.alikeEarlier = alikeEarlier
        self.alikeLater = alikeLater
        matchedCount = passOfLater.lazy.filter { $0 != 0 }.count
    }

    /// Rows of the later report paired with none of the earlier: new artefacts.
    public var newCount: Int { earlierRowOfLater.count - matchedCount }
    /// Rows of the earlier report paired with none of the later: artefacts gone.
    public var goneCount: Int { laterRowOfEarlier.count - matchedCount }

    /// The earlier report's row paired with `row` of the later one; nil when it is new.
    public func earlierRow(pairedWith row: Int) -> Int? {
        let paired = earlierRowOfLater[row]
        return paired < 0 ? nil : Int(paired)
    }

    /// The later report's row paired with `row` of the earlier one; nil when it is gone.
    public func laterRow(pairedWith row: Int) -> Int? {
        let paired = laterRowOfEarlier[row]
        return paired < 0 ? nil : Int(paired)
    }

    /// The pass that paired `row` of the later report; nil when it is new.
    public func pass(ofLaterRow row: Int) -> PairingPass? { PairingPass(rawValue: Int(passOfLater[row])) }

    /// Whether `row` of the later report is new only because rows looked alike.
    public func isAlike(laterRow row: Int) -> Bool { alikeLater[row] }

    /// Whether `row` of the earlier report is gone only because rows looked alike.
    public func isAlike(earlierRow row: Int) -> Bool { alikeEarlier[row] }

    /// The rows of the earlier report that are gone, in register order.
    public var goneRows: [Int] { laterRowOfEarlier.indices.filter { laterRowOfEarlier[$0] < 0 } }
}
