/// Duplicate information the TEI writer renders. It lives here, in the neutral model, so that
/// the TEI layer does not depend on how duplicates are found.

/// A pointer to a block of another document's TEI.
public struct CrossReference: Sendable, Hashable, Codable {
    /// The other document's TEI file name, e.g. `000_b1dedeb09271b6b9.tei.xml`.
    public var document: String
    /// The `xml:id` of the counterpart block there.
    public var blockID: String

    public init(document: String, blockID: String) {
        self.document = document
        self.blockID = blockID
    }

    /// The URI form used in `@corresp`: `document#blockID`.
    public var uri: String { "\(document)#\(blockID)" }
}

/// A run of consecutive blocks that repeats a run of another (earlier) document.
public struct DuplicateSection: Sendable, Hashable, Codable {
    /// `xml:id`s of the blocks in this document, in order.
    public var blockIDs: [String]
    /// The earlier document's TEI file name.
    public var counterpart: String
    /// `xml:id`s of the matching blocks in the earlier document, in order.
    public var counterpartBlockIDs: [String]
    /// Estimated Jaccard similarity of the two spans' shingle sets, 0...1.
    public var similarity: Double

    public init(blockIDs: [String], counterpart: String, counterpartBlockIDs: [String], similarity: Double) {
        self.blockIDs = blockIDs
        self.counterpart = counterpart
        self.counterpartBlockIDs = counterpartBlockIDs
        self.similarity = similarity
    }
}

/// Everything the duplicate stage says about one document.
public struct DuplicateReport: Sendable, Hashable, Codable {
    /// Block `xml:id` -> the counterpart blocks it repeats.
    public var links: [String: [CrossReference]]
    /// The duplicated sections, in document order.
    public var sections: [DuplicateSection]
    /// Set when the whole input is byte-identical to an earlier one (its TEI file name).
    public var exactDuplicateOf: String?

    public init(links: [String: [CrossReference]] = [:], sections: [DuplicateSection] = [], exactDuplicateOf: String? = nil) {
        self.links = links
        self.sections = sections
        self.exactDuplicateOf = exactDuplicateOf
    }

    public static let none = DuplicateReport()
}
