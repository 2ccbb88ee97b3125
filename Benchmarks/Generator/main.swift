// regq-generate ROWS [SEED]: writes a synthetic register of ROWS artefacts to standard
// output, the same for the same seed. The mix follows the seed report: mostly interface
// specifications and process maps, a third blocked, months Nov-21…Dec-24 with some TBC,
// sub-group lists of zero to three, and names that need CSV quoting.
//
// regq-generate --history ROWS SEED COUNT DIR: COUNT monthly reports, DIR/2022-01.csv on,
// each derived from the one before by the same edits as the pair's.
//
// regq-generate --pair ROWS SEED DIR: writes two monthly reports of one register, the
// second derived from the first by deterministic edits (see Benchmarks/README.md):
//   DIR/regq/2022-01.csv, DIR/regq/2022-02.csv      the register format, no identity
//   DIR/keyed/2022-01.csv, DIR/keyed/2022-02.csv    the same rows with an `id` column first
// The first report has ROWS rows drawn as above, with names made distinct where there is
// no ref, some artefacts sharing a ref and some BRS with two refs, as in the real register.

#if canImport(Glibc)
import Glibc
#endif
import RegisterModel

/// SplitMix64: small, fast, and the same sequence on every machine.
struct SeededGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Picks by weight: `[(item, weight)]`.
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        var roll = below(items.reduce(0) { $0 + $1.1 })
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }
}

/// Writes all of `text` to a file descriptor.
func emit(_ text: String, to fd: Int32) {
    var text = text
    text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 { exit(1) }
            offset += n
        }
    }
}

/// The register's mix: kinds, statuses and blockers by weight, sub-groups, months, words.
enum Mix {
    static let kinds = [("BP", 25), ("IF", 45), ("BRS", 12), ("GA", 6), ("TD", 12)]
    static let statuses = [("Blocked", 35), ("Sub-Group Review", 30), ("First Draft Not Complete", 20), ("Maintenance", 5),
                           ("Draft Not Complete", 4), ("Draft Complete", 3), ("Agreed", 2), ("Not Started", 1)]
    static let blockers = [("Change of Agent", 40), ("Interface Approach", 20), ("Supplier Interaction", 30),
                           ("Security clarifications from OFGEM", 6), ("Volumetric Analysis of Interfaces", 4)]
    static let subgroups = ["Registration", "Smart", "Advanced", "Unmetered", "UMS", "Elexon Central Systems", "All", "TBC"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let words = ["Metering", "Service", "Appointment", "Registration", "Data", "Change", "of", "Supplier", "Agent",
                        "Consumption", "Settlement", "Energisation", "Notification", "Request", "Response", "Segment",
                        "Market", "Consent", "Disconnection", "Update", "Load", "Shaping", "Interface", "Enquiry"]
}

/// One artefact as a report shows it.
struct Row {
    var kind = "", ref = "", name = "", wg = "", groups: [String] = [], status = "", blocker = ""
    var sg: Int?, review: Int?, dag: Int?

    var csvLine: String {
        kind + "," + ref + "," + csvField(name) + "," + wg + "," + groups.joined(separator: ";") + "," + status + ","
            + blocker + "," + monthText(sg) + "," + monthText(review) + "," + monthText(dag) + "\n"
    }
}

/// Months from Nov-21 to Dec-24, as ordinals; about 7% TBC.
func month(atLeast minimum: Int, _ random: inout SeededGenerator) -> Int? {
    if random.below(100) < 7 { return nil }
    let first = 2021 * 12 + 10, last = 2024 * 12 + 11
    let low = max(first, minimum)
    return low >= last ? last : low + random.below(min(6, last - low + 1))
}

func monthText(_ ordinal: Int?) -> String {
    guard let ordinal else { return "TBC" }
    let year = ordinal / 12 % 100
    return Mix.monthNames[ordinal % 12] + "-" + (year < 10 ? "0" : "") + String(year)
}

func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    var quoted = "\""
    for character in text { quoted += character == "\"" ? "\"\"" : String(character) }
    return quoted + "\""
}

/// A blocker drawn by weight.
func drawBlocker(_ random: inout SeededGenerator) -> String { random.weighted(Mix.blockers) }

