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
        let prepairs = CandidatePairs(openLater, unique.partner, earlier, later)
        let prepaired = prepairs.compared(earlier, later, for: .refsAndName)
        for i in prepairs.later.indices where prepaired.refs[i] {
            take(prepairs.later[i], prepairs.earlier[i], prepaired.names[i] ? .refsAndName : .refs)
        }
        close()
        earlier.hashNames(of: openEarlier)
        later.hashNames(of: openLater)
        names = (earlier.names, later.names)

        for pass in PairingPass.allCases where !openEarlier.isEmpty && !openLater.isEmpty {
            let found = candidates(pass, earlier, later, names, open: (openEarlier, openLater))
            for row in found.alikeEarlier { alikeEarlier[Int(row)] = true }
            for row in found.alikeLater { alikeLater[Int(row)] = true }
            let pairs = CandidatePairs(openLater, found.partner, earlier, later)
            let compared = pairs.compared(earlier, later, for: pass)
            for i in pairs.later.indices where compared.holds(i, for: pass) {
                take(pairs.later[i], pairs.earlier[i], pass)
            }
            close()
        }
        return Pairing(earlier: reports.earlier, later: reports.later, earlierRowOfLater: earlierRowOfLater,
                       laterRowOfEarlier: laterRowOfEarlier, passOfLater: passOfLater,
                       alikeEarlier: alikeEarlier.indices.map { alikeEarlier[$0] && laterRowOfEarlier[$0] < 0 },
                       alikeLater: alikeLater.indices.map { alikeLater[$0] && earlierRowOfLater[$0] < 0 })
    }

    /// What one pass finds among the open rows: for each later row, the earlier row that
    /// alone shares its key (-1 for none; checked after, in row order, the values read in
    /// the order they lie in memory), and the rows whose key two or more rows share.
    private static func candidates(_ pass: PairingPass, _ earlier: PairingKeys, _ later: PairingKeys,
                                   _ names: (earlier: [UInt64], later: [UInt64]),
                                   open: (earlier: [Int32], later: [Int32])) -> (partner: [Int32], alikeEarlier: [Int32], alikeLater: [Int32]) {
        let parts = PassRow.partitions(of: open.earlier.count + open.later.count, [{ take in
            for row in open.earlier { if let key = key(pass, earlier, names.earlier, Int(row)) { take(PassRow(key: key, row: row, later: false)) } }
        }, { take in
            for row in open.later { if let key = key(pass, later, names.later, Int(row)) { take(PassRow(key: key, row: row, later: true)) } }
        }])
        var partner = [Int32](repeating: -1, count: later.rowCount)
        // Parts in turn on two threads: a part's rows are its own, and so are the partners
        // written for them.
        let threads = parts.count < 4 ? 1 : 2
        let alike = (0 ..< threads).map { _ in AlikeRows() }
        partner.withUnsafeMutableBufferPointer { partner in
            let partner = partner
            Parallel.run((0 ..< threads).map { thread in {
                for part in stride(from: thread, to: parts.count, by: threads).map(parts.range) {
                    var table = PassTable(capacity: part.count)
                    let slots = part.map { table.add(parts[$0].key, row: parts[$0].row, later: parts[$0].isLater) }
                    for (index, row) in part.enumerated() {
                        let passRow = parts[row], entry = table[slots[index]]
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

    /// Whether two rows with one key in `pass` hold the values it compares, checked as a
    /// pass checks its candidates.
    static func same(_ pass: PairingPass, _ earlier: PairingKeys, _ earlierRow: Int, _ later: PairingKeys, _ laterRow: Int) -> Bool {
        var partner = [Int32](repeating: -1, count: later.rowCount)
        partner[laterRow] = Int32(earlierRow)
        let pairs = CandidatePairs([Int32(laterRow)], partner, earlier, later)
        return !pairs.later.isEmpty && pairs.compared(earlier, later, for: pass).holds(0, for: pass)
    }
}

/// The rows one thread found to look alike, in one pass.
private final class AlikeRows: @unchecked Sendable {
    var earlier: [Int32] = []
    var later: [Int32] = []
}

/// The pairs a pass proposes (each open later row and the earlier row that alone shares
/// its key) whose kinds agree, to be checked for the values the pass compares: keys are
/// hashes.
private struct CandidatePairs {
    var later: [Int32] = []
    var earlier: [Int32] = []

    init(_ open: [Int32], _ partner: [Int32], _ earlierKeys: PairingKeys, _ laterKeys: PairingKeys) {
        for row in open {
            let candidate = partner[Int(row)]
            guard candidate >= 0, earlierKeys.kinds[Int(candidate)] == laterKeys.kinds[Int(row)] else { continue }
            later.append(row)
            earlier.append(candidate)
        }
    }

    /// Whether each pair's references are equal as sets, and its names as `=` compares
    /// text, as far as `pass` compares them (empty when not), compared many pairs at a
    /// time (`PairingKeys.sameRefs`, `sameNames`), half the pairs on each of two threads.
    func compared(_ earlierKeys: PairingKeys, _ laterKeys: PairingKeys, for pass: PairingPass) -> Compared {
        let refs = pass != .name, names = pass != .refs
        let halves = Parallel.halves(of: later.count, minimum: 1 << 14)
        let results = halves.map { _ in ComparedHalf() }
        later.withUnsafeBufferPointer { laterRows in
            earlier.withUnsafeBufferPointer { earlierRows in
                Parallel.run(halves.indices.map { index in {
                    // A block at a time, so that what the comparisons gather stays small.
                    for start in stride(from: halves[index].lowerBound, to: halves[index].upperBound, by: 1 << 16) {
                        let block = start ..< min(start + 1 << 16, halves[index].upperBound)
                        let mine = UnsafeBufferPointer(rebasing: earlierRows[block]), theirs = UnsafeBufferPointer(rebasing: laterRows[block])
                        if refs { results[index].refs += earlierKeys.sameRefs(mine, as: laterKeys, theirs) }
                        if names { results[index].names += earlierKeys.sameNames(mine, as: laterKeys, theirs) }
                    }
                } })
            }
        }
        return Compared(refs: results.flatMap(\.refs), names: results.flatMap(\.names))
    }

    struct Compared {
        let refs: [Bool]
        let names: [Bool]

        /// Whether pair `i` holds the values `pass` compares (its kinds agree already).
        func holds(_ i: Int, for pass: PairingPass) -> Bool {
            (pass == .name || refs[i]) && (pass == .refs || names[i])
        }
    }
}

/// What one thread compared of its half of the pairs.
private final class ComparedHalf: @unchecked Sendable {
    var refs: [Bool] = []
    var names: [Bool] = []
}
