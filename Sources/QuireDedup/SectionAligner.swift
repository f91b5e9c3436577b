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

    func align(_ new: [BlockFingerprint], with old: [StoredBlock], excluding claimed: Set<Int> = []) -> (blocks: [AlignedBlock], sections: [AlignedSection]) {
        guard !new.isEmpty, !old.isEmpty else { return ([], []) }
        let frequency = ShingleFrequency(new: new, old: old, share: configuration.boilerplateShare)
        var inverted: [UInt32: [Int32]] = [:]
        var oldSize = [Int](repeating: 0, count: old.count)
        for (j, block) in old.enumerated() {
            for value in block.values {
                inverted[value, default: []].append(Int32(j))
                if !frequency.isBoilerplate(value) { oldSize[j] += 1 }
            }
        }
        func candidate(_ i: Int, within window: ClosedRange<Int>? = nil) -> AlignedBlock? {
            alignBlock(i, new[i], inverted: inverted, old: old, oldSize: oldSize, frequency: frequency, within: window)
        }
        // A long block stands on its own coverage.
        var accepted: [Int: AlignedBlock] = [:]
        for i in new.indices where !claimed.contains(i) && new[i].isLong {
            if let aligned = candidate(i), aligned.confidentCoverage >= configuration.containment { accepted[i] = aligned }
        }
        // A block next to an accepted one is compared with that one's counterparts and their
        // neighbours only, and needs less: the section vouches for it. This keeps inside
        // their section a short paragraph with one misread character, or a fragment that is
        // mostly formula, without letting either link anywhere else.
        var frontier = Array(accepted.keys)
        while let anchorIndex = frontier.popLast() {
            let anchor = accepted[anchorIndex]!
            let window = max(0, anchor.counterparts.first! - 1)...min(old.count - 1, anchor.counterparts.last! + 1)
            for i in [anchorIndex - 1, anchorIndex + 1] where new.indices.contains(i) && accepted[i] == nil && !claimed.contains(i) {
                guard let aligned = candidate(i, within: window) else { continue }
                if aligned.confidentCoverage >= (new[i].isLong ? configuration.containment / 2 : 0.6) {
                    accepted[i] = aligned
                    frontier.append(i)
                }
            }
        }
        let blocks = accepted.values.sorted { $0.block < $1.block }
        return (blocks, sections(blocks, new: new, old: old))
    }

    private func alignBlock(
        _ i: Int, _ block: BlockFingerprint, inverted: [UInt32: [Int32]], old: [StoredBlock], oldSize: [Int], frequency: ShingleFrequency,
        within window: ClosedRange<Int>?
    ) -> AlignedBlock? {
        var shared: [Int32: Int] = [:]
        var full = 0
        var sample = 0
        for value in block.values where !frequency.isBoilerplate(value) {
            let sampled = fingerprinter.inSample(value)
            full += 1
            if sampled { sample += 1 }
            guard let holders = inverted[value] else { continue }
            for j in holders where (sampled || !old[Int(j)].sampled) && window.map({ $0.contains(Int(j)) }) ?? true {
                shared[j, default: 0] += 1
            }
        }
        // The best-matching earlier block and its qualifying neighbours: the pieces of one
        // paragraph that the other source split are adjacent, a formula shared with a block
        // elsewhere is not.
        func qualifies(_ j: Int) -> Bool {
            guard j >= 0, j < old.count, let count = shared[Int32(j)], count >= Self.minimumShared else { return false }
            let own = old[j].sampled ? sample : full
            return Double(count) >= Self.counterpartShare * Double(min(own, oldSize[j]))
        }
        // Best by the share of this block found there: raw counts are not comparable between
        // a sampled and a fully stored block.
        func score(_ entry: (key: Int32, value: Int)) -> Double {
            Double(entry.value) / Double(max(1, old[Int(entry.key)].sampled ? sample : full))
        }
        guard let best = shared.max(by: { score($0) != score($1) ? score($0) < score($1) : $0.key > $1.key }).map({ Int($0.key) }),
            qualifies(best)
        else { return nil }
        // A neighbour joins only as a piece of this block: mostly contained in it.
        func isPiece(_ j: Int) -> Bool {
            guard qualifies(j), let count = shared[Int32(j)], oldSize[j] > 0 else { return false }
            let share = Double(count) / Double(oldSize[j])
            return (old[j].sampled ? Self.wilsonLowerBound(share, trials: oldSize[j]) : share) >= Self.pieceShare
        }
        var low = best
        var high = best
        while isPiece(low - 1) { low -= 1 }
        while isPiece(high + 1) { high += 1 }
        let counterparts = Array(low...high)
        // Coverage over the union of the counterparts, in the sampled space if any is sampled,
        // over all shingles but each weighted by its rarity in the two documents: formulae
        // neither choose counterparts nor vouch for a block, its own text must be found.
        let anySampled = counterparts.contains { old[$0].sampled }
        var covered = 0.0
        var total = 0.0
        var compared = 0
        let chosen = Set(counterparts.map(Int32.init))
        for value in block.values {
            if anySampled && !fingerprinter.inSample(value) { continue }
            let weight = frequency.weight(value)
            total += weight
            compared += 1
            if let holders = inverted[value], holders.contains(where: chosen.contains) { covered += weight }
        }
        guard total > 0 else { return nil }
        let coverage = covered / total
        return AlignedBlock(
            block: i, counterparts: counterparts, coverage: coverage,
            confidentCoverage: anySampled ? Self.wilsonLowerBound(coverage, trials: compared) : coverage)
    }

    private func sections(_ aligned: [AlignedBlock], new: [BlockFingerprint], old: [StoredBlock]) -> [AlignedSection] {
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
        var a = Set<UInt32>()
        for block in new { for value in block.values where !sampled || fingerprinter.inSample(value) { a.insert(value) } }
        var b = Set<UInt32>()
        for block in old { for value in block.values where !sampled || fingerprinter.inSample(value) { b.insert(value) } }
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }
}

/// How many blocks of the two documents hold each shingle. A shingle in more than
/// `boilerplateShare` (and more than four) of either document's blocks is boilerplate; the
/// others weigh the less the more blocks share them.
struct ShingleFrequency {
    private var new: [UInt32: Int32] = [:]
    private var old: [UInt32: Int32] = [:]
    private var boilerplate = Set<UInt32>()

    init(new newBlocks: [BlockFingerprint], old oldBlocks: [StoredBlock], share: Double) {
        for block in newBlocks { for value in block.values { new[value, default: 0] += 1 } }
        for block in oldBlocks { for value in block.values { old[value, default: 0] += 1 } }
        let newCap = Int32(max(4, Int(share * Double(newBlocks.count))))
        let oldCap = Int32(max(4, Int(share * Double(oldBlocks.count))))
        for (value, count) in new where count > newCap { boilerplate.insert(value) }
        for (value, count) in old where count > oldCap { boilerplate.insert(value) }
    }

    func isBoilerplate(_ value: UInt32) -> Bool { boilerplate.contains(value) }

    /// 1 for a shingle one block of each document shares, 1/n when n+1 blocks hold it.
    func weight(_ value: UInt32) -> Double {
        if boilerplate.contains(value) { return 0 }
        let holders = Int(new[value] ?? 0) + Int(old[value] ?? 0)
        return 1 / Double(max(1, holders - 1))
    }
}
