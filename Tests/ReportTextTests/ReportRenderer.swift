import ColumnStore
import RegisterModel
@testable import ReportText

/// Renders a register as the text of a monthly status report, in the seed's layout, with
/// random but seed-like line breaks: cells on one line or spread over several with blank
/// lines between, names, statuses, blockers and sub-groups wrapped at a space (the
/// wrapped line ending in a space), a reference printed once above the rows that share
/// it, page titles and headings repeated on every page, page numbers.
struct ReportRenderer {
    var random: Xorshift

    init(seed: UInt64) { random = Xorshift(seed: seed) }

    static let titles: [Kind: String] = [
        .businessProcess: "MHHS BPRWG- Business Process Diagrams- Current Status",
        .interfaceSpecification: "MHHS BPRWG- Interface Specifications- Current Status",
        .businessRequirements: "MHHS BPRWG- Business Requirements/Business Process Descriptions- Current Status",
        .globalArtefact: "MHHS BPRWG- Global Artefacts- Current Status",
        .technicalDesign: "MHHS TDWG & SDWG- Technical Design Artefacts- Current Status",
    ]

    static let businessHeadings = [
        "Reference Name Current Status Sub-Group(s) Sub-Group Activity \nComplete\n\nBPRWG Review\nComplete\n\nDAG Review \nComplete\n",
        " Reference Name Status Sub-\nGroup(s)\n\nSub-Group \nActivity Complete\n\nBPRWG\nReview \nComplete\n\nDAG Review \nComplete\n",
    ]
    static let technicalHeadings = " Working \nGroup\n\nDocument Type Blocking Issue Status Sub-Group \nActivity\n\nLevel 4 \nReview\n\nDAG\nReview\n"

    /// The report's text: the seed's summary page (which the register does not need),
    /// then every kind's table.
    mutating func render(_ artefacts: [Artefact], summaryPage: String) -> String {
        var out = summaryPage
        for kind in Kind.allCases {
            let rows = artefacts.filter { $0.kind == kind }
            guard !rows.isEmpty else { continue }
            var group: String?
            var page = 0, onPage = 0, pageSize = pick(6 ... 14)
            for (index, row) in rows.enumerated() {
                if index == 0 || onPage == pageSize {
                    page += 1
                    onPage = 0
                    pageSize = pick(6 ... 14)
                    out += "\n\n\n " + Self.titles[kind]! + "\n"
                    if chance(3) { out += "\n\(page + 2)\n\n" }
                    out += kind == .technicalDesign ? Self.technicalHeadings : Self.businessHeadings[pick(0 ... 1)]
                    out += "\n"
                    group = nil
                }
                onPage += 1
                if kind == .technicalDesign {
                    if group != row.workingGroup {
                        out += row.workingGroup + "\n\n"
                        group = row.workingGroup
                    }
                    out += technicalRow(row)
                } else {
                    let previous = index > 0 ? rows[index - 1] : nil, next = index + 1 < rows.count ? rows[index + 1] : nil
                    out += businessRow(row, sharesRefsWithPrevious: !row.refs.isEmpty && previous?.refs == row.refs,
                                       sharesRefsWithNext: !row.refs.isEmpty && next?.refs == row.refs)
                }
                if chance(8) { out += "\(page + 2)\n\n" }
            }
        }
        return out + "\n"
    }

    mutating func businessRow(_ row: Artefact, sharesRefsWithPrevious: Bool, sharesRefsWithNext: Bool) -> String {
        var out = ""
        if DetailTableReader.printsReferences(row.kind) && !sharesRefsWithPrevious {
            if sharesRefsWithNext {
                out += row.refs.joined(separator: "\n") + "\n" + (chance(2) ? "\n" : "")
            } else {
                out += (row.refs.isEmpty ? "TBC" : row.refs.joined(separator: "\n")) + (chance(5) ? "\n" : " ")
            }
        }
        out += wrapped(row.name)
        out += anySeparator()
        if row.status == "Blocked" && row.blockers.count == 1 {
            out += "Blocked-" + (chance(6) ? "\n" : " ") + wrapped(row.blockers[0])
        } else {
            precondition(row.blockers.isEmpty, "a business row prints one blocker, after Blocked-")
            out += wrapped(row.status)
        }
        for (index, subgroup) in row.subgroups.enumerated() {
            out += index == 0 ? anySeparator() : lineSeparator()
            out += wrapped(subgroup)
        }
        return out + anySeparator() + months(row) + "\n\n"
    }

    mutating func technicalRow(_ row: Artefact) -> String {
        var out = wrapped(row.name)
        for (index, blocker) in row.blockers.enumerated() {
            out += index == 0 ? anySeparator() : lineSeparator()
            out += wrapped(blocker)
        }
        return out + anySeparator() + wrapped(row.status) + anySeparator() + months(row) + "\n\n"
    }

    func months(_ row: Artefact) -> String {
        [row.sg, row.review, row.dag].map(\.shortText).joined(separator: " ")
    }

    // MARK: - Breaks

    /// Between two cells: a space, or a line break (after a space or not), with a blank
    /// line or not.
    mutating func anySeparator() -> String {
        chance(2) ? " " : lineSeparator()
    }

    mutating func lineSeparator() -> String {
        ["\n", " \n", "\n\n", " \n\n"][pick(0 ... 3)]
    }

    /// `text`, wrapped at one of its single spaces now and then, the wrapped line ending
    /// in a space.
    mutating func wrapped(_ text: String) -> String {
        let characters = Array(text)
        let spaces = characters.indices.filter {
            characters[$0] == " " && $0 > 0 && $0 + 1 < characters.count && characters[$0 - 1] != " " && characters[$0 + 1] != " "
        }
        guard !spaces.isEmpty, chance(3) else { return text }
        let at = spaces[pick(0 ... spaces.count - 1)]
        return String(characters[...at]) + "\n" + String(characters[(at + 1)...])
    }

    // MARK: - Chance

    mutating func pick(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    /// One time in `n`.
    mutating func chance(_ n: Int) -> Bool { pick(1 ... n) == 1 }
}

/// xorshift64*: a small seeded generator, so that a failing rendering can be made again.
struct Xorshift {
    var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}
