import RegisterModel

/// The query that computes a published figure from the register the same report's
/// detail tables hold, as `Data/summary.csv` writes them: business process maps counted
/// by distinct reference (MHHSP-BP010's five rows are one document), the Total counting
/// such a reference's first row only, forecast columns for the report's own months.
struct SummaryQueries {
    let rows: [ImportedRow]

    /// The query of `figure`, or nil when its row or month cannot be tied to the register
    /// (said in a note by the caller).
    func query(for figure: PublishedFigure) -> String? {
        if case .blockedBy(let blocker) = figure.measure { return "select count(*) where blocker = \(Self.quoted(blocker))" }
        guard let (base, filter) = base(ofRow: figure.row) else { return nil }
        guard let condition = condition(figure.measure) else { return nil }
        let conditions = filter.map { [$0] } ?? []
        let all = conditions + (condition.isEmpty ? [] : [condition])
        return all.isEmpty ? base : base + " where " + all.joined(separator: " and ")
    }

    /// The summary row's `select … from KIND` and the filter every figure of it shares.
    func base(ofRow label: String) -> (String, String?)? {
        if label == "Total" {
            let kinds = [Kind.businessProcess, .interfaceSpecification, .businessRequirements, .globalArtefact].map(\.code)
            let firsts = sharedReferenceFirstRows()
            return ("select count(*) from " + kinds.joined(separator: ", "), firsts.isEmpty ? nil : firsts.joined(separator: " and "))
        }
        guard let kind = Self.kind(ofRow: label) else { return nil }
        return (kind == .businessProcess ? "select count(distinct ref) from BP" : "select count(*) from \(kind.code)", nil)
    }

    /// `Business Process Maps` → BP, `Interface Specifications` → IF, and so on.
    static func kind(ofRow label: String) -> Kind? {
        let words = Set(label.split(separator: " "))
        if words.contains("Interface") { return .interfaceSpecification }
        if words.contains("Requirements") || words.contains("Descriptions") { return .businessRequirements }
        if words.contains("Global") { return .globalArtefact }
        if words.contains("Process") || words.contains("Maps") { return .businessProcess }
        return nil
    }

    /// `(ref != MHHSP-BP010 or name = '…')` for each business process reference printed
    /// over several rows: the Total counts it once, by its first row.
    func sharedReferenceFirstRows() -> [String] {
        var seen: [String: Int] = [:], order: [String] = [], firstName: [String: String] = [:]
        for row in rows where row.kind == .businessProcess && row.refs.count == 1 {
            let ref = row.refs[0]
            if seen[ref] == nil { order.append(ref); firstName[ref] = row.name }
            seen[ref, default: 0] += 1
        }
        return order.filter { seen[$0]! > 1 }.map { "(ref != \(Self.referenceLiteral($0)) or name = \(Self.quoted(firstName[$0]!)))" }
    }

    /// The condition of a column ("" for the count of documents); nil when a month's year
    /// cannot be had from the register.
    func condition(_ measure: PublishedFigure.Measure) -> String? {
        let drafting = "('First Draft Not Complete', 'Draft Not Complete')"
        switch measure {
        case .documents: return ""
        case .firstDraftNotComplete: return "status in " + drafting
        case .firstDraftComplete: return "status not in " + drafting
        case .inSubGroupReview: return "status = 'Sub-Group Review'"
        case .blocked: return "status = blocked"
        case .inBPRWGReview: return "status contains 'BPRWG'"
        case .reviewForecast(let number, _): return month(number, among: rows.map(\.review)).map { "review = " + $0.shortText }
        case .dagForecast(let number, _): return month(number, among: rows.map(\.dag)).map { "dag = " + $0.shortText }
        case .blockedBy: return nil
        }
    }

    /// The month of `number` the forecasts mean: the year the register's forecasts in
    /// that month of the year most often have (when none falls in it, the year its
    /// forecasts most often have).
    func month(_ number: Int, among months: [Month]) -> Month? {
        var years: [Int: Int] = [:]
        for month in months where !month.isTBC && month.monthNumber == number { years[month.year, default: 0] += 1 }
        if years.isEmpty { for month in months where !month.isTBC { years[month.year, default: 0] += 1 } }
        guard let year = years.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else { return nil }
        return Month(year: year, month: number)
    }

    static func quoted(_ text: String) -> String { "'" + text.replacing("'", with: "''") + "'" }

    /// A reference as a bare word where the language reads it as one, else quoted.
    static func referenceLiteral(_ ref: String) -> String {
        ref.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } ? ref : quoted(ref)
    }
}
