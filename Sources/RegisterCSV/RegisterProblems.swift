import ColumnStore
import RegisterModel

/// One thing wrong with a register file, located by line (and column name where known),
/// or, in a workbook, by a place as the sheet shows it (`[Interface Specifications] row 7,
/// DAG Review Complete`).
public struct RegisterProblem: Equatable, Sendable {
    public var line: Int?
    public var column: String?
    public var message: String
    /// Where in a workbook, said as its sheet shows it; replaces line and column.
    public var place: String?

    public init(line: Int?, column: String? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public init(place: String, message: String) {
        self.init(line: nil, message: message)
        self.place = place
    }
}

/// A register file that was refused, with every problem found (up to a cap).
public struct RegisterError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var problems: [RegisterProblem]
    /// How many problems there were in all, when more than `problems` holds.
    public var totalCount: Int

    public init(file: String, problems: [RegisterProblem], totalCount: Int? = nil) {
        self.file = file
        self.problems = problems
        self.totalCount = totalCount ?? problems.count
    }

    /// The file could not be read at all; `reason` says why, as the system reports it.
    public static func unreadable(_ file: String, reason: String) -> RegisterError {
        RegisterError(file: file, problems: [RegisterProblem(line: nil, message: "cannot read the register: \(reason)")])
    }

    /// One line per problem, `FILE:LINE: column 'dag': …`, then a count of those left out.
    public var description: String {
        var lines = problems.map { problem -> String in
            if let place = problem.place { return "\(file) \(place): \(problem.message)" }
            var text = file
            if let line = problem.line { text += ":\(line)" }
            text += ": "
            if let column = problem.column { text += "column '\(column)': " }
            return text + problem.message
        }
        if totalCount > problems.count {
            lines.append("\(file): … and \(totalCount - problems.count) more problems")
        }
        lines.append("\(file): register refused: nothing was loaded")
        return lines.joined(separator: "\n")
    }
}

/// Lines with bytes that are not UTF-8: the file is refused on those alone.
struct InvalidLines {
    var lines: [Int]

    func error(_ file: String) -> RegisterError {
        var problems = ProblemList(file: file)
        for line in lines { problems.add(RegisterProblem(line: line, message: "bytes that are not UTF-8 (save the file as UTF-8)")) }
        return problems.error
    }
}

/// Collects problems up to the cap and counts the rest.
struct ProblemList {
    let file: String
    private(set) var listed: [RegisterProblem] = []
    private(set) var total = 0

    init(file: String) { self.file = file }

    var isEmpty: Bool { total == 0 }

    /// Counts a problem; its message is made only while the list is under the cap.
    mutating func add(_ problem: @autoclosure () -> RegisterProblem) {
        total += 1
        if listed.count < RegisterReader.problemCap { listed.append(problem()) }
    }

    var error: RegisterError { RegisterError(file: file, problems: listed, totalCount: total) }

    /// Adds another list's problems after these, their lines shifted by `lineOffset`.
    mutating func merge(_ other: ProblemList, lineOffset: Int = 0) {
        for var problem in other.listed {
            problem.line = problem.line.map { $0 + lineOffset }
            add(problem)
        }
        total += other.total - other.listed.count
    }
}
