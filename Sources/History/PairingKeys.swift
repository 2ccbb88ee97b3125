import ColumnStore
import RegisterModel

/// What pairing compares of each row of a report, as codes shared by every report of a
/// history: equal codes are equal values, names and references compared as `=` compares
/// text (`equalityKey`), references as a set.
struct PairingKeys {
    let kinds: [UInt8]
    /// Each row's name.
    let names: [UInt32]
    /// Each row's references as a set; `PairingKeys.noRefs` for none.
    let refSets: [UInt32]

    static let noRefs: UInt32 = 0

    var rowCount: Int { kinds.count }
}

/// Gives the rows of one report after another their `PairingKeys`. Each report's
/// dictionaries code its values on their own (and names and references may hold a value
/// under several codes), so each dictionary value's key is coded once here, by value,
/// and rows take their codes from that: no `String` per row.
struct PairingKeyCoder {
    private var names = ValueCodes()
    private var refs = ValueCodes()
    private var refSets = ValueCodes()

    init() {
        // The empty set is code 0 (`PairingKeys.noRefs`).
        _ = [UInt8]().withUnsafeBufferPointer { refSets.code($0) }
    }

    mutating func keys(of register: Register) -> PairingKeys {
        guard case .text(let nameColumn) = register.column(.name), case .list(let refColumn) = register.column(.ref) else {
            preconditionFailure("name is a text column, ref a list column")
        }
        let nameCodes = Self.keyCodes(nameColumn.dictionary, &names)
        let names = nameColumn.codes.map { nameCodes[Int($0)] }
        // `Pairer.key` packs a name in 29 bits: more distinct names than rows any
        // register file of 4 GiB can hold.
        precondition(self.names.count < 1 << 29, "more distinct names than a pairing key holds")
        return PairingKeys(kinds: register.kinds.map(\.rawValue), names: names, refSets: refSets(refColumn))
    }

    /// Each row's set of references: its elements' codes, sorted and without repeats,
    /// coded as one value.
    private mutating func refSets(_ column: ListColumn) -> [UInt32] {
        let elementCodes = Self.keyCodes(column.dictionary, &refs)
        var set: [UInt32] = []
        return (0 ..< column.offsets.count - 1).map { row in
            set.removeAll(keepingCapacity: true)
            for code in column.codes(row: row) { set.append(elementCodes[Int(code)]) }
            if set.isEmpty { return PairingKeys.noRefs }
            if set.count > 1 {
                set.sort()
                var kept = 1
                for index in 1 ..< set.count where set[index] != set[kept - 1] {
                    set[kept] = set[index]
                    kept += 1
                }
                set.removeLast(set.count - kept)
            }
            return set.withUnsafeBytes { refSets.code($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// The code of each dictionary value's equality key.
    private static func keyCodes(_ dictionary: TextDictionary, _ codes: inout ValueCodes) -> [UInt32] {
        var key: [UInt8] = []
        return (0 ..< UInt32(dictionary.count)).map { code in
            key.removeAll(keepingCapacity: true)
            dictionary.withBytes(code) { appendEqualityKey($0, to: &key) }
            return key.withUnsafeBufferPointer { codes.code($0) }
        }
    }
}
