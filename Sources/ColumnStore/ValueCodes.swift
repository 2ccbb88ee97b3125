/// Dense codes for byte strings, equal bytes always one code, however many there are:
/// the keys that must compare across registers, whose own dictionaries code values
/// independently (history pairing gives each name and each set of references one code
/// across every report).
public struct ValueCodes: Sendable {
    private var interner: ByteInterner

    /// `capacity`: about how many distinct values to expect, of about `bytesEach` bytes.
    public init(capacity: Int = 64, bytesEach: Int = 16) {
        interner = ByteInterner(capacity: capacity, always: true)
        interner.reserve(values: capacity, bytesEach: bytesEach)
    }

    /// How many distinct values have codes.
    public var count: Int { interner.count }

    /// The code of `bytes`: the one it was given before, or the next.
    public mutating func code(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 { interner.intern(bytes) }
}
