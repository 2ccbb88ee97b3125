import Output

/// A batch run's `-f json` results as one JSON document, so that a program can read the
/// whole of regq's output with one parse. One statement's result is written as it is (an
/// array of objects, or `explain`'s object); from the second on, the results become the
/// elements of one outer array, one element per statement, in order:
///
///     [
///       [
///         {"count": 40}
///       ],
///       [
///         {"count": 89}
///       ]
///     ]
///
/// So the first result is held until a second arrives or the run ends. Whatever ends the
/// run early (a failing statement) still ends the document, so the results before it
/// stay one valid document.
struct JSONDocument {
    /// The first result, while it is not known whether another follows.
    private var held: String?
    /// How many results the document holds so far.
    private(set) var count = 0

    /// The text to write now for one more result (`result` ends in a newline).
    mutating func add(_ result: String) -> String {
        count += 1
        switch count {
        case 1:
            held = result
            return ""
        case 2:
            defer { held = nil }
            return "[\n" + Self.indented(held ?? "") + ",\n" + Self.indented(result)
        default:
            return ",\n" + Self.indented(result)
        }
    }

    /// The text that ends the document (nothing when it holds no result), after which a
    /// new one begins.
    mutating func end() -> String {
        defer { self = JSONDocument() }
        switch count {
        case 0: return ""
        case 1: return held ?? ""
        default: return "\n]\n"
        }
    }

    /// Every line two spaces in, without the final newline. (A newline inside a JSON
    /// string is written `\n`, so lines are the document's own.)
    static func indented(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map { "  " + $0 }.joined(separator: "\n")
    }
}

extension Session {
    /// Ends the JSON document being gathered, if any: before the format or the
    /// destination changes, and when the run ends.
    func endJSONDocument() -> Outcome {
        let end = jsonDocument.end()
        return end.isEmpty ? .success : emit(end)
    }
}
