/// The repairs Quire makes, each counted so that the TEI header can say what was changed.
public enum RepairKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Two source lines were joined into one block (a column or page wrap).
    case lineJoin = "line-join"
    /// A space between two CJK characters of a letter-spaced run was removed.
    case letterspacing = "letterspacing"
    /// A space between CJK text and digits (or Latin) was removed.
    case cjkSpacing = "cjk-spacing"
    /// Half-width punctuation inside Chinese prose became full-width.
    case punctuationWidth = "punctuation-width"
    /// A line-end hyphen that split a word was removed.
    case dehyphenation = "dehyphenation"
    /// A soft hyphen (U+00AD) was removed.
    case softHyphen = "soft-hyphen"
    /// A Latin ligature (ﬁ ﬂ ...) was expanded.
    case ligature = "ligature"
    /// A letter-spaced Latin word (`N O T I C E`) was closed up.
    case latinLetterspacing = "latin-letterspacing"
    /// Runs of spaces inside a line were collapsed, or leading/trailing space trimmed.
    case whitespace = "whitespace"
    /// A character that XML 1.0 forbids (U+0000, U+000C, U+FFFE ...) was dropped.
    case forbiddenCharacter = "forbidden-character"
    /// A line of page furniture (a page number, a running header) was set apart from the text.
    case pageFurniture = "page-furniture"
    /// Full-width Latin letters or digits (`２０２２`) were made half-width.
    case characterWidth = "character-width"

    public static func < (lhs: RepairKind, rhs: RepairKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Counts of repairs by kind. Value type: every stage adds its own counts.
public struct RepairLog: Sendable, Hashable, Codable {
    public private(set) var counts: [RepairKind: Int] = [:]

    public init() {}

    public mutating func record(_ kind: RepairKind, count: Int = 1) {
        guard count > 0 else { return }
        counts[kind, default: 0] += count
    }

    public mutating func merge(_ other: RepairLog) {
        for (kind, count) in other.counts { record(kind, count: count) }
    }

    public subscript(kind: RepairKind) -> Int { counts[kind] ?? 0 }

    /// The non-zero counts in a fixed order, so output is reproducible.
    public var entries: [(kind: RepairKind, count: Int)] {
        counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public var total: Int { counts.values.reduce(0, +) }
}
