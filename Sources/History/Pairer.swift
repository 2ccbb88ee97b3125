import RegisterCSV

/// Pairs the rows of two consecutive reports, pass after pass (`PairingPass`): each pass
/// counts the still unpaired rows of both reports by its key and pairs the rows whose key
/// is held by exactly one row on each side (and whose values are indeed equal: keys are
/// hashes). The rows are first split by their keys' top bits into parts of a few
/// thousand, each counted in a hash table small enough to stay in cache: one table of
/// every row of two large reports would miss the cache at nearly every row.
///
/// Before the passes, the rows whose kind and references only one row holds on each side
/// are paired at once, as pass 1 or 2 would pair them, so that only the rows left need
/// their names hashed: a small part of a large report.
///
/// The work over every row — the parts' tables, and checking that candidates hold equal
/// values — is shared between two threads: each writes only the rows it was given.
enum Pairer {
    static func pair(_ earlier: PairingKeys, _ later: PairingKeys, reports: (earlier: Int, later: Int)) -> Pairing {
        var earlierRowOfLater = [Int32](repeating: -1, count: later.rowCount)
        var laterRowOfEarlier = [Int32](repeating: -1, count: earlier.rowCount)
        var passOfLater = [UInt8](repeating: 0, count: later.rowCount)
        var alikeEarlier = [Bool](repeating: false, count: earlier.rowCount)
        var alikeLater = [Bool](repeating: false, count: later.rowCount)
        var openEarlier = (0 ..< Int32(earlier.rowCount)).map { $0 }
        var openLater = (0 ..< Int32(later.rowCount)).map { $0 }
        func take(_ row: Int32, _ partner: Int32, _ pass: PairingPass) {
            earlierRowOfLater[Int(row)] = partner
            laterRowOfEarlier[Int(partner)] = row
            passOfLater[Int(row)] = UInt8(pass.rawValue)
        }
        func close() {
            openEarlier.removeAll { laterRowOfEarlier[Int($0)] >= 0 }
            openLater.removeAll { earlierRowOfLater[Int($0)] >= 0 }
        }

        // A row whose kind and references no other row of its report holds, and whose
        // partner's are likewise its own, shares no key of any pass with another row: pass
        // 1 would pair the two when their names are equal, pass 2 otherwise. So they are
        // paired now, without hashing names; nothing is marked alike here (a pass marks
        // what it finds shared among the rows still open).
        var names: (earlier: [UInt64], later: [UInt64]) = ([], [])
        let unique = candidates(.refs, earlier, later, names, open: (openEarlier, openLater))
        let prepaired = judged(openLater) { row in
            let partner = unique.partner[Int(row)]
            guard partner >= 0, same(.refs, earlier, Int(partner), later, Int(row)) else { return nil }
            return earlier.sameName(Int(partner), as: later, Int(row)) ? .refsAndName : .refs
        }
        for (row, pass) in zip(openLater, prepaired) where pass != 0 {
            take(row, unique.partner[Int(row)], PairingPass(rawValue: Int(pass))!)
        }
        close()
        earlier.hashNames(of: openEarlier)
        later.hashNames(of: openLater)
        names = (earlier.names, later.names)

        for pass in PairingPass.allCases where !openEarlier.isEmpty && !openLater.isEmpty {
            let found = candidates(pass, earlier, later, names, open: (openEarlier, openLater))
            for row in found.alikeEarlier { alikeEarlier[Int(row)] = true }
            for row in found.alikeLater { alikeLater[Int(row)] = true }
            let paired = judged(openLater) { row in
                let partner = found.partner[Int(row)]
                return partner >= 0 && same(pass, earlier, Int(partner), later, Int(row)) ? pass : nil
            }
            for (row, pass) in zip(openLater, paired) where pass != 0 {
                take(row, found.partner[Int(row)], PairingPass(rawValue: Int(pass))!)
            }
            close()
        }
        return Pairing(earlier: reports.earlier, later: reports.later, earlierRowOfLater: earlierRowOfLater,
                       laterRowOfEarlier: laterRowOfEarlier, passOfLater: passOfLater,
                       alikeEarlier: alikeEarlier.indices.map { alikeEarlier[$0] && laterRowOfEarlier[$0] < 0 },
                       alikeLater: alikeLater.indices.map { alikeLater[$0] && earlierRowOfLater[$0] < 0 })
    }

