/// Where a lookup's band key came from in the new document: block `block`'s own sketch or one
/// of its halves, or the union of block `block - 1` with block `block`.
struct KeyOrigin: Sendable, Hashable {
    var block: Int
    var isUnion: Bool
}

/// The one (key, block) match that made an earlier document a candidate, when there is only one.
struct SoleMatch: Sendable, Hashable {
    var origin: KeyOrigin
    /// The earlier block's row id.
    var block: Int64
}

/// Whether the one block pair behind a candidate's sole band-key match shares text, checked
/// before the whole earlier document is read and aligned.
///
/// In a large index most candidates share a single band key with the new document by chance
/// (a formula opening, a skewed Latin vocabulary, the correlated slots of a sparse sketch):
/// on the 10,000-document corpus 26,000 of 33,000 alignments came from one key and 46 of them
/// found anything. A reprint shares its text with the block its key came from, so the pair
/// must share at least `SectionAligner.minimumShared` values and `share` of the smaller side
/// before the document is read and aligned. Unlike `SectionAligner.couldAlign` this is a
/// heuristic, not a bound: a document whose chance key sits on an unrelated pair while another
/// pair matches without a shared key is no longer aligned. The new document's boilerplate is
/// left out, as the aligner leaves it out; the earlier document's is not known without reading
/// it, and is counted.
enum SoleMatchCheck {
    /// The share of the smaller side a sole pair must share. The aligner's counterpart share
    /// (a quarter) let through pairs that share a formula or a few names, and their number
    /// grows with the index: on the generated 10,000-document corpus 22,200 sole candidates
    /// passed it and 95 linked anything (2.2 documents read and checked per lookup, 0.4 at
    /// 1,000 documents). A reprint's pair, or an earlier source's half or union of it, shares
    /// most of the smaller side; at a half, 4,400 pass, 66 link, and precision and recall rise
    /// on both corpora at 10,000 documents (fewer chance links), unchanged at 1,000.
    static let share = 0.5

    /// `new` holds the new side's sorted distinct values (`newValues(of:in:)`); `old` is the
    /// earlier block.
    static func sharesText(_ new: [UInt32], with old: StoredBlock, fingerprinter: Fingerprinter) -> Bool {
        var own = 0
        var shared = 0
        var j = 0
        let oldValues = old.values
        for value in new where !old.sampled || fingerprinter.inSample(value) {
            own += 1
            while j < oldValues.count && oldValues[j] < value { j += 1 }
            if j < oldValues.count && oldValues[j] == value { shared += 1 }
        }
        return shared >= SectionAligner.minimumShared
            && Double(shared) >= share * Double(min(own, oldValues.count))
    }

    /// The new side of `origin`'s pair: one block's values, or the sorted union of two blocks',
    /// without the new document's boilerplate (values in more of its blocks than the aligner's
    /// cap), which the aligner ignores too: formula openings do not vouch for a pair.
    static func newValues(of origin: KeyOrigin, in query: AlignmentQuery) -> [UInt32] {
        func distinctive(_ block: Int) -> [UInt32] {
            query.range(of: block).filter { Int(query.newHolders[$0]) <= query.boilerplateCap }.map { query.values[$0] }
        }
        let values = distinctive(origin.block)
        guard origin.isUnion, origin.block > 0 else { return values }
        return sortedDistinct((distinctive(origin.block - 1) + values).sorted())
    }
}
