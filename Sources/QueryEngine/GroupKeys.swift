/// Combines the codes of a group's key fields into one integer, the first field most
/// significant, so that integer order is the groups' natural order and a group is found
/// by one lookup (an array index when the key space is small). When the fields' codes
/// cannot fit one integer (several keys of huge cardinality), keys are numbered in order of
/// appearance instead and compared by their codes.
final class GroupKeys {
    let fields: [FieldCodes]
    /// The one field, when there is one (read per row without going through the array).
    private let only: FieldCodes?
    /// strides[i]: the weight of field i's code.
    let strides: [Int]
    /// The number of possible combined keys.
    let size: Int
    private let overflowed: Bool
    private var numbered: [[Int64]: Int] = [:]
    private var numberedCodes: [[Int64]] = []

    init(_ fields: [FieldCodes]) {
        self.fields = fields
        only = fields.count == 1 ? fields[0] : nil
        var strides = [Int](repeating: 1, count: fields.count)
        var size = 1
        for index in fields.indices.reversed() {
            strides[index] = size
            let (product, overflow) = size.multipliedReportingOverflow(by: fields[index].cardinality)
            size = overflow ? Int.max : product
        }
        self.strides = strides
        self.size = size
        self.overflowed = size == Int.max
    }

    /// Calls `body` with each combined key of the row: one, or several when a key field is
    /// a list (its cartesian product).
    @inline(__always)
    func forEachKey(_ row: Int, _ body: (Int) -> Void) {
        if let only { return only.forEachKey(row) { body(Int($0)) } }
        if fields.isEmpty {
            body(0)
        } else if overflowed {
            number(row, field: 0, partial: [], body)
        } else {
            combine(row, field: 0, partial: 0, body)
        }
    }

    /// Calls `body(row, key)` with each combined key of each of `rows`, polling
    /// `isCancelled` every 64Ki rows.
    @inline(__always)
    func forEachKey(of rows: [Int32], isCancelled: () -> Bool, _ body: (Int, Int) -> Void) throws(QueryCancelled) {
        if let only {
            for (i, row32) in rows.enumerated() {
                if i & 0xFFFF == 0xFFFF, isCancelled() { throw QueryCancelled() }
                only.forEachKey(Int(row32)) { body(Int(row32), Int($0)) }
            }
            return
        }
        for (i, row32) in rows.enumerated() {
            if i & 0xFFFF == 0xFFFF, isCancelled() { throw QueryCancelled() }
            forEachKey(Int(row32)) { body(Int(row32), $0) }
        }
    }

    private func number(_ row: Int, field: Int, partial: [Int64], _ body: (Int) -> Void) {
        if field == fields.count {
            if let id = numbered[partial] { return body(id) }
            numbered[partial] = numberedCodes.count
            numberedCodes.append(partial)
            return body(numberedCodes.count - 1)
        }
        fields[field].forEachKey(row) { code in number(row, field: field + 1, partial: partial + [code], body) }
    }

    private func combine(_ row: Int, field: Int, partial: Int, _ body: (Int) -> Void) {
        if field == fields.count { return body(partial) }
        fields[field].forEachKey(row) { code in
            combine(row, field: field + 1, partial: partial &+ Int(code) &* strides[field], body)
        }
    }

    /// Each field's code within a combined key.
    func codes(of key: Int) -> [Int64] {
        if overflowed { return numberedCodes[key] }
        return fields.indices.map { Int64(key / strides[$0] % fields[$0].cardinality) }
    }

    /// The groups' natural order.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        guard overflowed else { return a < b }
        return numberedCodes[a].lexicographicallyPrecedes(numberedCodes[b])
    }
}

/// Numbers groups in order of appearance: an array from combined key to slot when the key
/// space is small, a hash map otherwise.
struct GroupSlots {
    private var dense: [Int32]
    private var sparse: [Int: Int32] = [:]
    private(set) var count = 0

    static let denseLimit = 1 << 20

    init(size: Int) {
        dense = size <= Self.denseLimit ? [Int32](repeating: -1, count: size) : []
    }

    mutating func slot(for key: Int) -> (slot: Int, isNew: Bool) {
        if !dense.isEmpty {
            let slot = dense[key]
            if slot >= 0 { return (Int(slot), false) }
            dense[key] = Int32(count)
        } else {
            if let slot = sparse[key] { return (Int(slot), false) }
            sparse[key] = Int32(count)
        }
        count += 1
        return (count - 1, true)
    }

    /// The slot of a key already seen, or nil.
    func existingSlot(for key: Int) -> Int? {
        if dense.isEmpty { return sparse[key].map { Int($0) } }
        return dense[key] >= 0 ? Int(dense[key]) : nil
    }

    /// Every (combined key, slot).
    var all: [(key: Int, slot: Int)] {
        if dense.isEmpty { return sparse.map { ($0.key, Int($0.value)) } }
        return dense.enumerated().compactMap { $0.element >= 0 ? ($0.offset, Int($0.element)) : nil }
    }
}
