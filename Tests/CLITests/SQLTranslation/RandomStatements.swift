import ColumnStore
import QueryEngine
import QueryLanguage
import RegisterCSV
import RegisterModel

/// Random statements over the embedded register, for the differential test: every engine
/// must give regq's answer to each (as SQLancer tests engines against each other).
/// Literals are drawn from the register's own values, respelled (case, punctuation) and
/// cut, and from nearby months, so that conditions select some rows, not none. Over a
/// history (`reports`), statements also name reports, read other reports' values, test
/// changes, and ask for diffs.
enum RandomStatements {
    /// A small fast generator with a fixed seed: the same statements on every run.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// `reports`: the months of a history whose latest report is `register`; statements
    /// then read across its reports too.
    static func generate(count: Int, seed: UInt64, register: Register = .embedded, reports: [Month] = []) -> [String] {
        var random = SplitMix(state: seed)
        let pools = valuePools(register)
        var statements: [String] = []
        var attempts = 0
        while statements.count < count, attempts < count * 20 {
            attempts += 1
            let text = reports.isEmpty ? statement(&random, pools: pools, history: false)
                : Int.random(in: 0 ..< 6, using: &random) == 0 ? diff(&random, pools: pools) : statement(&random, pools: pools, history: true)
            if Compiler.compile(SourceFile(name: "<random>", text: text), reports: reports).linted(with: register).plan != nil {
                statements.append(text)
            }
        }
        return statements
    }

    /// A report named as a query may name it.
    static let reportNames = ["@prev", "@first", "@latest", "@Feb-22", "@2022-01"]

    static func diff(_ random: inout SplitMix, pools: [Field: [String]]) -> String {
        var text = "diff"
        switch Int.random(in: 0 ..< 4, using: &random) {
        case 0: text += " @first"
        case 1: text += " @Jan-22 to @Feb-22"
        case 2: text += " @first to @latest"
        default: break
        }
        if Bool.random(using: &random) { text += " where " + condition(&random, pools: pools, depth: 0, history: true) }
        return text
    }

    /// Each text and list field's values in the register.
    static func valuePools(_ register: Register) -> [Field: [String]] {
        var pools: [Field: [String]] = [:]
        for field in Field.stored where field.type == .text || field.type == .list {
            var values: Set<String> = []
            for row in 0 ..< register.built.rowCount {
                switch register.value(field: field, row: row) {
                case .text(let text): values.insert(text)
                case .list(let elements): values.formUnion(elements)
                default: break
                }
            }
            pools[field] = values.sorted()
        }
        return pools
    }

    static let textual: [Field] = Field.stored.filter { $0.type == .text || $0.type == .list }
    static let months: [Field] = Field.stored.filter { $0.type == .month }

