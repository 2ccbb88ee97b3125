#if canImport(Glibc)
import Glibc
#endif
import Output
import Commands
import Pack
import QueryLanguage
import RegisterCSV
import RegisterModel
import Shell

/// What `regq report` was asked for.
public struct ReportOptions: Sendable {
    /// The register or the history the pack is made from (`-r`, `--history`).
    public var registers: RegisterChoice
    /// PACK.md; nil = the standard pack.
    public var packPath: String?
    /// `-p NAME=VALUE`; `month` defaults to the latest report's month.
    public var parameters: [String: String]
    /// `-o FILE.html`; nil = standard output.
    public var outputPath: String?

    public init(registers: RegisterChoice, packPath: String?, parameters: [String: String], outputPath: String?) {
        self.registers = registers
        self.packPath = packPath
        self.parameters = parameters
        self.outputPath = outputPath
    }
}

/// `regq report`: the monthly pack as one self-contained HTML page, from PACK.md or the
/// standard pack. Exit status: 0; 1 a statement of the pack failed (its diagnostics in
/// the pack's lines and columns); 2 usage, file or register error. Nothing is written
/// unless the whole page is made, and `-o` puts it in place whole or not at all.
public enum ReportCommand {
    public static func run(_ options: ReportOptions) -> Int32 {
        var document: PackDocument?
        if let path = options.packPath {
            switch readPack(path) {
            case .failure(let refused): return refused.exitStatus
            case .success(let read): document = read
            }
        }
        if let given = options.parameters["month"], Month(parsing: given).map({ $0.isTBC }) ?? true {
            Terminal.writeError("error: -p month=\(given): the month the pack is as at is a month, such as Mar-22\n")
            return 2
        }
        guard let source = options.registers.workspaceSource(), let workspace = source.loadReporting() else { return 2 }
        var parameters = options.parameters
        if parameters["month"] == nil, let latest = workspace.reportMonths.last { parameters["month"] = latest.shortText }
        let month = parameters["month"].flatMap { Month(parsing: $0) }
        let session = Session(workspace: workspace, parameters: parameters)
        if let output = options.outputPath, let reason = session.reasonNotToWrite(output) {
            Terminal.writeError("error: cannot write \(output): \(reason)\n")
            return 2
        }

        var parts = document?.parts ?? StandardPack.parts(for: session, month: month)
        if document == nil, case .register(path: nil, _) = options.registers, let register = workspace.wholeRegister {
            parts += PackReconciliation.parts(register: register)
        }
        let body: String
        switch PackLayout.body(parts, session: session) {
        case .failure(let stopped):
            Terminal.writeError("pack not made: nothing was written\n")
            if case .failed(let status) = stopped.outcome { return status }
            return 1
        case .success(let laidOut): body = laidOut
        }
        let page = HTMLPage.render(title: document?.title ?? "Programme status", asAt: month?.shortText ?? "a month not known (give -p month=MON-YY)",
                                   sources: sources(of: workspace), body: body)
        return write(page, to: options.outputPath)
    }

    /// PACK.md read and parsed, or the exit status after its problems are reported.
    static func readPack(_ path: String) -> Result<PackDocument, PackRefused> {
        let bytes: [UInt8]
        switch FileBytes.read(path: path) {
        case .failure(let failure):
            Terminal.writeError("error: cannot read \(path): \(failure.reason)\n")
            return .failure(PackRefused(exitStatus: 2))
        case .success(let read): bytes = read
        }
        switch PackDocument.read(SourceFile(name: path, bytes: bytes)) {
        case .success(let document): return .success(document)
        case .failure(let problems):
            DiagnosticReport.write(problems.diagnostics, in: problems.source)
            if let message = problems.message { Terminal.writeError("error: \(message)\n") }
            Terminal.writeError("pack not made: nothing was written\n")
            return .failure(PackRefused(exitStatus: problems.diagnostics.isEmpty ? 2 : 1))
        }
    }

    /// PACK.md could not be used: the exit status, its problems reported.
    struct PackRefused: Error {
        let exitStatus: Int32
    }

    /// Where the data came from: the register, or each report of the history.
    static func sources(of workspace: Workspace) -> [String] {
        guard let history = workspace.history else { return ["the register " + workspace.source.name] }
        return history.reports.map { "the report of \($0.month.shortText): \($0.file)" }
    }

    /// The page on standard output, or in FILE whole (a temporary file beside it renamed
    /// over it; over the file a link leads to, so that the link stays a link).
    static func write(_ page: String, to given: String?) -> Int32 {
        guard let given else {
            if let failure = Terminal.write(page, to: 1) { return failure.exitStatusAfterReporting() }
            return 0
        }
        let path = ResultDestination.resolvingLink(given)
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            // A device or a pipe (`-o /dev/stdout`) is written into: renaming over it would replace it.
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            var page = page
            let code: Int32? = descriptor < 0 ? errno : page.withUTF8 { FileBytes.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
            if descriptor >= 0 { close(descriptor) }
            guard let code else { return 0 }
            Terminal.writeError("error: cannot write \(given): \(FileBytes.Failure(code: code).reason)\n")
            return 2
        }
        if case .failure(let failure) = FileBytes.writeAtomically(Array(page.utf8), to: path) {
            Terminal.writeError("error: cannot write \(given): \(failure.reason)\n")
            return 2
        }
        return 0
    }
}
