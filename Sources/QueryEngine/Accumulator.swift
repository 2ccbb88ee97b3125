import QueryLanguage
import ColumnStore
import RegisterModel

/// The running state of one aggregate over one group.
struct Accumulator {
    var rows = 0
    var withValue = 0
    var distinct: Set<Int64> = []
    var best: Int64?
    var sawTBC = false
    var items: [Int64] = []

    /// One row, standing for `weight` rows (more than one in a streamed aggregate's tally).
    mutating func add(row: Int, spec: AggregateSpec, codes: FieldCodes?, weight: Int = 1) {
        rows += weight
        guard let codes else { return }
        let values = codes.valueCodes(row)
        var counted = false
        for code in values {
            if codes.isTBC(code) {
                sawTBC = true
                if spec.function == .list { appendItem(code, distinctOnly: spec.distinct) }
                continue
            }
            counted = true
            switch spec.function {
            case .count: if spec.distinct { distinct.insert(code) }
            case .min: if best == nil || code < best! { best = code }
            case .max: if best == nil || code > best! { best = code }
            case .list: appendItem(code, distinctOnly: spec.distinct)
            }
        }
        if counted { withValue += weight }
    }

    private mutating func appendItem(_ code: Int64, distinctOnly: Bool) {
        if distinctOnly {
            guard distinct.insert(code).inserted else { return }
        }
        items.append(code)
    }

    func value(spec: AggregateSpec, codes: FieldCodes?) -> Value {
        switch spec.function {
        case .count:
            guard codes != nil else { return .integer(rows) }
            return .integer(spec.distinct ? distinct.count : withValue)
        case .min, .max:
            guard let codes else { return .null }
            if let best { return codes.value(best) }
            return sawTBC ? .month(.tbc) : .null
        case .list:
            guard let codes else { return .list([]) }
            return .list(items.map(codes.text))
        }
    }
}
