import RegisterModel

/// The table a report's page holds, told by its title (`MHHS BPRWG- Interface
/// Specifications- Current Status`): a detail table of one kind, or one of the summaries.
/// Each page repeats its title, so a table may run over several pages.
enum ReportTable: Equatable {
    case detail(Kind)
    case businessSummary
    case technicalSummary

    /// The title's words that name each table, in the order they are tried: the business
    /// requirements table's title also says "Business Process".
    static let detailTitles: [(words: String, kind: Kind)] = [
        ("Business Requirements", .businessRequirements), ("Business Process Descriptions", .businessRequirements),
        ("Interface Specification", .interfaceSpecification), ("Business Process", .businessProcess),
        ("Global Artefact", .globalArtefact), ("Technical Design Artefacts", .technicalDesign),
    ]

    /// The table a title names, or nil for a title regq does not know.
    init?(title: String) {
        if title.contains("Status Report") {
            if title.contains("Business Design") { self = .businessSummary; return }
            if title.contains("Technical Design") { self = .technicalSummary; return }
            return nil
        }
        guard title.contains("Current Status"),
              let entry = Self.detailTitles.first(where: { title.contains($0.words) }) else { return nil }
        self = .detail(entry.kind)
    }

    /// Whether a line is a page's title: `MHHS`, the working groups (`BPRWG`, `TDWG &
    /// SDWG`), a hyphen, then the table's name.
    static func isTitle(_ line: ReportLine) -> Bool {
        guard line.words.count >= 3, line.words[0] == "MHHS",
              let dashed = line.words.dropFirst().firstIndex(where: { $0.hasSuffix("-") }) else { return false }
        return line.words[1 ... dashed].allSatisfy { $0 == "&" || $0.dropLast($0.hasSuffix("-") ? 1 : 0).hasSuffix("WG") }
    }

    /// The working group a title names first: `BPRWG` for the business design tables.
    static func workingGroup(ofTitle line: ReportLine) -> String {
        String(line.words[1].hasSuffix("-") ? line.words[1].dropLast() : line.words[1])
    }

    /// The words of the column headings a detail table repeats under its title on every
    /// page, and page numbers: lines of these alone are passed over.
    static let headingWords: Set<Substring> = [
        "Reference", "Name", "Current", "Status", "Sub-Group(s)", "Sub-Group", "Sub-", "Group(s)", "Activity",
        "Complete", "BPRWG", "Review", "DAG", "Working", "Group", "Document", "Type", "Blocking", "Issue", "Level", "4",
    ]

    static func isHeading(_ line: ReportLine) -> Bool {
        line.isPageNumber || line.words.allSatisfy(headingWords.contains)
    }
}
