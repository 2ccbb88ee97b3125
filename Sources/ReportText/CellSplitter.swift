import RegisterModel

/// Tells a row's cells apart: every way its words can be read as the table's cells is
/// tried, and the reading taken is the one that needs the fewest values regq has not seen
/// (a new name, a new status…), provided it is the only such reading, each boundary
/// between its cells is certain — at a bare line break, or beside a known value, or after
/// `Blocked-` — none of its new values could as well be read as two where the layout
/// leaves that open (a wrap that may be two cells; a new technical design status that may
/// be a blocking issue and a status), and a new status holds no known one. Anything else
/// is refused with what could not be told apart: nothing is guessed silently.
///
/// The layout's rules limit the readings: a cell may wrap only at a line that ends in a
/// space (or be a known value); a row of the business design tables is name, status
/// (`Blocked- X` for a blocked one), then one or more sub-groups, each after the first
/// starting a line; a technical design row is name, its blocking issues (each after the
/// first starting a line), then its status.
struct CellSplitter {
    /// What a cell of a row holds, in the order the business design tables print them
    /// (the technical design table prints blocking issues before the status).
    enum Role: Int, Comparable {
        case name, status, blocker, subgroup

        static func < (a: Role, b: Role) -> Bool { a.rawValue < b.rawValue }

        func label(technical: Bool) -> String {
            switch self {
            case .name: "name"
            case .status: "status"
            case .blocker: technical ? "blocking issue" : "blocker"
            case .subgroup: "sub-group"
            }
        }
    }

    /// Why a row could not be read, and the line to name.
    struct Refusal: Error {
        let line: ReportLine
        let message: String
    }

    let row: RowWords
    /// The names and statuses known for the row's kind.
    let names: Set<String>
    let statuses: Set<String>
    let blockers: Set<String>
    let subgroups: Set<String>
    /// The most words a known value has: no longer range need be looked up.
    let longestKnown: Int
    /// The technical design table: name, blocking issues, status.
    let technical: Bool

    init(row: RowWords, kind: Kind, known: KnownValues) {
        self.row = row
        names = known.names(kind)
        statuses = known.statuses(kind)
        blockers = known.blockers
        subgroups = known.subgroups
        longestKnown = known.longestValue
        technical = kind == .technicalDesign
    }

    // MARK: - The reading taken

    let work = ReadingWork()

    func split() -> Result<Reading, Refusal> {
        let readings = technical ? technicalReadings() : businessReadings()
        guard !work.isExhausted else {
            return .failure(Refusal(line: row.words[0].line, message: "cannot tell the cells of '\(row.allText)' apart: it has too many ways to be read"))
        }
        guard let fewest = readings.map(\.unknownCount).min() else {
            let cells = technical ? "name, blocking issues and status" : "name, status and sub-groups"
            return .failure(Refusal(line: row.words[0].line, message: "cannot read '\(row.allText)' as \(cells)"))
        }
        let best = readings.filter { $0.unknownCount == fewest }
        if best.count == 1 {
            let reading = best[0]
            if let (one, other, word) = reading.uncertainBoundary(in: row) ?? knownStatusInside(reading)
                ?? readings.lazy.compactMap({ reading.split(by: $0, in: row, technical: technical) }).first {
                return .failure(cannotTell(one, other, at: word))
            }
            return .success(reading)
        }
        let first = best[0].placeOfWords(), second = best[1].placeOfWords()
        let word = first.indices.first { first[$0] != second[$0] } ?? 0
        return .failure(cannotTell(first[word].role, second[word].role, at: word))
    }

    func cannotTell(_ one: Role, _ other: Role, at word: Int) -> Refusal {
        let line = row.words[word].line
        let what: String
        if one == other {
            what = "the \(one.label(technical: technical))s apart"
        } else {
            let (earlier, later) = printedOrder(one, other)
            what = "the \(earlier.label(technical: technical)) from the \(later.label(technical: technical))"
        }
        return Refusal(line: line, message: "cannot tell \(what) in '\(line.trimmed)'")
    }

    /// The two roles in the order the table prints them.
    func printedOrder(_ a: Role, _ b: Role) -> (Role, Role) {
        func position(_ role: Role) -> Int { technical && role == .status ? 9 : role.rawValue }
        return position(a) <= position(b) ? (a, b) : (b, a)
    }

    // MARK: - The readings a layout allows