    static func statement(_ random: inout SplitMix, pools: [Field: [String]], history: Bool) -> String {
        var text = "select "
        let grouped = Int.random(in: 0 ..< 3, using: &random) == 0
        var from = Int.random(in: 0 ..< 3, using: &random) == 0 ? " from " + pick(["IF", "BP", "IF, TD", "BRS, GA"], &random) : ""
        let report = history && Bool.random(using: &random) ? pick(reportNames + ["@all"], &random) : nil
        if let report { from += (from.isEmpty ? " from * " : " ") + report }
        let condition = Int.random(in: 0 ..< 5, using: &random) == 0 ? ""
            : " where " + self.condition(&random, pools: pools, depth: 0, history: history && report != "@all")
        if grouped {
            let keys = Array(Field.stored.shuffled(using: &random).prefix(Int.random(in: 1 ... 2, using: &random)))
            let pivot = Int.random(in: 0 ..< 4, using: &random) == 0
                ? Field.stored.filter { !keys.contains($0) }.randomElement(using: &random) : nil
            let aggregates = pivot != nil ? [aggregate(&random)] : (0 ..< Int.random(in: 1 ... 3, using: &random)).map { _ in aggregate(&random) }
            text += pivot != nil && Bool.random(using: &random) ? "*" : (keys.map(\.name) + aggregates).joined(separator: ", ")
            text += from + condition + " group by " + keys.map(\.name).joined(separator: ", ")
            if let pivot {
                text += " pivot " + pivot.name
                if Bool.random(using: &random) { text += " order by total" + (Bool.random(using: &random) ? " desc" : "") }
            } else {
                if Int.random(in: 0 ..< 3, using: &random) == 0 { text += " having count(*) > " + String(Int.random(in: 0 ... 5, using: &random)) }
                if Bool.random(using: &random) { text += " order by count(*)" + (Bool.random(using: &random) ? " desc" : "") }
            }
        } else {
            var columns = Array(Field.stored.shuffled(using: &random).prefix(Int.random(in: 1 ... 4, using: &random))).map(\.name)
            if Int.random(in: 0 ..< 4, using: &random) == 0 {
                columns.append(pick(["dag - review", "review + 2", "size(subgroups)", "sg - 1", "dag - sg + size(ref)"], &random))
            }
            if report == "@all", Bool.random(using: &random) { columns.insert("report", at: 0) }
            if history, report != "@all", Bool.random(using: &random) {
                columns.append(pick(["dag@prev", "status@first", "blocker@prev", "ref@first", "dag - dag@prev", "review@first + 1"], &random))
            }
            let distinct = Int.random(in: 0 ..< 4, using: &random) == 0
            text += (distinct ? "distinct " : "") + columns.joined(separator: ", ") + from + condition
            if Bool.random(using: &random) {
                let keys = Array(Field.stored.shuffled(using: &random).prefix(Int.random(in: 1 ... 2, using: &random)))
                text += " order by " + keys.map { $0.name + (Bool.random(using: &random) ? " desc" : "") }.joined(separator: ", ")
            }
        }
        if Int.random(in: 0 ..< 4, using: &random) == 0 { text += " limit " + String(Int.random(in: 0 ... 12, using: &random)) }
        return text
    }

    static func aggregate(_ random: inout SplitMix) -> String {
        let function = pick(["count", "count", "min", "max", "list"], &random)
        if function == "count", Bool.random(using: &random) { return "count(*)" }
        let distinct = function != "min" && function != "max" && Bool.random(using: &random) ? "distinct " : ""
        return "\(function)(\(distinct)\(pick(Field.stored, &random).name))"
    }