/// The artefact numbered `number` (from 1), drawn from `random`: the register's mix.
func makeRow(_ number: Int, _ random: inout SeededGenerator) -> Row {
    var row = Row()
    row.kind = random.weighted(Mix.kinds)
    row.status = row.kind == "TD" && random.below(2) == 0 ? "Initial review by Sub-Group" : random.weighted(Mix.statuses)
    row.name = (0 ..< 2 + random.below(4)).map { _ in random.pick(Mix.words) }.joined(separator: " ")
    switch random.below(20) {
    case 0: row.name += ", phase \(1 + random.below(3))"
    case 1: row.name = "\"\(row.name)\" (draft)"
    default: break
    }
    row.ref = row.kind == "GA" || row.kind == "TD" || random.below(50) == 0 ? "" : "MHHSP-\(row.kind)-\(String(number))"
    let groupCount = row.kind == "TD" ? 0 : random.weighted([(1, 70), (2, 15), (3, 10), (0, 5)])
    while row.groups.count < groupCount {
        let group = random.pick(Mix.subgroups)
        if !row.groups.contains(group) { row.groups.append(group) }
    }
    row.blocker = row.status == "Blocked" || (row.kind == "TD" && random.below(3) == 0) ? drawBlocker(&random) : ""
    row.wg = row.kind == "TD" ? random.pick(["TDWG", "SDWG"]) : "BPRWG"
    row.sg = month(atLeast: 0, &random)
    row.review = month(atLeast: row.sg ?? 0, &random)
    row.dag = month(atLeast: row.review ?? row.sg ?? 0, &random)
    return row
}

/// An artefact of a history: as makeRow, but a row without a ref has a name no other row
/// has (a flow number, as `Request Disconnection (D0132)`), and a BRS names its process
/// document too in one case in three (`MHHSP-BRS-7;MHHSP-BPD-7`).
func makeHistoryRow(_ number: Int, _ random: inout SeededGenerator) -> Row {
    var row = makeRow(number, &random)
    if row.ref.isEmpty { row.name += " (D\(number))" }
    if row.kind == "BRS", !row.ref.isEmpty, random.below(3) == 0 { row.ref += ";MHHSP-BPD-\(number)" }
    return row
}

/// Buffered output to one file descriptor.
struct Output {
    let fd: Int32
    var buffer = ""

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 20)
    }

    mutating func write(_ text: String) {
        buffer += text
        if buffer.utf8.count > 1 << 20 { flush() }
    }

    mutating func flush() {
        emit(buffer, to: fd)
        buffer.removeAll(keepingCapacity: true)
    }
}

func create(_ path: String) -> Output {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    if fd < 0 {
        emit("regq-generate: cannot write \(path)\n", to: 2)
        exit(1)
    }
    return Output(fd: fd)
}

/// A row as the next report shows it, or nil when the next report drops it: 1% removed;
/// otherwise, independently, 10% have dag slip 1–3 months (unless TBC), 5% change status
/// (from Blocked to another status, the blocker cleared; otherwise half to Blocked with a
/// blocker, half to another status), 0.2% of rows with a ref of their own are renamed.
func edit(_ row: Row, sharesRef: Bool, _ edits: inout SeededGenerator) -> Row? {
    if edits.below(100) == 0 { return nil }
    var edited = row
    if edits.below(100) < 10, let dag = row.dag { edited.dag = dag + 1 + edits.below(3) }
    if edits.below(100) < 5 {
        let others = Mix.statuses.filter { $0.0 != "Blocked" && $0.0 != row.status }
        if row.status == "Blocked" {
            edited.status = edits.weighted(others)
            edited.blocker = ""
        } else if edits.below(2) == 0 {
            edited.status = "Blocked"
            edited.blocker = drawBlocker(&edits)
        } else {
            edited.status = edits.weighted(others)
        }
    }
    if !row.ref.isEmpty, !sharesRef, edits.below(1000) < 2 { edited.name += " (revised)" }
    return edited
}

/// An artefact new in a report, numbered `number`: its ref and name in no report before.
func newRow(_ number: Int, _ edits: inout SeededGenerator) -> Row {
    var new = makeHistoryRow(number, &edits)
    if !new.ref.isEmpty { new.name += " (D\(number))" }
    return new
}

/// `--history`: COUNT monthly reports from Jan-22, DIR/2022-01.csv on, each derived from
/// the one before by `edit`, with a new artefact after 1% of rows: the reports
/// `regq report --history DIR` makes its pack from.
func writeHistory(rows: Int, seed: UInt64, count: Int, directory: String) {
    if mkdir(directory, 0o755) != 0 && errno != EEXIST {
        emit("regq-generate: cannot create \(directory)\n", to: 2)
        exit(1)
    }
    var random = SeededGenerator(state: seed)
    var edits = SeededGenerator(state: seed ^ 0x5EED_ED17)
    var report: [Row] = (0 ..< rows).map { makeHistoryRow($0 + 1, &random) }
    var added = 0
    for index in 0 ..< count {
        if index > 0 {
            var next: [Row] = []
            for row in report {
                if let edited = edit(row, sharesRef: false, &edits) { next.append(edited) }
                if edits.below(100) == 0 {
                    added += 1
                    next.append(newRow(rows + added, &edits))
                }
            }
            report = next
        }
        let month = 2022 * 12 + index
        let name = String(month / 12) + "-" + (month % 12 < 9 ? "0" : "") + String(month % 12 + 1)
        var output = create(directory + "/" + name + ".csv")
        output.write(Field.header + "\n")
        for row in report { output.write(row.csvLine) }
        output.flush()
        close(output.fd)
    }
}

