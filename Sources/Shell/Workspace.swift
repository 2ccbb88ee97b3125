import ColumnStore
import History
import QueryEngine
import QueryLanguage
import RegisterCSV
import RegisterFiles
import RegisterModel

/// Where a session's register comes from: one register (a file, the embedded register,
/// bytes read from standard input — any `RegisterSource`), or a history of reports. Every
/// load a session or a command makes goes through `load(_:)`.
public enum WorkspaceSource: Sendable {
    case register(any RegisterSource)
    case history(HistorySource)

    /// How messages name it: a path, `<embedded>`, or the history's folder or files.
    public var name: String {
        switch self {
        case .register(let source): source.name
        case .history(let source): source.name
        }
    }

    /// The months of the reports, known before anything is read (from the files' names):
    /// none for one register; nil when a history's months cannot be had, which loading
    /// then reports.
    public var reportMonths: [Month]? {
        switch self {
        case .register: []
        case .history(let source): source.months
        }
    }

    /// Whether loading fewer columns reads less: only then is choosing them worth it.
    public var readsInPart: Bool {
        switch self {
        case .register(let source): source.readsInPart
        case .history: true
        }
    }

    /// The workspace with the columns `selection` asks for (a history's reports also
    /// build those pairing compares), with the readers' notes; or every problem that
    /// refused it: nothing is loaded in part by accident.
    public func load(_ selection: ColumnSelection = .all) -> Result<LoadedWorkspace, LoadRefusal> {
        switch self {
        case .register(let source):
            return source.load(selection)
                .map { LoadedWorkspace(workspace: Workspace(source: self, content: .register($0.register)), notes: $0.notes) }
                .mapError { LoadRefusal(description: $0.description) }
        case .history(let source):
            let fields = selection == .all ? FieldSet.all : selection.built.union(selection.located)
            return source.load(fields)
                .map { LoadedWorkspace(workspace: Workspace(source: self, content: .history($0.history)), notes: $0.notes) }
                .mapError { LoadRefusal(description: $0.description) }
        }
    }
}

extension WorkspaceSource {
    /// The one way the session and the commands load: the workspace with the columns
    /// `selection` asks for, its notes shown on standard error (unless told not to: a
    /// second read of the same files); nil, every problem reported, when it was refused.
    public func loadReporting(_ selection: ColumnSelection = .all, showingNotes: Bool = true) -> Workspace? {
        switch load(selection) {
        case .success(let loaded):
            if showingNotes { Session.show(loaded.notes) }
            return loaded.workspace
        case .failure(let refusal):
            Terminal.writeError(refusal.description + "\n")
            return nil
        }
    }
}

/// A workspace as its source gave it, with the notes to show (`note: …`).
public struct LoadedWorkspace {
    public let workspace: Workspace
    public let notes: [String]
}

/// Why a register or a history was refused: every problem, one a line.
public struct LoadRefusal: Error, Sendable, CustomStringConvertible {
    public let description: String
}

/// What a session's statements run over: one register, or a history whose latest report
/// is the register. One value, so that the register, the history and where they came from
/// can never disagree.
public struct Workspace {
    public enum Content {
        /// The whole register, or the part of it a batch run loaded.
        case register(any RegisterColumns)
        case history(ReportHistory)
    }

    /// Where it came from, so that it can be read again whole.
    public let source: WorkspaceSource
    public let content: Content

    public init(source: WorkspaceSource, content: Content) {
        self.source = source
        self.content = content
    }

    /// The embedded register.
    public static var embedded: Workspace {
        Workspace(source: .register(EmbeddedRegisterSource()), content: .register(Register.embedded))
    }

    /// A workspace for `source` that holds no rows: a batch run's whose statements were
    /// answered while the file streamed past (`StreamedAnswers`). It is not whole, so a
    /// statement it cannot run reads the file whole first.
    public static func streamed(_ source: WorkspaceSource) -> Workspace {
        Workspace(source: source, content: .register(PartialRegister(built: RegisterBuilder(fields: FieldSet(.kind)).finish(), located: nil)))
    }

    /// The register queries run on: the register, or the history's latest report.
    public var register: any RegisterColumns {
        switch content {
        case .register(let register): register
        case .history(let history): history.latest.register
        }
    }

    /// The history, when one is loaded.
    public var history: ReportHistory? {
        if case .history(let history) = content { return history }
        return nil
    }

    /// The months of the history's reports, earliest first; none for one register.
    public var reportMonths: [Month] { history?.reports.map(\.month) ?? [] }

    /// Whether every column of every report is built (a batch run may load fewer).
    public var isWhole: Bool {
        switch content {
        case .register(let register): register is Register
        case .history(let history): history.reports.allSatisfy { $0.register is Register }
        }
    }

    /// Whether the register's file changed since it was loaded in part, so that cells
    /// read from it for a result may be wrong.
    public var fileChangedSinceLoad: Bool {
        (register as? PartialRegister)?.located?.sourceChanged ?? false
    }

    /// The whole register queries run on, when it is loaded whole.
    public var wholeRegister: Register? { register as? Register }

    /// The files it was read from, which no output may be written over.
    public var filesRead: [String] {
        switch content {
        case .register: [source.name]
        case .history(let history): history.reports.map(\.file)
        }
    }

    /// What the evaluator runs plans over.
    public var scope: Evaluator.Scope {
        switch content {
        case .register(let register): .register(register)
        case .history(let history): .history(history)
        }
    }

    /// Whether it holds what `plan` reads: the fields the plan only shows may be located
    /// (read for the rows shown), the others must be built.
    public func canRun(_ plan: Plan) -> Bool {
        let shown = plan.fieldsOnlyShown
        let registers = history.map { history in history.reports.map(\.register) } ?? [register]
        return registers.allSatisfy { register in
            register.built.fields.isSuperset(of: plan.fieldsRead.subtracting(shown).subtracting(FieldSet(.report)))
                && register.availableFields.isSuperset(of: shown.subtracting(FieldSet(.report)))
        }
    }
}

extension WorkspaceSource {
    /// What a path names wherever a register is accepted (`.load PATH`): a folder of
    /// reports, as a history, or a register file.
    public init(path: String) {
        self = Directory.isDirectory(path) ? .history(.folder(path)) : .register(registerSource(path: path))
    }
}
