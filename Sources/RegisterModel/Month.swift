/// A forecast month, or TBC ("to be confirmed").
///
/// Stored as one integer (year × 12 + month − 1) so that a column of months compares,
/// sorts and groups as integers. TBC is a sentinel above every month, which gives the
/// natural order "by calendar, TBC last"; whether TBC takes part in a comparison at all
/// is the query engine's rule, not this type's.
public struct Month: Hashable, Comparable, Sendable {
    public let ordinal: Int32

    public static let tbc = Month(ordinal: .max)

    public init(ordinal: Int32) { self.ordinal = ordinal }

    /// `month` is 1...12.
    public init(year: Int, month: Int) {
        self.ordinal = Int32(year * 12 + (month - 1))
    }

    public var isTBC: Bool { ordinal == .max }
    /// The calendar year (floor division, so that a month before year 0 has its own year).
    public var year: Int { Int(ordinal) >= 0 ? Int(ordinal) / 12 : (Int(ordinal) - 11) / 12 }
    /// 1...12
    public var monthNumber: Int { (Int(ordinal) % 12 + 12) % 12 + 1 }

    public static func < (a: Month, b: Month) -> Bool { a.ordinal < b.ordinal }

    /// `Jan` … `Dec`, by month number less one.
    public static let abbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The ordinal of January 2000: `Mon-YY` names the 1,200 months from there. (Computed,
    /// so that reading it costs no check that a global was initialised.)
    static var shortYearsStart: Int32 { 2000 * 12 }

    /// Whether `Mon-YY` says this month's year: 2000 to 2099, the years its two digits
    /// are read back as. Any other month is written `YYYY-MM`.
    public var hasShortText: Bool { UInt32(bitPattern: ordinal &- Month.shortYearsStart) < 1200 }

    /// The report's own spelling, `May-22`, for a month of 2000 to 2099; `YYYY-MM`
    /// (`1999-06`, `2202-05`) for any other, which two digits would misread; or `TBC`.
    public var shortText: String {
        var bytes: [UInt8] = []
        appendShortText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `shortText`'s bytes to `out`. Called for every month cell shown, so the
    /// common case costs one comparison more than writing `Mon-YY` unconditionally.
    public func appendShortText(to out: inout [UInt8]) {
        let offset = ordinal &- Month.shortYearsStart
        if UInt32(bitPattern: offset) < 1200 {
            let name = Month.monthNamesPacked[Int(offset % 12)], yy = UInt8(offset / 12)
            out += [UInt8(name >> 16) - 0x20, UInt8(name >> 8 & 0xFF), UInt8(name & 0xFF), 0x2D,
                    0x30 + yy / 10, 0x30 + yy % 10]
        } else if isTBC {
            out += [0x54, 0x42, 0x43] // TBC
        } else {
            appendISOText(to: &out)
        }
    }

    /// `2022-05`, `0001-01`: the year in at least four digits, or nil for TBC (JSON writes
    /// TBC as null).
    public var isoText: String? {
        if isTBC { return nil }
        var bytes: [UInt8] = []
        appendISOText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `YYYY-MM` (the year zero-padded to four digits, `-` before a year below 0).
    func appendISOText(to out: inout [UInt8]) {
        var year = self.year
        if year < 0 {
            out.append(0x2D)
            year = -year
        }
        let digits = Array(String(year).utf8)
        if digits.count < 4 { out += repeatElement(UInt8(0x30), count: 4 - digits.count) }
        let m = UInt8(monthNumber)
        out += digits
        out += [0x2D, 0x30 + m / 10, 0x30 + m % 10]
    }

    /// Parses `Mon-YY` (any case), `YYYY-MM` or `TBC`; nil for anything else.
    public init?(parsing text: some StringProtocol) {
        guard let month = Month.parse(Array(text.utf8)[...]) else { return nil }
        self = month
    }

    /// The register reader's parser: `Mon-YY` by one table lookup, `TBC` directly, the rest
    /// as below.
    @inlinable @inline(__always)
    public static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Month? {
        parse(b, names: NameTable())
    }

    /// The month names' lookup table, for a reader that parses many cells: fetched once,
    /// it spares each cell the access to a global in another module.
    public struct NameTable: Sendable {
        @usableFromInline let slots: [UInt32]

        public init() { slots = Month.monthNameSlots }
    }

    /// `parse(_:)` with the name table fetched once by the caller.
    @inlinable @inline(__always)
    public static func parse(_ b: UnsafeBufferPointer<UInt8>, names: NameTable) -> Month? {
        if b.count == 6, let p = b.baseAddress, p[3] == 0x2D {
            let y1 = p[4] &- 0x30, y2 = p[5] &- 0x30
            guard y1 < 10, y2 < 10 else { return nil }
            let name = UInt32(p[0] | 0x20) << 16 | UInt32(p[1] | 0x20) << 8 | UInt32(p[2] | 0x20)
            // A perfect hash of the twelve names into sixteen slots: one multiply and one
            // load, where a switch costs a branch the processor cannot predict.
            let entry = names.slots[Int(truncatingIfNeeded: (name &* 0x2C4A_3699) >> 28)]
            guard entry & 0xFF_FFFF == name else { return nil }
            return Month(year: 2000 + Int(y1) * 10 + Int(y2), month: Int(entry >> 24))
        }
        if b.count == 3, let p = b.baseAddress {
            return p[0] | 0x20 == 0x74 && p[1] | 0x20 == 0x62 && p[2] | 0x20 == 0x63 ? .tbc : nil // tbc
        }
        return parse(b[...])
    }

    /// The byte-level parser behind `init(parsing:)`, used directly by the register reader.
    public static func parse<Bytes: RandomAccessCollection>(_ b: Bytes) -> Month? where Bytes.Element == UInt8, Bytes.Index == Int {
        let s = b.startIndex
        func lower(_ i: Int) -> UInt8 { b[i] | 0x20 }
        func digit(_ i: Int) -> Int? {
            let c = b[i]
            return (c >= 0x30 && c <= 0x39) ? Int(c - 0x30) : nil
        }
        switch b.count {
        case 3:
            if lower(s) == 0x74, lower(s + 1) == 0x62, lower(s + 2) == 0x63 { return .tbc } // tbc
            return nil
        case 6: // Mon-YY
            guard b[s + 3] == 0x2D, let y1 = digit(s + 4), let y2 = digit(s + 5) else { return nil }
            let name = UInt32(lower(s)) << 16 | UInt32(lower(s + 1)) << 8 | UInt32(lower(s + 2))
            guard let index = monthNamesPacked.firstIndex(of: name) else { return nil }
            return Month(year: 2000 + y1 * 10 + y2, month: index + 1)
        case 7: // YYYY-MM
            guard b[s + 4] == 0x2D, let y1 = digit(s), let y2 = digit(s + 1), let y3 = digit(s + 2),
                  let y4 = digit(s + 3), let m1 = digit(s + 5), let m2 = digit(s + 6) else { return nil }
            let month = m1 * 10 + m2
            guard (1...12).contains(month) else { return nil }
            return Month(year: y1 * 1000 + y2 * 100 + y3 * 10 + y4, month: month)
        default:
            return nil
        }
    }

    /// Slot `(packed &* 0x2C4A3699) >> 28` holds month `m`'s packed lower-case name in its
    /// low 24 bits and `m` in its top 8 (0 in the four unused slots).
    @usableFromInline
    static let monthNameSlots: [UInt32] = {
        var slots = [UInt32](repeating: 0, count: 16)
        for (index, name) in monthNamesPacked.enumerated() {
            let slot = Int((name &* 0x2C4A_3699) >> 28)
            precondition(slots[slot] == 0, "month names collide in the hash")
            slots[slot] = UInt32(index + 1) << 24 | name
        }
        return slots
    }()

    /// "jan" … "dec", three lower-case bytes packed into one integer each.
    @usableFromInline
    static let monthNamesPacked: [UInt32] = abbreviations.map { name in
        name.lowercased().utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }
}

extension Month: CustomStringConvertible {
    public var description: String { shortText }
}
