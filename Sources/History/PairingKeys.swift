import ColumnStore
import RegisterCSV
import RegisterModel

/// What pairing compares of each row of a report, as codes shared by every report of a
/// history: equal codes are equal values, names and references compared as `=` compares
/// text (`equalityKey`), references as a set.
struct PairingKeys {
    let kinds: [UInt8]
    /// Each row's name.
    let names: [UInt32]
    /// Each row's references as a set: `noRefs` for none, a one-reference set its
    /// reference's code + 1, a larger set its code among sets with the top bit set.
    let refSets: [UInt32]

    static let noRefs: UInt32 = 0
    static let largerSet: UInt32 = 1 << 31

    var rowCount: Int { kinds.count }
}

/// Gives the rows of one report after another their `PairingKeys`. Each report's
/// dictionaries code its values on their own (and names and references may hold a value
/// under several codes), so each dictionary value's key is coded once here, by value,
/// and rows take their codes from that: no `String` per row. Names and references are
/// coded at once, on two threads.
final class PairingKeyCoder {
    private let names: KeyCodes
    private let refs: KeyCodes
    private var refSets = ValueCodes()

    /// `rows`: about how many rows a report has.
    init(rows: Int) {
        names = KeyCodes(capacity: rows)
        refs = KeyCodes(capacity: rows)
    }

    func keys(of register: Register) -> PairingKeys {
        guard case .text(let nameColumn) = register.column(.name), case .list(let refColumn) = register.column(.ref) else {
            preconditionFailure("name is a text column, ref a list column")
        }
        var nameCodes: [UInt32] = [], refCodes: [UInt32] = []
        let names = self.names, refs = self.refs
        Parallel.run([{ nameCodes = names.codes(of: nameColumn.dictionary) },
                      { refCodes = refs.codes(of: refColumn.dictionary) }])
        // `Pairer.key` packs a name in 29 bits and a set of references in 32: more
        // distinct values than rows any register file of 4 GiB can hold.
        precondition(names.count < 1 << 29 && refs.count < 1 << 31, "more distinct names or refs than a pairing key holds")
        return PairingKeys(kinds: register.kinds.map(\.rawValue), names: nameColumn.codes.map { nameCodes[Int($0)] },
                           refSets: refSets(refColumn, refCodes))
    }

    /// Each row's set of references: none, one reference's code + 1, or the code of its
    /// elements' codes, sorted and without repeats.
    private func refSets(_ column: ListColumn, _ elementCodes: [UInt32]) -> [UInt32] {
        var set: [UInt32] = []
        return (0 ..< column.offsets.count - 1).map { row in
            let codes = column.codes(row: row)
            if codes.isEmpty { return PairingKeys.noRefs }
            if codes.count == 1 { return elementCodes[Int(codes.first!)] + 1 }
            set.removeAll(keepingCapacity: true)
            for code in codes { set.append(elementCodes[Int(code)]) }
            set.sort()
            var kept = 1
            for index in 1 ..< set.count where set[index] != set[kept - 1] {
                set[kept] = set[index]
                kept += 1
            }
            if kept == 1 { return set[0] + 1 }
            set.removeLast(set.count - kept)
            return PairingKeys.largerSet | set.withUnsafeBytes { refSets.code($0.bindMemory(to: UInt8.self)) }
        }
    }
}

/// The codes of text values' equality keys, shared by every report.
final class KeyCodes {
    private var codes: ValueCodes

    init(capacity: Int) { codes = ValueCodes(capacity: capacity, bytesEach: 24) }

    var count: Int { codes.count }

    /// The code of each dictionary value's equality key.
    func codes(of dictionary: TextDictionary) -> [UInt32] {
        var key: [UInt8] = []
        return (0 ..< UInt32(dictionary.count)).map { code in
            key.removeAll(keepingCapacity: true)
            dictionary.withBytes(code) { appendEqualityKey($0, to: &key) }
            return key.withUnsafeBufferPointer { codes.code($0) }
        }
    }
}