    /// Name, then a status or `Blocked-` and a blocker, then the sub-groups.
    func businessReadings() -> [Reading] {
        var readings: [Reading] = []
        let end = row.count
        for nameEnd in 1 ..< max(1, end) {
            guard let name = cell(.name, 0 ..< nameEnd, among: names) else { continue }
            if row.isBlockedMarker(nameEnd) {
                let marker = Cell(role: .status, range: nameEnd ..< nameEnd + 1, isKnown: true, isBlockedMarker: true)
                for blockerEnd in nameEnd + 2 ..< max(nameEnd + 2, end) {
                    guard let blocker = cell(.blocker, nameEnd + 1 ..< blockerEnd, among: blockers) else { continue }
                    for subgroups in lines(of: .subgroup, blockerEnd ..< end, among: subgroups) {
                        guard work.spend() else { return readings }
                        readings.append(Reading(cells: [name, marker, blocker] + subgroups))
                    }
                }
            } else {
                for statusEnd in nameEnd + 1 ..< max(nameEnd + 1, end) {
                    guard let status = cell(.status, nameEnd ..< statusEnd, among: statuses) else { continue }
                    for subgroups in lines(of: .subgroup, statusEnd ..< end, among: subgroups) {
                        guard work.spend() else { return readings }
                        readings.append(Reading(cells: [name, status] + subgroups))
                    }
                }
            }
        }
        return readings
    }

    /// Name, then any blocking issues, then the status.
    func technicalReadings() -> [Reading] {
        var readings: [Reading] = []
        let end = row.count
        for nameEnd in 1 ..< max(1, end) {
            guard let name = cell(.name, 0 ..< nameEnd, among: names) else { continue }
            for statusStart in nameEnd ..< end {
                guard let status = cell(.status, statusStart ..< end, among: statuses) else { continue }
                if statusStart == nameEnd {
                    readings.append(Reading(cells: [name, status]))
                    continue
                }
                for blockers in lines(of: .blocker, nameEnd ..< statusStart, among: blockers) {
                    guard work.spend() else { return readings }
                    readings.append(Reading(cells: [name] + blockers + [status]))
                }
            }
        }
        return readings
    }

    /// The ways to read `range` as one or more cells of `role`, each after the first
    /// starting a line (`Smart ⏎ Advanced`), each possibly wrapped (`Elexon Central ⏎
    /// Systems`). Only those with at most one new value more than the fewest are kept:
    /// no other can be part of the reading taken, or of one that splits it.
    func lines(of role: Role, _ range: Range<Int>, among values: Set<String>) -> [[Cell]] {
        guard !range.isEmpty else { return [] }
        if let known = work.lines[range] { return known }
        guard work.spend() else { return [] }
        var found: [[Cell]] = []
        for end in range.lowerBound + 1 ... range.upperBound {
            guard let first = cell(role, range.lowerBound ..< end, among: values) else { continue }
            if end == range.upperBound {
                found.append([first])
            } else if row.words[end].breakBefore != .none {
                found += lines(of: role, end ..< range.upperBound, among: values).map { [first] + $0 }
            }
        }
        if let fewest = found.map(Self.unknownCount).min() { found = found.filter { Self.unknownCount($0) <= fewest + 1 } }
        if found.count > ReadingWork.linesKept {
            work.exhaust()
            found = []
        }
        work.lines[range] = found
        return found
    }

    static func unknownCount(_ cells: [Cell]) -> Int { cells.count { !$0.isKnown } }

    /// The cell the words of `range` can be, or nil: a cell has no bare line break inside
    /// unless it is a known value (an extraction that wrote no space at a wrap), and never
    /// holds `Blocked-`.
    func cell(_ role: Role, _ range: Range<Int>, among values: Set<String>) -> Cell? {
        guard !range.isEmpty, !row.holdsBlockedMarker(range) else { return nil }
        let isKnown = range.count <= longestKnown && values.contains(row.key(range))
        guard isKnown || !row.holdsBareBreak(range) else { return nil }
        return Cell(role: role, range: range, isKnown: isKnown)
    }

    /// A new status that holds a known one (`Meter Sub-Group Review`): the known one may be
    /// the status, the words before it the name's or those after it a sub-group's. The
    /// roles that could not be told apart, and where.
    func knownStatusInside(_ reading: Reading) -> (Role, Role, word: Int)? {
        guard let index = reading.cells.firstIndex(where: { $0.role == .status && !$0.isKnown }) else { return nil }
        let range = reading.cells[index].range
        for start in range {
            for end in start + 1 ... range.upperBound where end - start < range.count && statuses.contains(row.key(start ..< end)) {
                if start > range.lowerBound { return (reading.cells[index - 1].role, .status, start) }
                let next = index + 1 < reading.cells.count ? reading.cells[index + 1].role : .subgroup
                return (.status, next, end)
            }
        }
        return nil
    }
}