    static func condition(_ random: inout SplitMix, pools: [Field: [String]], depth: Int, history: Bool = false) -> String {
        if depth < 2, Int.random(in: 0 ..< 3, using: &random) == 0 {
            let a = condition(&random, pools: pools, depth: depth + 1, history: history)
            let b = condition(&random, pools: pools, depth: depth + 1, history: history)
            switch Int.random(in: 0 ..< 3, using: &random) {
            case 0: return "(\(a) and \(b))"
            case 1: return "(\(a) or \(b))"
            default: return "not (\(a))"
            }
        }
        if history, Int.random(in: 0 ..< 5, using: &random) < 2 { return change(&random, pools: pools) }
        switch Int.random(in: 0 ..< 10, using: &random) {
        case 0 ..< 5:
            let field = pick(textual, &random)
            let value = respelled(pick(pools[field] ?? [""], &random), &random)
            switch Int.random(in: 0 ..< 9, using: &random) {
            case 0: return "\(field.name) != \(quoted(value))"
            case 1: return "\(field.name) \(pick(["<", "<=", ">", ">="], &random)) \(quoted(value))"
            case 2: return "\(field.name) contains \(quoted(String(value.prefix(Int.random(in: 1 ... 8, using: &random)))))"
            case 3: return "\(field.name) like \(quoted("%" + String(value.dropFirst(2).prefix(3)) + "%"))"
            case 4: return "\(field.name) is \(Bool.random(using: &random) ? "not " : "")empty"
            case 5: return "\(field.name) \(Bool.random(using: &random) ? "not " : "")in (\(quoted(value)), \(quoted(respelled(pick(pools[field] ?? [""], &random), &random))))"
            default: return "\(field.name) = \(quoted(value))"
            }
        case 5 ..< 8:
            let field = pick(months, &random)
            let month = pick(["Jan-22", "Mar-22", "Apr-22", "May-22", "Jun-22", "Sep-22", "Dec-22", "2023-03"], &random)
            switch Int.random(in: 0 ..< 5, using: &random) {
            case 0: return "\(field.name) is \(Bool.random(using: &random) ? "not " : "")tbc"
            case 1: return "\(field.name) between \(month) and \(pick(["Jun-22", "Dec-22", "2023-06"], &random))"
            case 2: return "\(field.name) \(pick(["<", "<=", ">", ">=", "=", "!="], &random)) \(pick(months, &random).name)"
            default: return "\(field.name) \(pick(["<", "<=", ">", ">=", "=", "!="], &random)) \(month)"
            }
        case 8:
            if Bool.random(using: &random) {
                return "kind \(pick(["=", "!="], &random)) \(pick(["IF", "BP", "BRS", "GA", "TD"], &random))"
            }
            let a = pick(months, &random).name, b = pick(months, &random).name, n = Int.random(in: -2 ... 3, using: &random)
            switch Int.random(in: 0 ..< 3, using: &random) {
            case 0: return "\(a) - \(b) \(pick(["<", "=", "!=", ">="], &random)) \(n)"
            case 1: return "\(a) + \(abs(n)) \(pick(["<", "=", "!=", ">"], &random)) \(b)"
            default: return "size(\(pick(Field.fields(of: .list), &random).name)) \(pick(["=", ">", "<="], &random)) \(abs(n))"
            }
        default:
            let a = pick(textual, &random), b = pick(textual, &random)
            return "\(a.name) \(pick(["=", "!=", "<", ">"], &random)) \(b.name)"
        }
    }

    /// A condition across reports: another report's value, or a change.
    static func change(_ random: inout SplitMix, pools: [Field: [String]]) -> String {
        let since = Int.random(in: 0 ..< 4, using: &random) == 0 ? " since @first" : ""
        let field = pick(textual, &random), month = pick(months, &random)
        let value = quoted(respelled(pick(pools[field] ?? [""], &random), &random))
        let at = pick(["@prev", "@first"], &random)
        switch Int.random(in: 0 ..< 11, using: &random) {
        case 0: return "\(field.name)\(at) \(pick(["=", "!="], &random)) \(value)"
        case 1: return "\(month.name)\(at) \(pick(["<", ">=", "=", "!="], &random)) \(pick(["Apr-22", "May-22", "Jun-22", "TBC"], &random))"
        case 2: return "\(month.name) \(pick(["=", "!=", ">"], &random)) \(month.name)\(at)\(Bool.random(using: &random) ? " + 1" : "")"
        case 3: return "\(pick(Field.stored.filter { $0 != .kind }, &random).name) changed\(since)"
        case 4: return "\(field.name) changed \(pick(["from", "to"], &random)) \(value)\(since)"
        case 5: return "\(month.name) \(pick(["slipped", "advanced"], &random))\(since)"
        case 6: return "\(field.name) was \(value)\(since)"
        case 7: return "\(month.name) was \(pick(["May-22", "Jun-22", "TBC"], &random))\(since)"
        case 8: return "new\(since)"
        case 9: return "removed"
        default: return "\(field.name)\(at) \(pick(["contains", "not contains"], &random)) \(quoted(String(value.dropFirst().prefix(5))))"
        }
    }

    /// The value as an analyst might type it: another case, spaces for punctuation.
    static func respelled(_ value: String, _ random: inout SplitMix) -> String {
        switch Int.random(in: 0 ..< 4, using: &random) {
        case 0: return value.uppercased()
        case 1: return value.lowercased().replacingOccurrences(of: "-", with: " ")
        default: return value
        }
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "") + "'" }

    static func pick<T>(_ values: [T], _ random: inout SplitMix) -> T { values[Int.random(in: 0 ..< values.count, using: &random)] }
}