/// The report pair: the first report's rows in order, each written to the second report
/// after its edits (or not at all, when removed), new rows inserted among them.
///
/// Per row of the first report, drawn from a second generator so that the first report
/// does not depend on the edits:
/// - `edit`'s changes: 1% removed, slips, status changes and renames;
/// - after 1% of rows, a new artefact (`newRow`), its ref and name in no row of the first report.
/// Ids (keyed copies only): 10 × the row number for the first report's artefacts, kept
/// by the edits; 10 × the row number + 5 for a row inserted after it, so ids follow the
/// second report's order.
func writePair(rows: Int, seed: UInt64, directory: String) {
    for folder in [directory, directory + "/regq", directory + "/keyed"] where mkdir(folder, 0o755) != 0 && errno != EEXIST {
        emit("regq-generate: cannot create \(folder)\n", to: 2)
        exit(1)
    }
    var first = create(directory + "/regq/2022-01.csv"), second = create(directory + "/regq/2022-02.csv")
    var firstKeyed = create(directory + "/keyed/2022-01.csv"), secondKeyed = create(directory + "/keyed/2022-02.csv")
    let header = Field.header + "\n"
    first.write(header); second.write(header)
    firstKeyed.write("id," + header); secondKeyed.write("id," + header)

    var random = SeededGenerator(state: seed)
    var edits = SeededGenerator(state: seed ^ 0x5EED_ED17)
    var lastRefOfKind: [String: String] = [:]
    var added = 0
    for index in 0 ..< rows {
        var row = makeHistoryRow(index + 1, &random)
        // One row in 200 with a ref shares it with the last of its kind (as MHHSP-BP010
        // has five processes), under a name of its own.
        var sharesRef = false
        if !row.ref.isEmpty, !row.ref.contains(";"), random.below(200) == 0, let shared = lastRefOfKind[row.kind] {
            row.ref = shared
            row.name += " - part \(index + 1)"
            sharesRef = true
        }
        if !row.ref.isEmpty, !sharesRef { lastRefOfKind[row.kind] = row.ref }
        let line = row.csvLine, id = String(index * 10)
        first.write(line)
        firstKeyed.write(id + "," + line)

        guard let edited = edit(row, sharesRef: sharesRef, &edits) else { continue }
        let editedLine = edited.csvLine
        second.write(editedLine)
        secondKeyed.write(id + "," + editedLine)
        if edits.below(100) == 0 {
            added += 1
            let new = newRow(rows + added, &edits)
            second.write(new.csvLine)
            secondKeyed.write(String(index * 10 + 5) + "," + new.csvLine)
        }
    }
    for var output in [first, second, firstKeyed, secondKeyed] {
        output.flush()
        close(output.fd)
    }
}

let arguments = CommandLine.arguments
if arguments.count == 5, arguments[1] == "--pair", let rows = Int(arguments[2]), rows >= 0, let seed = UInt64(arguments[3]) {
    writePair(rows: rows, seed: seed, directory: arguments[4])
    exit(0)
}
if arguments.count == 6, arguments[1] == "--history", let rows = Int(arguments[2]), rows >= 0, let seed = UInt64(arguments[3]),
   let count = Int(arguments[4]), (1 ... 120).contains(count) {
    writeHistory(rows: rows, seed: seed, count: count, directory: arguments[5])
    exit(0)
}
guard arguments.count >= 2, let rows = Int(arguments[1]), rows >= 0 else {
    emit("usage: regq-generate ROWS [SEED]\n       regq-generate --pair ROWS SEED DIR\n       regq-generate --history ROWS SEED COUNT DIR\n", to: 2)
    exit(2)
}
var random = SeededGenerator(state: arguments.count >= 3 ? UInt64(arguments[2]) ?? 1 : 1)
var out = Output(fd: 1)
out.write(Field.header + "\n")
for row in 0 ..< rows { out.write(makeRow(row + 1, &random).csvLine) }
out.flush()
