#if canImport(Glibc)
import Glibc
#endif
import ColumnStore
import QueryEngine
import QueryLanguage
import RegisterCSV
import RegisterModel

/// The answers to a batch run's grouped statements, worked out in one pass over a
/// register file that streams past a batch of rows at a time (`StreamedGroups`), so that
/// the run's memory grows with the groups, not with the file. The file is checked whole
/// all the same: it is refused for any problem, as a load would refuse it. With the
/// answers come the values of the fields the statements' warnings look at, and the
/// reader's notes.
public final class StreamedAnswers {
    private var results: [String: QueryResult] = [:]
    /// The values of the fields the statements test against written values, for their
    /// warnings (`status = blokced`).
    public let values: any FieldValues

    private init(results: [String: QueryResult], values: any FieldValues) {
        self.results = results
        self.values = values
    }

    /// The answer to `plan`, when it was worked out in the pass.
    public func result(for plan: Plan) -> QueryResult? { results[plan.canonicalText] }

    /// Whether a statement can be answered in a streamed pass: a grouped query over one
    /// register, whose warnings look only at the values of fields that repeat (a field
    /// of nearly unique values, such as `name`, would have to be held whole for them).
    public static func canAnswer(_ compilation: Compilation) -> Bool {
        guard let plan = compilation.plan, !compilation.diagnostics.hasErrors, StreamedGroups.canAnswer(plan) else { return false }
        return !compilation.probes.contains { $0.field.isNearlyDistinct }
    }

    /// Reads the register file at `path` once, answering every plan of `compilations`
    /// (each of which `canAnswer`). Nil, when the file was refused (every problem reported)
    /// or the run was interrupted.
    public static func read(path: String, compilations: [Compilation], isCancelled: @escaping () -> Bool) -> LoadedAnswers? {
        let plans = compilations.compactMap(\.plan)
        var fields = FieldSet(.kind), tested = FieldSet()
        for compilation in compilations {
            guard let plan = compilation.plan else { continue }
            fields.formUnion(plan.fieldsRead)
            tested.formUnion(FieldSet(compilation.probes.map(\.field)))
        }
        let read = RegisterReader.stream(path: path, fields: fields) { StreamedChunk(plans: plans, tested: tested) }
        switch read {
        case .failure(let error):
            Terminal.writeError(error.description + "\n")
            return nil
        case .success(let loaded):
            let chunks = loaded.register
            guard let first = chunks.first else { return nil }
            for later in chunks.dropFirst() { first.append(later) }
            var results: [String: QueryResult] = [:]
            for (plan, groups) in zip(plans, first.groups) {
                guard let result = try? groups.result(isCancelled: isCancelled) else {
                    Terminal.writeError("interrupted\n")
                    return nil
                }
                results[plan.canonicalText] = result
            }
            return LoadedAnswers(answers: StreamedAnswers(results: results, values: first.values), notes: loaded.notes)
        }
    }

    /// The answers with the reader's notes, to be shown as a load's are.
    public struct LoadedAnswers {
        public let answers: StreamedAnswers
        public let notes: [String]
    }
}

/// What one chunk of the file streams into: each plan's tally, and the distinct values of
/// the fields tested, in the order the file first writes them.
private final class StreamedChunk: RecordBatchSink {
    let batchRows = StreamedChunk.rowsPerBatch
    let groups: [StreamedGroups]
    let tested: [Field]
    private var seen: [Field: Set<String>] = [:]
    private var ordered: [Field: [String]] = [:]

    init(plans: [Plan], tested: FieldSet) {
        groups = plans.map { StreamedGroups($0) }
        self.tested = tested.fields
    }

    func consume(_ columns: ColumnSet) {
        for tally in groups { tally.add(columns) }
        for field in tested {
            for value in columns.values(of: field) ?? [] where seen[field, default: []].insert(value).inserted {
                ordered[field, default: []].append(value)
            }
        }
    }

    /// Appends what the next chunk of the file read.
    func append(_ later: StreamedChunk) {
        for (mine, theirs) in zip(groups, later.groups) { mine.append(theirs) }
        for field in tested {
            for value in later.ordered[field] ?? [] where seen[field, default: []].insert(value).inserted {
                ordered[field, default: []].append(value)
            }
        }
    }

    /// Rows per batch: enough that a batch's work is mostly per row, few enough to be
    /// a few megabytes; `$REGQ_BATCH_ROWS` when set (the tests use a handful).
    static let rowsPerBatch: Int = {
        if let value = getenv("REGQ_BATCH_ROWS"), let rows = Int(String(cString: value)), rows >= 1 { return rows }
        return 1 << 17
    }()

    /// The values of the fields tested, as the checker asks for them.
    var values: any FieldValues { TestedValues(values: ordered, fields: FieldSet(tested)) }
}

/// The distinct values of the fields a run's statements test; nil for any other field,
/// as for a field not loaded.
private struct TestedValues: FieldValues {
    let values: [Field: [String]]
    let fields: FieldSet

    func values(of field: Field) -> [String]? {
        guard fields.contains(field) else { return nil }
        return values[field] ?? []
    }
}
