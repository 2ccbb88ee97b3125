import ColumnStore
import RegisterCSV
import RegisterFiles
import RegisterModel
import ReportText

/// Where a history comes from: a folder of reports named by month (`--history DIR`,
/// `.load DIR`), report files named one by one (`-r MONTH=FILE …`), or a folder with
/// reports added or replaced one by one (`--history DIR -r Apr-22=draft.csv`: a report
/// named for a month the folder has takes its place). `sheet` (`--sheet`) chooses the
/// sheet read in every workbook report.
public struct HistorySource: Sendable, Equatable {
    public var folder: String?
    public var reports: [ReportFile]
    public var sheet: String?

    public init(folder: String?, reports: [ReportFile] = [], sheet: String? = nil) {
        self.folder = folder
        self.reports = reports
        self.sheet = sheet
    }

    /// The reports of a folder.
    public static func folder(_ path: String) -> HistorySource { HistorySource(folder: path) }

    /// Reports named one by one.
    public static func files(_ reports: [ReportFile]) -> HistorySource { HistorySource(folder: nil, reports: reports) }

    /// How messages name it: the folder, or the files.
    public var name: String {
        ((folder.map { [$0] } ?? []) + reports.map(\.path)).joined(separator: ", ")
    }

    /// The months of its reports, from the files' names alone (nothing is read); nil when
    /// they cannot be had, which loading reports.
    public var months: [Month]? {
        guard let folder else { return reports.map(\.month).sorted() }
        switch Self.folderReports(folder, adding: reports) {
        case .success(let found): return found.0.map(\.month)
        case .failure: return nil
        }
    }

    /// Every report read and checked as a register is (`registerSource(path:)`; a report's
    /// text told apart by the values of the report before it), then paired:
    /// the history with every note (each report's, then the pairings'), or every problem
    /// found in the folder and in every report. Nothing is loaded unless all is.
    ///
    /// `fields`: the fields to build in each report besides those pairing compares; every
    /// field (the default) reads each report whole.
    public func load(_ fields: FieldSet = .all) -> Result<LoadedHistory, HistoryError> {
        let files: [ReportFile]
        var notes: [String] = []
        if let folder {
            switch Self.folderReports(folder, adding: reports) {
            case .success(let found): (files, notes) = found
            case .failure(let error): return .failure(error)
            }
        } else {
            if let error = Self.sameMonthError(reports) { return .failure(error) }
            files = reports
        }
        var reports: [Report] = [], refused: [RegisterError] = []
        let selection = fields.isSuperset(of: .all) ? ColumnSelection.all : ColumnSelection(built: fields.union(Report.pairedBy), located: [])
        for file in files {
            var source = registerSource(path: file.path, sheet: sheet)
            // A report's text is read knowing the values of the report before it.
            if var text = source as? ReportTextFile, let previous = reports.last {
                text.known = KnownValues(previous.register)
                source = text
            }
            switch source.load(selection) {
            case .success(let loaded):
                reports.append(Report(month: file.month, file: file.path, register: loaded.register))
                notes += loaded.notes
            case .failure(let error):
                refused.append(error)
            }
        }
        guard refused.isEmpty else { return .failure(HistoryError(source: name, problems: [], refusedReports: refused)) }
        let history = ReportHistory(reports)
        return .success(LoadedHistory(history: history, notes: notes + history.notes))
    }

