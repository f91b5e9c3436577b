/// The per-value terms of `SectionAligner.couldAlign`'s bound, which depend on the new document
/// alone: computed once per lookup instead of once per candidate (two divisions and a sample
/// test per value, for the dozen candidates of a lookup).
///
/// The bound sums, per long block, the weights of the values the earlier document's filter
/// passes and of those it rules out. Most values of a chance candidate are ruled out, so the
/// ruled-out sums are taken as each block's total less what passes: a candidate's loop reads
/// a value and one filter word, and the weights only of the few values that pass (it read a
/// boilerplate flag, a sample flag and two weights for every value, a tenth of a lookup on
/// pages of 30 KB).
struct AlignmentBounds: Sendable {
    /// The new document's long blocks, the only ones the bound looks at.
    let longBlocks: [Int]
    /// A value's weights; all 0 for boilerplate of the new document, which the bound skips,
    /// and the sampled pair 0 for a value outside the sample.
    struct Terms: Sendable {
        /// Held by n new blocks: 1 / n if the earlier document may hold it (a shared value is
        /// held by at least n + 1 blocks), else 1 / max(1, n - 1).
        var shared: Double
        var unshared: Double
        var sampledShared: Double
        var sampledUnshared: Double
    }
    /// Per flat value.
    let terms: [Terms]
    /// Per block: the unshared weights of all its counted values, and of those in the sample.
    let totalUnshared: [Double]
    let sampledTotalUnshared: [Double]

    init(_ query: AlignmentQuery, fingerprinter: Fingerprinter) {
        longBlocks = query.blocks.indices.filter { query.blocks[$0].isLong }
        let count = query.values.count
        // Every element is written below.
        var terms = uninitializedArray(of: Terms.self, count: count)
        var totalUnshared = [Double](repeating: 0, count: query.blocks.count)
        var sampledTotalUnshared = [Double](repeating: 0, count: query.blocks.count)
        // A value held by n blocks: a table of the few weights instead of two divisions each.
        let reciprocals = (0...max(1, query.blocks.count)).map { 1 / Double(max(1, $0)) }
        // `Fingerprinter.inSample` with the rule read once: converted and
        // checked for every value, with the reciprocals' checked subscripts, it was more than
        // half of this loop's instructions.
        let sample = fingerprinter.sample
        // Raw buffers: the per-value loop checked bounds and uniqueness on every element.
        terms.withUnsafeMutableBufferPointer { terms in
        query.newHolders.withUnsafeBufferPointer { newHolders in
        query.values.withUnsafeBufferPointer { values in
        reciprocals.withUnsafeBufferPointer { reciprocals in
            let cap = query.boilerplateCap
            for block in query.blocks.indices {
                var unshared = 0.0
                var sampledUnshared = 0.0
                for f in query.range(of: block) {
                    // At least 1 (the block itself), at most the block count.
                    let holders = Int(truncatingIfNeeded: newHolders[f])
                    guard holders <= cap else {
                        terms[f] = Terms(shared: 0, unshared: 0, sampledShared: 0, sampledUnshared: 0)
                        continue
                    }
                    let shared = reciprocals[holders]
                    let other = reciprocals[holders &- 1]
                    let sampled = sample.keeps(values[f])
                    terms[f] = Terms(shared: shared, unshared: other, sampledShared: sampled ? shared : 0, sampledUnshared: sampled ? other : 0)
                    unshared += other
                    sampledUnshared += sampled ? other : 0
                }
                totalUnshared[block] = unshared
                sampledTotalUnshared[block] = sampledUnshared
            }
        }
        }
        }
        }
        self.terms = terms
        self.totalUnshared = totalUnshared
        self.sampledTotalUnshared = sampledTotalUnshared
    }
}