    /// `judge` of each of `rows` (the pass that pairs the row, or nil), as raw values (0
    /// for nil), in the rows' order: half the rows on each of two threads.
    private static func judged(_ rows: [Int32], _ judge: (Int32) -> PairingPass?) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: rows.count) { buffer, count in
            let out = buffer
            withoutActuallyEscaping(judge) { judge in
                let halves = rows.count < 1 << 14 ? [0 ..< rows.count] : [0 ..< rows.count / 2, rows.count / 2 ..< rows.count]
                Parallel.run(halves.map { half in {
                    for index in half { (out.baseAddress! + index).initialize(to: UInt8(judge(rows[index])?.rawValue ?? 0)) }
                } })
            }
            count = rows.count
        }
    }

    /// What one pass finds among the open rows: for each later row, the earlier row that
    /// alone shares its key (-1 for none; checked after, in row order, the values read in
    /// the order they lie in memory), and the rows whose key two or more rows share.
    private static func candidates(_ pass: PairingPass, _ earlier: PairingKeys, _ later: PairingKeys,
                                   _ names: (earlier: [UInt64], later: [UInt64]),
                                   open: (earlier: [Int32], later: [Int32])) -> (partner: [Int32], alikeEarlier: [Int32], alikeLater: [Int32]) {
        let parts = PassRow.partitions(of: open.earlier.count + open.later.count) { take in
            for row in open.earlier { if let key = key(pass, earlier, names.earlier, Int(row)) { take(PassRow(key: key, row: row, later: false)) } }
            for row in open.later { if let key = key(pass, later, names.later, Int(row)) { take(PassRow(key: key, row: row, later: true)) } }
        }
        var partner = [Int32](repeating: -1, count: later.rowCount)
        // Parts in turn on two threads: a part's rows are its own, and so are the partners
        // written for them.
        let threads = parts.count < 4 ? 1 : 2
        let alike = (0 ..< threads).map { _ in AlikeRows() }
        partner.withUnsafeMutableBufferPointer { partner in
            let partner = partner
            Parallel.run((0 ..< threads).map { thread in {
                for part in stride(from: thread, to: parts.count, by: threads).map({ parts[$0] }) {
                    var table = PassTable(capacity: part.count)
                    let slots = part.map { table.add($0.key, row: $0.row, later: $0.isLater) }
                    for (index, passRow) in part.enumerated() {
                        let entry = table[slots[index]]
                        if passRow.isLater {
                            if entry.pairs { partner[Int(passRow.row)] = entry.earlierRow } else if entry.isAlike { alike[thread].later.append(passRow.row) }
                        } else if entry.isAlike {
                            alike[thread].earlier.append(passRow.row)
                        }
                    }
                }
            } })
        }
        return (partner, alike.flatMap(\.earlier), alike.flatMap(\.later))
    }

    /// The row's key in `pass`: a hash of its kind and the values the pass compares; nil
    /// when the pass leaves the row out (pass 2, a row with no references). `names` are
    /// the report's name hashes (read only by the passes that compare names).
    @inline(__always)
    static func key(_ pass: PairingPass, _ keys: PairingKeys, _ names: [UInt64], _ row: Int) -> UInt64? {
        let kind = UInt64(keys.kinds[row]) &+ UInt64(pass.rawValue) << 8
        let key: UInt64
        switch pass {
        case .refsAndName: key = KeyHash.combine(KeyHash.combine(kind, names[row]), keys.refSets[row])
        case .refs:
            if keys.refSets[row] == PairingKeys.noRefs { return nil }
            key = KeyHash.combine(kind, keys.refSets[row])
        case .name: key = KeyHash.combine(kind, names[row])
        }
        return PassTable.storable(key)
    }

    /// Whether two rows with one key in `pass` hold the values it compares.
    static func same(_ pass: PairingPass, _ earlier: PairingKeys, _ earlierRow: Int, _ later: PairingKeys, _ laterRow: Int) -> Bool {
        guard earlier.kinds[earlierRow] == later.kinds[laterRow] else { return false }
        switch pass {
        case .refsAndName: return earlier.sameName(earlierRow, as: later, laterRow) && earlier.sameRefs(earlierRow, as: later, laterRow)
        case .refs: return earlier.sameRefs(earlierRow, as: later, laterRow)
        case .name: return earlier.sameName(earlierRow, as: later, laterRow)
        }
    }
}

/// The rows one thread found to look alike, in one pass.
private final class AlikeRows: @unchecked Sendable {
    var earlier: [Int32] = []
    var later: [Int32] = []
}
