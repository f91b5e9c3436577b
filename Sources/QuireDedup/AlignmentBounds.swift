/// The per-value terms of `SectionAligner.couldAlign`'s bound, which depend on the new document
/// alone: computed once per lookup instead of once per candidate (two divisions and a sample
/// test per value, for the dozen candidates of a lookup).
struct AlignmentBounds: Sendable {
    /// The new document's long blocks, the only ones the bound looks at.
    let longBlocks: [Int]
    /// Per flat value: false for boilerplate of the new document, which the bound skips.
    let counted: [Bool]
    /// Per flat value held by n new blocks: 1 / n if the earlier document may hold it, else
    /// 1 / max(1, n - 1).
    let sharedWeight: [Double]
    let unsharedWeight: [Double]
    let inSample: [Bool]

    init(_ query: AlignmentQuery, fingerprinter: Fingerprinter) {
        longBlocks = query.blocks.indices.filter { query.blocks[$0].isLong }
        let count = query.values.count
        // Every element is written below.
        var counted = uninitializedArray(of: Bool.self, count: count)
        var sharedWeight = uninitializedArray(of: Double.self, count: count)
        var unsharedWeight = uninitializedArray(of: Double.self, count: count)
        var inSample = uninitializedArray(of: Bool.self, count: count)
        // A value held by n blocks: a table of the few weights instead of two divisions each.
        let reciprocals = (0...max(1, query.blocks.count)).map { 1 / Double(max(1, $0)) }
        for f in 0..<count {
            let holders = Int(query.newHolders[f])
            counted[f] = holders <= query.boilerplateCap
            sharedWeight[f] = reciprocals[holders]
            unsharedWeight[f] = reciprocals[holders - 1]
            inSample[f] = fingerprinter.inSample(query.values[f])
        }
        self.counted = counted
        self.sharedWeight = sharedWeight
        self.unsharedWeight = unsharedWeight
        self.inSample = inSample
    }
}
