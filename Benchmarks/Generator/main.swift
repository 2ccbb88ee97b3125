// regq-generate ROWS [SEED]: writes a synthetic register of ROWS artefacts to standard
// output, the same for the same seed. The mix follows the seed report: mostly interface
// specifications and process maps, a third blocked, months Nov-21…Dec-24 with some TBC,
// sub-group lists of zero to three, and names that need CSV quoting.

#if canImport(Glibc)
import Glibc
#endif

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

let arguments = CommandLine.arguments
guard arguments.count >= 2, let rows = Int(arguments[1]), rows >= 0 else {
    emit("usage: regq-generate ROWS [SEED]\n", to: 2)
    exit(2)
}
var random = SeededGenerator(state: arguments.count >= 3 ? UInt64(arguments[2]) ?? 1 : 1)

let kinds = [("BP", 25), ("IF", 45), ("BRS", 12), ("GA", 6), ("TD", 12)]
let statuses = [("Blocked", 35), ("Sub-Group Review", 30), ("First Draft Not Complete", 20), ("Maintenance", 5),
                ("Draft Not Complete", 4), ("Draft Complete", 3), ("Agreed", 2), ("Not Started", 1)]
let blockers = [("Change of Agent", 40), ("Interface Approach", 20), ("Supplier Interaction", 30),
                ("Security clarifications from OFGEM", 6), ("Volumetric Analysis of Interfaces", 4)]
let subgroups = ["Registration", "Smart", "Advanced", "Unmetered", "UMS", "Elexon Central Systems", "All", "TBC"]
let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
let words = ["Metering", "Service", "Appointment", "Registration", "Data", "Change", "of", "Supplier", "Agent",
             "Consumption", "Settlement", "Energisation", "Notification", "Request", "Response", "Segment",
             "Market", "Consent", "Disconnection", "Update", "Load", "Shaping", "Interface", "Enquiry"]

/// Months from Nov-21 to Dec-24, as ordinals; about 7% TBC.
@MainActor func month(atLeast minimum: Int) -> Int? {
    if random.below(100) < 7 { return nil }
    let first = 2021 * 12 + 10, last = 2024 * 12 + 11
    let low = max(first, minimum)
    return low >= last ? last : low + random.below(min(6, last - low + 1))
}

func monthText(_ ordinal: Int?) -> String {
    guard let ordinal else { return "TBC" }
    let year = ordinal / 12 % 100
    return monthNames[ordinal % 12] + "-" + (year < 10 ? "0" : "") + String(year)
}

func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    var quoted = "\""
    for character in text { quoted += character == "\"" ? "\"\"" : String(character) }
    return quoted + "\""
}

var out = "kind,ref,name,wg,subgroups,status,blocker,sg,review,dag\n"
out.reserveCapacity(1 << 20)
for row in 0 ..< rows {
    let kind = random.weighted(kinds)
    let status = kind == "TD" && random.below(2) == 0 ? "Initial review by Sub-Group" : random.weighted(statuses)
    var name = (0 ..< 2 + random.below(4)).map { _ in random.pick(words) }.joined(separator: " ")
    switch random.below(20) {
    case 0: name += ", phase \(1 + random.below(3))"
    case 1: name = "\"\(name)\" (draft)"
    default: break
    }
    let ref = kind == "GA" || kind == "TD" || random.below(50) == 0 ? "" : "MHHSP-\(kind)-\(String(row + 1))"
    let groupCount = kind == "TD" ? 0 : random.weighted([(1, 70), (2, 15), (3, 10), (0, 5)])
    var groups: [String] = []
    while groups.count < groupCount {
        let group = random.pick(subgroups)
        if !groups.contains(group) { groups.append(group) }
    }
    let blocker = status == "Blocked" || (kind == "TD" && random.below(3) == 0) ? random.weighted(blockers) : ""
    let wg = kind == "TD" ? random.pick(["TDWG", "SDWG"]) : "BPRWG"
    let sg = month(atLeast: 0)
    let review = month(atLeast: sg ?? 0)
    let dag = month(atLeast: review ?? sg ?? 0)
    out += kind + "," + ref + "," + csvField(name) + "," + wg + "," + groups.joined(separator: ";") + "," + status + ","
    out += blocker + "," + monthText(sg) + "," + monthText(review) + "," + monthText(dag) + "\n"
    if out.utf8.count > 1 << 20 {
        emit(out, to: 1)
        out.removeAll(keepingCapacity: true)
    }
}
emit(out, to: 1)
