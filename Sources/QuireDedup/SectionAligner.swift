/// One block of the new document found in an earlier one.
struct AlignedBlock: Sendable, Hashable {
    /// Index into the new document's fingerprints.
    var block: Int
    /// Indices into the earlier document's stored blocks, ascending.
    var counterparts: [Int]
    /// Share of the block's shingles found in those counterparts.
    var coverage: Double
    /// A cautious estimate of that share: when it was measured on a sample of shingles, one
    /// standard error below it, so a block compared on ten sampled shingles must show more
    /// than one compared on a hundred; otherwise the share itself.
    var confidentCoverage: Double
}

/// A run of aligned blocks that follows the earlier document in order.
struct AlignedSection: Sendable, Hashable {
    /// Fingerprint indices of the new document, first to last (inclusive).
    var blocks: ClosedRange<Int>
    /// Stored-block indices of the earlier document, first to last (inclusive).
    var counterparts: ClosedRange<Int>
    var similarity: Double
}

/// Aligns a new document with one earlier document, block against block, by shared
/// shingles, and groups the aligned blocks into sections.
///
/// The comparison is by containment, not by block-to-block Jaccard similarity: a block is a
/// duplicate when most of its shingles occur in a few earlier blocks, whether the earlier
/// source printed it as one paragraph, two, or as half of a longer one. Shingles frequent in
/// either document (openings like `各代表团团长注意到`) cannot make two blocks counterparts;
/// once counterparts are chosen on distinctive text, the block's whole text must be found in
/// them, so a paragraph that shares only formulae and a few names is not a duplicate.
struct SectionAligner {
    let fingerprinter: Fingerprinter
    /// The new document, prepared once for all its candidates.
    let query: AlignmentQuery
    var configuration: DedupConfiguration { fingerprinter.configuration }

    /// Smallest number of shared (non-boilerplate) shingles that can link two blocks.
    static let minimumShared = 2
    /// Share of the smaller block's shingles a pair must share to count as counterparts.
    static let counterpartShare = 0.25
    /// Share of a neighbouring earlier block that must lie in the new block for it to count
    /// as a piece of it (the other source split the paragraph there).
    static let pieceShare = 0.6
    /// How far apart (in earlier-document blocks) two aligned blocks may be within a section.
    static let maximumGap = 3

    /// What `couldAlign` adds up per value, the same for every candidate.
    let bounds: AlignmentBounds

    init(fingerprinter: Fingerprinter, new: [BlockFingerprint]) {
        self.init(fingerprinter: fingerprinter, query: AlignmentQuery(new, boilerplateShare: fingerprinter.configuration.boilerplateShare))
    }

    /// An aligner for a query already made (with `fingerprinter`'s boilerplate share).
    init(fingerprinter: Fingerprinter, query: AlignmentQuery) {
        self.fingerprinter = fingerprinter
        self.query = query
        self.bounds = AlignmentBounds(query, fingerprinter: fingerprinter)
    }

    func align(with old: [StoredBlock], excluding claimed: Set<Int> = []) -> (blocks: [AlignedBlock], sections: [AlignedSection]) {
        align(with: PreparedDocument(old), excluding: claimed)
    }

    func align(with prepared: PreparedDocument, excluding claimed: Set<Int> = []) -> (blocks: [AlignedBlock], sections: [AlignedSection]) {
        let new = query.blocks
        let old = prepared.blocks
        guard !new.isEmpty, !old.isEmpty else { return ([], []) }
        // Only the long blocks the bound leaves in can be accepted on their own coverage (a
        // heading's bar is higher still); their neighbours are reached from them.
        let plausible = plausibleBlocks(with: prepared, excluding: claimed)
        guard !plausible.isEmpty else { return ([], []) }
        var tables = CandidateTables(query: query, old: prepared, boilerplateShare: configuration.boilerplateShare)
        var counts = SharedCounts(oldCount: old.count, sampled: prepared.sampled)
        func candidate(_ i: Int, within window: ClosedRange<Int>?) -> AlignedBlock? {
            tables.prepare(i, query: query)
            return alignBlock(i, tables: tables, counts: &counts, within: window)
        }
        let blocks = Self.accept(
            new, oldCount: old.count, excluding: claimed, configuration: configuration, trying: plausible, candidate: candidate)
        return (blocks, sections(blocks, new: new, old: old))
    }

