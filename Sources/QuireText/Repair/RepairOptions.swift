/// The few matters of taste in repair, set from `Config/`.
public struct RepairOptions: Sendable, Hashable, Codable {
    /// How CJK text meets Latin letters and digits.
    public enum CJKLatinSpacing: String, Sendable, Hashable, Codable, CaseIterable {
        /// Chinese official style: no space (`联合国2030年`, `第27次缔约方会议（COP27）`).
        case none
        /// One space between CJK and Latin words (digits still close up: `2022年`).
        case space
        /// Leave whatever spacing the source had.
        case keep
    }

    public var cjkLatinSpacing: CJKLatinSpacing
    /// Convert half-width punctuation inside Chinese prose to full width.
    public var fullWidthPunctuation: Bool
    /// Latin words seen in earlier documents (lower-cased; hyphenated compounds such as
    /// `well-known` included with their hyphen), used as evidence when deciding whether a
    /// line-end hyphen splits a word. Filled by the caller; empty is fine.
    /// `Vocabulary.collect(from:)` gathers them from a repaired document.
    public var knownVocabulary: Set<String>

    public init(cjkLatinSpacing: CJKLatinSpacing = .none, fullWidthPunctuation: Bool = true, knownVocabulary: Set<String> = []) {
        self.cjkLatinSpacing = cjkLatinSpacing
        self.fullWidthPunctuation = fullWidthPunctuation
        self.knownVocabulary = knownVocabulary
    }

    public static let `default` = RepairOptions()
}
