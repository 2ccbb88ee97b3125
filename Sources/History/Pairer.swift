/// Pairs the rows of two consecutive reports, pass after pass (`PairingPass`): each pass
/// counts the still unpaired rows of both reports by its key and pairs the rows whose key
/// is held by exactly one row on each side (and whose values are indeed equal: keys are
/// hashes). The rows are first split by their keys' top bits into parts of a few
/// thousand, each counted in a hash table small enough to stay in cache: one table of
/// every row of two large reports would miss the cache at nearly every row.
enum Pairer {
    static func pair(_ earlier: PairingKeys, _ later: PairingKeys, reports: (earlier: Int, later: Int)) -> Pairing {
        var earlierRowOfLater = [Int32](repeating: -1, count: later.rowCount)
        var laterRowOfEarlier = [Int32](repeating: -1, count: earlier.rowCount)
        var passOfLater = [UInt8](repeating: 0, count: later.rowCount)
        var alikeEarlier = [Bool](repeating: false, count: earlier.rowCount)
        var alikeLater = [Bool](repeating: false, count: later.rowCount)
        var openEarlier = (0 ..< Int32(earlier.rowCount)).map { $0 }
        var openLater = (0 ..< Int32(later.rowCount)).map { $0 }

        for pass in PairingPass.allCases where !openEarlier.isEmpty && !openLater.isEmpty {
            let parts = PassRow.partitions(of: openEarlier.count + openLater.count) { take in
                for row in openEarlier { if let key = key(pass, earlier, Int(row)) { take(PassRow(key: key, row: row, later: false)) } }
                for row in openLater { if let key = key(pass, later, Int(row)) { take(PassRow(key: key, row: row, later: true)) } }
            }
            // Each later row's partner by key, checked after in row order (the values read
            // in the order they lie in memory).
            var candidate = [Int32](repeating: -1, count: later.rowCount)
            for part in parts {
                var table = PassTable(capacity: part.count)
                let slots = part.map { table.add($0.key, row: $0.row, later: $0.isLater) }
                for (index, passRow) in part.enumerated() {
                    let entry = table[slots[index]], row = Int(passRow.row)
                    if passRow.isLater {
                        if entry.pairs { candidate[row] = entry.earlierRow } else if entry.isAlike { alikeLater[row] = true }
                    } else if entry.isAlike {
                        alikeEarlier[row] = true
                    }
                }
            }
            for row in openLater {
                let partner = candidate[Int(row)]
                guard partner >= 0, same(pass, earlier, Int(partner), later, Int(row)) else { continue }
                earlierRowOfLater[Int(row)] = partner
                laterRowOfEarlier[Int(partner)] = row
                passOfLater[Int(row)] = UInt8(pass.rawValue)
            }
            openEarlier.removeAll { laterRowOfEarlier[Int($0)] >= 0 }
            openLater.removeAll { earlierRowOfLater[Int($0)] >= 0 }
        }
        return Pairing(earlier: reports.earlier, later: reports.later, earlierRowOfLater: earlierRowOfLater,
                       laterRowOfEarlier: laterRowOfEarlier, passOfLater: passOfLater,
                       alikeEarlier: alikeEarlier.indices.map { alikeEarlier[$0] && laterRowOfEarlier[$0] < 0 },
                       alikeLater: alikeLater.indices.map { alikeLater[$0] && earlierRowOfLater[$0] < 0 })
    }

    /// The row's key in `pass`: a hash of its kind and the values the pass compares; nil
    /// when the pass leaves the row out (pass 2, a row with no references).
    @inline(__always)
    static func key(_ pass: PairingPass, _ keys: PairingKeys, _ row: Int) -> UInt64? {
        let kind = UInt64(keys.kinds[row]) &+ UInt64(pass.rawValue) << 8
        let key: UInt64
        switch pass {
        case .refsAndName: key = KeyHash.combine(KeyHash.combine(kind, keys.names[row]), keys.refSets[row])
        case .refs:
            if keys.refSets[row] == PairingKeys.noRefs { return nil }
            key = KeyHash.combine(kind, keys.refSets[row])
        case .name: key = KeyHash.combine(kind, keys.names[row])
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
