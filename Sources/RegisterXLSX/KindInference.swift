import RegisterModel

/// The kind of artefact a sheet without a kind column holds, found as a person would
/// find it: from a reference's prefix (`MHHSP-BP012` a process map, `MHHSP-IF-004` an
/// interface, `MHHSP-BRS001`/`MHHSP-BPD001` requirements), else from words of the sheet's
/// name or title (`Interface Specifications`, `Technical Design Artefacts`).
enum KindInference {
    static func kind(reference: String) -> Kind? {
        let upper = reference.uppercased()
        if upper.contains("-IF-") { return .interfaceSpecification }
        if upper.contains("-BRS") || upper.contains("-BPD") { return .businessRequirements }
        if upper.contains("-BP") { return .businessProcess }
        return nil
    }

    /// A reference cell's bytes (one reference or several).
    static func kind(reference bytes: UnsafeBufferPointer<UInt8>) -> Kind? {
        bytes.isEmpty ? nil : kind(reference: String(decoding: bytes, as: UTF8.self))
    }

    /// In the order that keeps `business process description` from being a process map.
    private static let titleWords: [(words: [String], kind: Kind)] = [
        (["technical design"], .technicalDesign),
        (["interface"], .interfaceSpecification),
        (["business requirement", "process description"], .businessRequirements),
        (["business process"], .businessProcess),
        (["global"], .globalArtefact),
    ]

    static func kind(title: String) -> Kind? {
        let lower = title.lowercased()
        return titleWords.first { entry in entry.words.contains { lower.contains($0) } }?.kind
    }

    /// A kind cell: a code (`IF`) or a kind's words (`Interface Specification`).
    static func kind(cell: String) -> Kind? {
        Kind(code: cell) ?? kind(title: cell)
    }
}
