import QuireText

/// How duplicates are found. The defaults suit Chinese newspaper and government text with a
/// few percent of OCR differences; every field is exposed in `quire.toml`'s `[dedup]` table.
///
/// Fields marked *index-shaping* decide what the index stores; an index built with other
/// values is refused (`DedupError.incompatibleIndex`) until `quire index rebuild` is run.
public struct DedupConfiguration: Sendable, Hashable {
    /// What to do with an input whose bytes were already processed under another name.
    public enum ExactDuplicatePolicy: String, Sendable, Hashable, CaseIterable { case skip, link }

    /// Characters per shingle for CJK text (*index-shaping*). Five characters make unrelated
    /// Chinese sentences share almost no shingles, while one OCR error spoils only five.
    public var cjkShingleSize: Int = 5
    /// How non-CJK text is shingled (*index-shaping*).
    public var latinShingleUnit: LatinShingleUnit = .characters
    /// Units (characters or words) per shingle for non-CJK text (*index-shaping*).
    public var latinShingleSize: Int = 5
    /// MinHash signature length (*index-shaping*): more slots, finer similarity estimates.
    public var hashCount: Int = 128
    /// The Jaccard similarity at which the LSH bands are tuned (*index-shaping*): pairs of
    /// blocks above it are found with high probability, pairs well below it rarely looked at.
    public var threshold: Double = 0.5
    /// The share of a block's shingles that its counterparts must contain for it to be
    /// marked as a duplicate. Containment rather than Jaccard, so that a block which the
    /// other source split in two still counts as repeated.
    public var containment: Double = 0.5
    /// Blocks with fewer shingles (roughly: CJK characters minus four) are not looked up on
    /// their own; they are linked only inside or at the edge of a duplicated section, where
    /// their neighbours vouch for them. Short lines are too often formulaic to stand alone.
    public var minimumShingles: Int = 8
    /// The block kinds that take part. Signatures, dates and datelines repeat across
    /// unrelated texts by nature (`中华人民共和国国务院总理`), so by default they do not.
    public var linkedKinds: Set<BlockKind> = [.title, .heading, .paragraph, .item]
    /// A shingle found in more than this share of one document's blocks (and in more than
    /// four of them) is boilerplate for that comparison (`各代表团团长注意到…`) and ignored.
    public var boilerplateShare: Double = 0.2
    /// An LSH bucket stops growing at this many blocks: the first ones recorded (the
    /// originals) stay findable, and a lookup's cost stays independent of the index size
    /// even for a formula printed in every document.
    public var maximumBucketSize: Int = 500
    /// How many earlier documents, by number of matching blocks, are aligned in detail.
    public var maximumCandidateDocuments: Int = 16
    /// Long blocks store one in this many of their shingles (*index-shaping*): containment
    /// is estimated without bias from the sample, and the index stays small.
    public var shingleSampling: Int = 4
    /// Blocks with at most this many shingles store them all (*index-shaping*).
    public var fullShingleLimit: Int = 64
    public var exactDuplicates: ExactDuplicatePolicy = .skip

    public init() {}

    var shingler: Shingler { Shingler(cjkSize: cjkShingleSize, latinUnit: latinShingleUnit, latinSize: latinShingleSize) }
}
