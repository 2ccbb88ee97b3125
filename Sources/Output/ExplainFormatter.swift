import QueryEngine
import RegisterModel

/// What `explain` prints: the query as regq understood it, then how many rows each step
/// kept. Two lines of text for a person; with `-f json` or `-f jsonl` an object, so that
/// a program reading regq's JSON never meets a line that is not JSON:
///
///     {
///       "query": "select IF where status = blocked group by blocker",
///       "rows": 89,
///       "steps": [
///         {"step": "kind in (IF)", "rows": 40},
///         {"step": "status = blocked", "rows": 33},
///         {"step": "group by blocker", "rows": 3}
///       ]
///     }
///
/// `query` is the canonical text without `explain`, `rows` the register's rows before
/// any step, and each step the clause (or condition) with the rows (or groups) after it.
public enum ExplainFormatter {
    /// `canonical` is the plan's canonical text (`explain select …`).
    public static func render(canonical: String, trace: [ExplainStep], as format: OutputFormat) -> String {
        switch format {
        case .json: json(canonical, trace, spaced: true)
        case .jsonl: json(canonical, trace, spaced: false)
        default: TerminalText.data(canonical) + "\n" + TerminalText.data(traceLine(trace)) + "\n"
        }
    }

    /// `89 → kind in (IF) 40 → status = blocked 33 → dag < May-22 6`
    static func traceLine(_ trace: [ExplainStep]) -> String {
        trace.map { $0.label.isEmpty ? String($0.count) : "\($0.label) \($0.count)" }.joined(separator: " → ")
    }

    static func json(_ canonical: String, _ trace: [ExplainStep], spaced: Bool) -> String {
        let query = canonical.hasPrefix("explain ") ? String(canonical.dropFirst("explain ".count)) : canonical
        let start = trace.first.flatMap { $0.label.isEmpty ? $0.count : nil }
        let steps = start == nil ? trace[...] : trace.dropFirst()
        let (open, separator, close, colon, comma) = spaced
            ? ("{\n  ", ",\n  ", "\n}\n", ": ", ", ") : ("{", ",", "}\n", ":", ",")
        var members: [String] = []
        var queryMember = ""
        JSONFormatter.appendString("query", to: &queryMember)
        queryMember += colon
        JSONFormatter.appendString(query, to: &queryMember)
        members.append(queryMember)
        if let start { members.append("\"rows\"" + colon + String(start)) }
        let stepObjects = steps.map { step -> String in
            var object = "{\"step\"" + colon
            JSONFormatter.appendString(step.label, to: &object)
            return object + comma + "\"rows\"" + colon + String(step.count) + "}"
        }
        let list = spaced
            ? (stepObjects.isEmpty ? "[]" : "[\n    " + stepObjects.joined(separator: ",\n    ") + "\n  ]")
            : "[" + stepObjects.joined(separator: ",") + "]"
        members.append("\"steps\"" + colon + list)
        return open + members.joined(separator: separator) + close
    }
}