    /// The reports a folder holds: each register file named by its month, in month order;
    /// files of other kinds, texts that are no report, and hidden files are passed over.
    static func reportFiles(inFolder path: String) -> Result<(files: [ReportFile], passedOver: [String]), HistoryError> {
        let names: [String]
        switch Directory.listing(path) {
        case .success(let listed): names = listed.sorted()
        case .failure(let failure):
            return .failure(HistoryError(source: path, problems: ["\(path): cannot read the history folder: \(failure.reason)"]))
        }
        let folder = path.hasSuffix("/") ? path : path + "/"
        var files: [ReportFile] = [], problems: [String] = [], passedOver: [String] = []
        for name in names where ReportFile.isReportName(name) && Directory.isRegularFile(folder + name) {
            if let month = ReportFile.month(ofFileName: name) {
                files.append(ReportFile(month: month, path: folder + name))
            } else if !name.lowercased().hasSuffix(".txt") || ReportTextFile.beginsWithReportTitle(path: folder + name) {
                // A register whose name is no month (`2022-03-draft.csv`) is named in a note;
                // a text that is no report's (notes, a README) is passed over silently.
                passedOver.append(name)
            }
        }
        if let error = sameMonthError(files) { problems += error.problems }
        if problems.isEmpty && files.isEmpty {
            let types = registerFileExtensions.map { "." + $0 }.joined(separator: " or ")
            problems.append("\(path): no reports in the folder (a report is a \(types) file named by its month: 2022-03.csv or Mar-22.xlsx)")
        }
        guard problems.isEmpty else { return .failure(HistoryError(source: path, problems: problems)) }
        return .success((files.sorted { $0.month < $1.month }, passedOver))
    }

    /// The reports of the folder at `path` with `named` added, and a note naming the files
    /// passed over; or every problem.
    static func folderReports(_ path: String, adding named: [ReportFile]) -> Result<([ReportFile], [String]), HistoryError> {
        let found: (files: [ReportFile], passedOver: [String])
        switch reportFiles(inFolder: path) {
        case .success(let listed): found = listed
        case .failure(let error): return .failure(error)
        }
        if let error = sameMonthError(named) { return .failure(error) }
        var notes: [String] = []
        if !found.passedOver.isEmpty {
            notes.append("\(path): passed over " + found.passedOver.joined(separator: ", ")
                + " (a report is named by its month: 2022-03.csv or Mar-22.xlsx; -r MONTH=FILE adds one)")
        }
        return .success((adding(named, to: found.files), notes))
    }

    /// A folder's reports with `named` added, each in place of the folder's report of its
    /// month, if any; in month order.
    static func adding(_ named: [ReportFile], to files: [ReportFile]) -> [ReportFile] {
        let replaced = Set(named.map(\.month))
        return (files.filter { !replaced.contains($0.month) } + named).sorted { $0.month < $1.month }
    }

    /// An error naming the files of each month given more than once, if any.
    static func sameMonthError(_ files: [ReportFile]) -> HistoryError? {
        var byMonth: [Month: [String]] = [:]
        for file in files { byMonth[file.month, default: []].append(file.path) }
        let problems = byMonth.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { month, paths in
            paths.joined(separator: " and ") + ": two reports of \(month) (a history has one report a month)"
        }
        return problems.isEmpty ? nil : HistoryError(source: files.map(\.path).joined(separator: ", "), problems: problems)
    }
}

/// A history as its source gave it, with the notes to show: what each report's reader
/// assumed (`FILE: …`), then the rows the pairings left unpaired because they looked alike.
public struct LoadedHistory: Sendable {
    public let history: ReportHistory
    /// Each for the shell to print after `note: `.
    public let notes: [String]
}

/// A history that was refused, with every problem found: in the folder (a file not named
/// by a month, two files of one month, no reports) and in every report refused.
public struct HistoryError: Error, Sendable, CustomStringConvertible {
    /// How messages name the history: its folder or its files.
    public let source: String
    /// Each a line naming the file or folder it is about.
    public let problems: [String]
    /// The reports refused, each with its own problems.
    public let refusedReports: [RegisterError]

    public init(source: String, problems: [String], refusedReports: [RegisterError] = []) {
        self.source = source
        self.problems = problems
        self.refusedReports = refusedReports
    }

    /// Every problem, then `history refused: nothing was loaded`.
    public var description: String {
        (problems + refusedReports.map(\.description) + ["\(source): history refused: nothing was loaded"]).joined(separator: "\n")
    }
}