    /// False when no long block can reach the containment threshold against `prepared`, so
    /// that aligning would accept nothing (blocks are only accepted next to a long one).
    ///
    /// Most candidates of a large index share one band key by chance; this rules them out
    /// from the new document's own counts and the earlier document's value filter, without
    /// the merge. It never rules out a candidate alignment would accept from: a block's
    /// coverage is W_S / (W_U + W_S), where W_U, the weight of its values the earlier document
    /// lacks, is at least the sum of 1 / max(1, n - 1) over those the filter rules out (n: the
    /// new blocks holding the value; boilerplate weighs 0 and is left out), and W_S, the
    /// weight of the others, is at most the sum of 1 / n over them (a shared value is held by
    /// at least n + 1 blocks). The bound is taken over all values and, when the earlier
    /// document stores any block sampled, over the sample alone, since coverage is measured
    /// in one or the other; the confident coverage is below it.
    func couldAlign(with prepared: PreparedDocument, excluding claimed: Set<Int>) -> Bool {
        !plausibleBlocks(with: prepared, excluding: claimed).isEmpty
    }

    /// The unclaimed long blocks that pass `couldAlign`'s bound against `prepared`, ascending:
    /// the only ones alignment can accept on their own coverage. A page of many articles
    /// shares one or two with a candidate page; aligning every block of it against every
    /// candidate made the cost per byte grow with the page size.
    func plausibleBlocks(with prepared: PreparedDocument, excluding claimed: Set<Int>) -> [Int] {
        // A hair of slack for the order in which the aligner sums the same weights.
        let threshold = configuration.containment - 1e-9
        // Coverage is measured on the sample only against sampled counterparts.
        let sampleBound = prepared.anySampled
        let shift = prepared.filterShift
        var plausible: [Int] = []
        bounds.terms.withUnsafeBufferPointer { terms in
        query.values.withUnsafeBufferPointer { values in
        prepared.filter.withUnsafeBufferPointer { filter in
        // The claimed blocks as flags: a set hashes every block asked about, and the blocks a
        // lookup's first candidates claim are asked about for all the others (100,000 asks on
        // 95 pages of 30 KB, a sixth of this bound's cost).
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: query.blocks.count) { isClaimed in
            isClaimed.initialize(repeating: false)
            for i in claimed where isClaimed.indices.contains(i) { isClaimed[i] = true }
            for i in bounds.longBlocks where !isClaimed[i] {
                var shared = 0.0
                var sampledShared = 0.0
                // The unshared weights of the values that pass, taken off the block's total.
                var passing = 0.0
                var sampledPassing = 0.0
                for f in query.range(of: i) where PreparedDocument.mayHold(values[f], filter: filter, shift: shift) {
                    let term = terms[f]
                    shared += term.shared
                    passing += term.unshared
                    sampledShared += term.sampledShared
                    sampledPassing += term.sampledUnshared
                }
                let unshared = bounds.totalUnshared[i] - passing
                let sampledUnshared = bounds.sampledTotalUnshared[i] - sampledPassing
                if (shared > 0 && shared >= threshold * (shared + unshared))
                    || (sampleBound && sampledShared > 0 && sampledShared >= threshold * (sampledShared + sampledUnshared)) {
                    plausible.append(i)
                }
            }
        }
        }
        }
        }
        return plausible
    }

    /// Which blocks are duplicates, given how each aligns (`candidate(i, window)`): long blocks
    /// on their own coverage, then, outwards from them, their neighbours. `trying`, when given,
    /// lists (ascending) the only long blocks that could reach their bar; the others are not
    /// aligned on their own.
    static func accept(
        _ new: [BlockFingerprint], oldCount: Int, excluding claimed: Set<Int>, configuration: DedupConfiguration,
        trying plausible: [Int]? = nil, candidate: (Int, ClosedRange<Int>?) -> AlignedBlock?
    ) -> [AlignedBlock] {
        var accepted: [Int: AlignedBlock] = [:]
        for i in plausible ?? Array(new.indices) where !claimed.contains(i) && new[i].isLong {
            // A title or heading must be nearly the same text to link on its own: titles written
            // from one template (`The council criticised … reconstruction`) share most shingles.
            let bar = new[i].isHeading ? max(configuration.containment, 0.8) : configuration.containment
            if let aligned = candidate(i, nil), aligned.confidentCoverage >= bar { accepted[i] = aligned }
        }
        // A block next to an accepted one is compared with that one's counterparts and their
        // neighbours only, and needs less: the section vouches for it. This keeps inside
        // their section a short paragraph with one misread character, or a fragment that is
        // mostly formula, without letting either link anywhere else. Anchors are visited in
        // block order, so a block between two of them is decided the same way every run.
        var frontier = accepted.keys.sorted()
        while let anchorIndex = frontier.popLast() {
            let anchor = accepted[anchorIndex]!
            let window = max(0, anchor.counterparts.first! - 1)...min(oldCount - 1, anchor.counterparts.last! + 1)
            for i in [anchorIndex - 1, anchorIndex + 1] where new.indices.contains(i) && accepted[i] == nil && !claimed.contains(i) {
                guard let aligned = candidate(i, window) else { continue }
                // A heading next to a reprinted paragraph needs to be nearly the same heading:
                // the section does not vouch for it (titles of unrelated texts share templates).
                let bar = new[i].isHeading ? max(configuration.containment, 0.8) : (new[i].isLong ? configuration.containment / 2 : 0.6)
                if aligned.confidentCoverage >= bar {
                    accepted[i] = aligned
                    frontier.append(i)
                }
            }
        }
        return accepted.values.sorted { $0.block < $1.block }
    }

    /// Per earlier block, how many of the new block's values it holds; reset after each block.
    struct SharedCounts {
        var count: [Int32]
        var touched: [Int] = []
        let sampled: [Bool]

        init(oldCount: Int, sampled: [Bool]) {
            count = [Int32](repeating: 0, count: oldCount)
            self.sampled = sampled
        }

        mutating func reset() {
            for j in touched { count[j] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
    }

    private func alignBlock(_ i: Int, tables: CandidateTables, counts: inout SharedCounts, within window: ClosedRange<Int>?) -> AlignedBlock? {
        defer { counts.reset() }
        let flat = query.range(of: i)
        var full = 0
        var sample = 0
        let lowest = window?.lowerBound ?? 0
        let highest = window?.upperBound ?? Int.max
        // Raw buffers: the per-entry loop checked bounds, exclusive access and the count
        // array's uniqueness on every holder. The touched list is moved out meanwhile.
        var touched: [Int] = []
        swap(&touched, &counts.touched)
        let sampledFlagsIn = counts.sampled
        tables.isBoilerplate.withUnsafeBufferPointer { isBoilerplate in
        query.values.withUnsafeBufferPointer { values in
        tables.holderStart.withUnsafeBufferPointer { holderStart in
        tables.holderCount.withUnsafeBufferPointer { holderCount in
        tables.old.withUnsafeBufferPointer { old in
        sampledFlagsIn.withUnsafeBufferPointer { sampledFlags in
        counts.count.withUnsafeMutableBufferPointer { count in
            for f in flat where !isBoilerplate[f] {
                let sampled = fingerprinter.inSample(values[f])
                full += 1
                if sampled { sample += 1 }
                let start = Int(holderStart[f])
                for entry in start..<(start + Int(holderCount[f])) {
                    let j = Int(truncatingIfNeeded: old[entry] & 0xFFFF_FFFF)
                    guard (sampled || !sampledFlags[j]) && j >= lowest && j <= highest else { continue }
                    if count[j] == 0 { touched.append(j) }
                    count[j] += 1
                }
            }
        }
        }
        }
        }
        }
        }
        }
        swap(&touched, &counts.touched)
        let sampledFlags = counts.sampled
        let shared = counts.count
        let oldSize = tables.oldSize
        let oldCount = shared.count
        // The best-matching earlier block and its qualifying neighbours: the pieces of one
        // paragraph that the other source split are adjacent, a formula shared with a block
        // elsewhere is not.
        func qualifies(_ j: Int) -> Bool {
            guard j >= 0, j < oldCount, shared[j] >= Self.minimumShared else { return false }
            let own = sampledFlags[j] ? sample : full
            return Double(shared[j]) >= Self.counterpartShare * Double(min(own, oldSize[j]))
        }
        // Best by the share of this block found there: raw counts are not comparable between
        // a sampled and a fully stored block. Ties go to the earlier block.
        func score(_ j: Int) -> Double {
            Double(shared[j]) / Double(max(1, sampledFlags[j] ? sample : full))
        }
        var bestBlock: Int?
        var bestScore = -Double.infinity
        for j in counts.touched {
            let s = score(j)
            if s > bestScore || (s == bestScore && j < bestBlock!) {
                bestScore = s
                bestBlock = j
            }
        }
        guard let best = bestBlock, qualifies(best) else { return nil }
        // A neighbour joins only as a piece of this block: mostly contained in it.
        func isPiece(_ j: Int) -> Bool {
            guard qualifies(j), oldSize[j] > 0 else { return false }
            let share = Double(shared[j]) / Double(oldSize[j])
            return (sampledFlags[j] ? Self.wilsonLowerBound(share, trials: oldSize[j]) : share) >= Self.pieceShare
        }
        var low = best
        var high = best
        while isPiece(low - 1) { low -= 1 }
        while isPiece(high + 1) { high += 1 }
        // Coverage over the union of the counterparts, in the sampled space if any is sampled,
        // over all shingles but each weighted by its rarity in the two documents: formulae
        // neither choose counterparts nor vouch for a block, its own text must be found.
        let anySampled = sampledFlags[low...high].contains(true)
        var covered = 0.0
        var total = 0.0
        var compared = 0
        for f in flat {
            if anySampled && !fingerprinter.inSample(query.values[f]) { continue }
            let weight = tables.weight[f]
            total += weight
            compared += 1
            for entry in tables.holders(of: f) {
                let j = tables.holder(entry)
                if j > high { break }
                if j >= low {
                    covered += weight
                    break
                }
            }
        }
        guard total > 0 else { return nil }
        let coverage = covered / total
        return AlignedBlock(
            block: i, counterparts: Array(low...high), coverage: coverage,
            confidentCoverage: anySampled ? Self.wilsonLowerBound(coverage, trials: compared) : coverage)
    }

    func sections(_ aligned: [AlignedBlock], new: [BlockFingerprint], old: [StoredBlock]) -> [AlignedSection] {
        var result: [AlignedSection] = []
        var runStart: AlignedBlock?
        var previous: AlignedBlock?
        var low = 0
        var high = 0
        func close() {
            guard let first = runStart, let last = previous else { return }
            result.append(AlignedSection(
                blocks: first.block...last.block, counterparts: low...high,
                similarity: similarity(new[first.block...last.block], old[low...high])))
        }
        for block in aligned {
            let lo = block.counterparts.first!
            let hi = block.counterparts.last!
            if let last = previous, block.block == last.block + 1, lo >= high - 1, lo <= high + Self.maximumGap {
                high = max(high, hi)
            } else {
                close()
                runStart = block
                low = lo
                high = hi
            }
            previous = block
        }
        close()
        return result
    }

    /// Lower bound of the Wilson score interval at one standard error.
    static func wilsonLowerBound(_ p: Double, trials: Int) -> Double {
        guard trials > 0 else { return 0 }
        let n = Double(trials)
        let z = 1.0
        let centre = p + z * z / (2 * n)
        let margin = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
        return (centre - margin) / (1 + z * z / n)
    }

    /// Jaccard similarity of the two spans' shingle sets, in the sampled space when the
    /// earlier span was stored sampled.
    private func similarity(_ new: ArraySlice<BlockFingerprint>, _ old: ArraySlice<StoredBlock>) -> Double {
        let sampled = old.contains { $0.sampled }
        let a = SortedValues.union(new.lazy.map(\.values)) { !sampled || fingerprinter.inSample($0) }
        let b = SortedValues.union(old.lazy.map(\.values)) { !sampled || fingerprinter.inSample($0) }
        let shared = SortedValues.intersectionCount(a, b)
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
