/// Where a lookup's band key came from in the new document: block `block`'s own sketch or one
/// of its halves, or the union of block `block - 1` with block `block`.
struct KeyOrigin: Sendable, Hashable {
    var block: Int
    var isUnion: Bool
}

/// The one earlier block that every (key, block) match of a candidate falls in, when there is
/// only one, and where those keys came from in the new document (each once, in block order).
/// One block's keys are correlated (a block's own sketch, its halves and its unions with its
/// neighbours share most slots), so a chance pair of blocks often makes several matches.
struct SoleMatch: Sendable, Hashable {
    var origins: [KeyOrigin]
    /// The earlier block's row id.
    var block: Int64
}

/// Whether the one block pair behind a candidate's sole band-key match shares text, checked
/// before the whole earlier document is read and aligned; when several matches fall in one
/// earlier block, whether any of their pairs does.
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
    ///
    /// Six tenths since session 10: chance pairs that share a half of the smaller side grow
    /// with the index too (short paragraphs built of common phrases). On the generated
    /// 100,000-document corpus 214,000 sole candidates passed with 0.5 to 0.8 of the smaller
    /// side shared, and 1,200 of them linked anything; those at 0.5 to 0.6 were 133,000
    /// alignments (nearly half of the 280,000 made on that corpus) for 263 links. At 0.6 the alignments a lookup
    /// fall from 2.8 to 1.5 and the documents read from SQLite from 2.2 to 1.2; precision
    /// and recall rise at 10,000 and 100,000 documents and are unchanged at 1,000 on both
    /// corpora. At 0.7 the dedup corpus (1,000 documents) loses a reprinted block.
    static let share = 0.6

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
    ///
    /// The two blocks of a union are merged, not concatenated and sorted: each block's values
    /// are ascending and distinct, and the sort was most of a check's cost (the checks grow
    /// with the index: 3.8 a lookup at 10,000 documents, 0.7 at 1,000).
    static func newValues(of origin: KeyOrigin, in query: AlignmentQuery) -> [UInt32] {
        let cap = query.boilerplateCap
        let own = query.range(of: origin.block)
        let previous = origin.isUnion && origin.block > 0 ? query.range(of: origin.block - 1) : own.upperBound..<own.upperBound
        var result: [UInt32] = []
        result.reserveCapacity(own.count + previous.count)
        query.values.withUnsafeBufferPointer { values in
        query.newHolders.withUnsafeBufferPointer { holders in
            var a = previous.lowerBound
            var b = own.lowerBound
            while a < previous.upperBound || b < own.upperBound {
                let f: Int
                if b == own.upperBound || (a < previous.upperBound && values[a] <= values[b]) {
                    // A value in both blocks is taken once (its holder count is the same).
                    if b < own.upperBound && values[a] == values[b] { b += 1 }
                    f = a
                    a += 1
                } else {
                    f = b
                    b += 1
                }
                if Int(holders[f]) <= cap { result.append(values[f]) }
            }
        }
        }
        return result
    }
}
