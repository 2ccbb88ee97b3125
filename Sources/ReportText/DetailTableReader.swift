import RegisterModel

/// Reads the rows of a report's detail tables, page by page: a row ends at the line
/// whose last three words are its months; before them come its references (business
/// process maps, interface specifications and business requirements only), then its
/// cells, which `CellSplitter` tells apart.
///
/// What a table carries from row to row, across its pages, is kept here: the references
/// printed once above the rows that share them (MHHSP-BP010's five rows), and the working
/// group line the technical design rows are grouped under (`TDWG`, `SDWG`).
struct DetailTableReader {
    let known: KnownValues
    private(set) var rows: [ImportedRow] = []
    private(set) var problems: [ReportProblem] = []

    /// References printed on lines of their own, for the rows after them that print none.
    private var sharedRefs: (kind: Kind, refs: [String])?
    /// The technical design table's working group line.
    private var technicalGroup: String?

    /// Whether the text ends a wrapped line with a space, as the slides' extraction does:
    /// only then is a line break with no space before it a break between cells.
    let wrapsMarked: Bool

    init(known: KnownValues, wrapsMarked: Bool) {
        self.known = known
        self.wrapsMarked = wrapsMarked
    }

    // MARK: - A page

    /// The rows of one page of the `kind` table: `lines` follow its title, `titleGroup` is
    /// the working group the title names.
    mutating func read(page lines: ArraySlice<ReportLine>, kind: Kind, titleGroup: String) {
        var pending: [ReportLine] = []
        var inHeadings = true
        for line in lines where !line.isBlank {
            if inHeadings && ReportTable.isHeading(line) { continue }
            inHeadings = false
            if pending.isEmpty && line.isPageNumber { continue }
            if kind == .technicalDesign && pending.isEmpty && Self.isWorkingGroupLine(line) {
                technicalGroup = String(line.words[0])
                continue
            }
            if let garbled = ReportMonths.garbled(line) {
                problems.append(ReportProblem(line: line.number, message: "'\(garbled)' is not a month (expected Mon-YY or TBC)"))
                pending = []
                continue
            }
            pending.append(line)
            if let months = ReportMonths.ending(line) {
                readRow(pending, months: months, kind: kind, titleGroup: titleGroup)
                pending = []
            }
        }
        if let first = pending.first {
            problems.append(ReportProblem(line: first.number, message: "'\(first.trimmed)' starts a row that does not end in three months (Mon-YY or TBC)"))
        }
    }

    /// `TDWG`, `SDWG`: a working group's line in the technical design table.
    static func isWorkingGroupLine(_ line: ReportLine) -> Bool {
        guard line.words.count == 1, let word = line.words.first else { return false }
        return word.count > 2 && word.hasSuffix("WG") && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    // MARK: - A row

    mutating func readRow(_ lines: [ReportLine], months: [Month], kind: Kind, titleGroup: String) {
        let first = lines[0]
        var pieces = lines.map { ($0, $0.words[...]) }
        pieces[pieces.count - 1].1 = pieces[pieces.count - 1].1.dropLast(3)

        var refs: [String] = []
        if Self.printsReferences(kind) {
            var refsOnly = true
            var printed = false
            while let index = pieces.firstIndex(where: { !$0.1.isEmpty }), let word = pieces[index].1.first,
                  Self.isReference(word) || (!printed && word == "TBC") {
                if word != "TBC" { refs.append(String(word)) }
                printed = true
                pieces[index].1 = pieces[index].1.dropFirst()
                if word == "TBC" { refsOnly = false; break }
                if !pieces[index].1.isEmpty { refsOnly = false; break }
            }
            if printed {
                sharedRefs = refsOnly ? (kind, refs) : nil
            } else if let shared = sharedRefs, shared.kind == kind {
                refs = shared.refs
            } else {
                problems.append(ReportProblem(line: first.number, message: "no reference before '\(first.trimmed)' (a row of this table starts with its reference, or TBC)"))
                return
            }
        }
        let words = RowWords(lines: pieces.map { (line: $0.0, words: $0.1) }, wrapsMarked: wrapsMarked)
        guard words.count <= Self.wordsInARow else {
            problems.append(ReportProblem(line: first.number, message: "'\(first.trimmed)' starts a row of \(words.count) words before its months: too long to be one row (rows run together?)"))
            return
        }
        guard words.count > 0 else {
            problems.append(ReportProblem(line: first.number, message: "no name or status before the months in '\(first.trimmed)'"))
            return
        }
        if let dated = words.words.first(where: { ReportMonths.isDated($0.text) }) {
            problems.append(ReportProblem(line: dated.line.number, message: "cannot tell where the row's cells end: '\(dated.text)' stands before its three months in '\(dated.line.trimmed)'"))
            return
        }
        let workingGroup: String
        if kind == .technicalDesign {
            guard let technicalGroup else {
                problems.append(ReportProblem(line: first.number, message: "'\(first.trimmed)' comes before the working group line (TDWG or SDWG) it belongs under"))
                return
            }
            workingGroup = technicalGroup
        } else {
            workingGroup = titleGroup
        }
        switch CellSplitter(row: words, kind: kind, known: known).split() {
        case .failure(let refusal):
            problems.append(ReportProblem(line: refusal.line.number, message: refusal.message))
        case .success(let reading):
            var row = ImportedRow(kind: kind, refs: refs, name: "", workingGroup: workingGroup, subgroups: [], status: "",
                                  blockers: [], sg: months[0], review: months[1], dag: months[2])
            for cell in reading.cells {
                let text = words.text(cell.range)
                switch cell.role {
                case .name: row.name = text
                case .status: row.status = cell.isBlockedMarker ? "Blocked" : text
                case .blocker: row.blockers.append(text)
                case .subgroup: row.subgroups.append(text)
                }
            }
            rows.append(row)
        }
    }

    /// The most words a row's cells may have: the seed's longest has 24.
    static let wordsInARow = 80

    /// The tables whose rows start with their references (or `TBC`).
    static func printsReferences(_ kind: Kind) -> Bool {
        [.businessProcess, .interfaceSpecification, .businessRequirements].contains(kind)
    }

    /// `MHHSP-BP001`, `MHHSP-IF-021`, `MHHSP-BRS001`: capitals and digits in hyphenated
    /// parts, ending in a digit.
    static func isReference(_ word: Substring) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 2 && word.last?.isASCIIDigit == true
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) } }
    }
}

/// One thing that made a report's text refused, on its line.
struct ReportProblem: Sendable, Equatable {
    let line: Int?
    let message: String
}
