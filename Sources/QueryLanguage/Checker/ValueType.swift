import RegisterModel

/// The types a result cell can have, and what regq's semantics say of each that every back
/// end needs: how a change compares two values, which value is missing, and the natural
/// order. Written once here, as small descriptions that the evaluator and the SQL lowering
/// both switch over (without `default:`), so that the two cannot disagree.
public enum ValueType: Sendable, Equatable, CaseIterable {
    case kind, text, list, month, integer

    public init(_ type: FieldType) {
        switch type {
        case .kind: self = .kind
        case .text: self = .text
        case .list: self = .list
        case .month: self = .month
        }
    }

    var name: String {
        switch self {
        case .kind: "kind"
        case .text: "text"
        case .list: "list of text"
        case .month: "month"
        case .integer: "number"
        }
    }

    var isTextual: Bool { self == .text || self == .list }

    func comparable(with other: ValueType) -> Bool {
        self == other || (isTextual && other.isTextual)
    }
}

// MARK: - Changes

/// How two values of one type compare for `changed` and `diff`.
public enum ChangeEquality: Sendable {
    /// As itself: a kind.
    case itself
    /// By equality key (`equalityKey`), as `=` compares text.
    case equalityKey
    /// As the set of its elements' equality keys: a list, its order and repeats aside.
    case setOfKeys
    /// Exactly, a missing value (TBC, no value) being a value of its own, equal only to
    /// itself.
    case exactWithMissing
}

extension ValueType {
    public var changeEquality: ChangeEquality {
        switch self {
        case .kind: .itself
        case .text: .equalityKey
        case .list: .setOfKeys
        case .month, .integer: .exactWithMissing
        }
    }
}

// MARK: - Missing values

/// The value of a type that counts as missing: `order by` puts it last whatever the
/// direction, as it does no value (which a computed value or an aggregate of any type may
/// have).
public enum MissingValue: Sendable {
    /// None: a kind or a number is always one.
    case none
    /// Empty text.
    case emptyText
    /// A list of no elements.
    case emptyList
    /// A month to be confirmed: a register cell NULL in SQL.
    case tbc
}

extension ValueType {
    public var missing: MissingValue {
        switch self {
        case .kind, .integer: .none
        case .text: .emptyText
        case .list: .emptyList
        case .month: .tbc
        }
    }

    /// Whether the type's missing value is NULL in SQL, so that a NULL of the type is that
    /// value (TBC, which month tests decide on as on any month) rather than no value (which
    /// passes `is empty` only). Only months: empty text and an empty list are values.
    public var missingIsNull: Bool {
        switch missing {
        case .tbc: true
        case .none, .emptyText, .emptyList: false
        }
    }
}

extension Field {
    /// The type of its values.
    public var valueType: ValueType { ValueType(type) }

    /// Whether its cells may be NULL in SQL: only a month's, when TBC.
    public var mayBeNull: Bool { valueType.missingIsNull }
}

// MARK: - Natural order

/// How the values of a type sort in `order by` and group keys (missing values aside).
public enum NaturalOrder: Sendable {
    /// By rank, in the report's order: BP, IF, BRS, GA, TD.
    case kindRank
    /// Ignoring case, then by code point (so that the order is total).
    case textIgnoringCase
    /// Element by element, each as text; a list before the longer ones it starts.
    case elementByElement
    /// By calendar.
    case calendar
    /// By number.
    case numeric
}

extension ValueType {
    public var naturalOrder: NaturalOrder {
        switch self {
        case .kind: .kindRank
        case .text: .textIgnoringCase
        case .list: .elementByElement
        case .month: .calendar
        case .integer: .numeric
        }
    }
}
