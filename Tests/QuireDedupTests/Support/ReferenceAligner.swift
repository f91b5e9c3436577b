@testable import QuireDedup

// The aligner as it was before it moved to sorted-array merges (commit 71a5e6c), kept as the
// model the fast one must agree with exactly: dictionaries and sets, easy to read, slow.
// Which blocks are accepted (long ones, then their neighbours) and how they group into
// sections is the aligner's own code, shared: only how one block aligns is modelled here.

struct ReferenceAligner {
    let fingerprinter: Fingerprinter
    var configuration: DedupConfiguration { fingerprinter.configuration }

    /// Smallest number of shared (non-boilerplate) shingles that can link two blocks.
    static let minimumShared = 2
    /// Share of the smaller block's shingles a pair must share to count as counterparts.
    static let counterpartShare = 0.25
    /// Share of a neighbouring earlier block that must lie in the new block for it to count
    /// as a piece of it (the other source split the paragraph there).
    static let pieceShare = 0.6

    func align(_ new: [BlockFingerprint], with old: [StoredBlock], excluding claimed: Set<Int> = []) -> (blocks: [AlignedBlock], sections: [AlignedSection]) {
        guard !new.isEmpty, !old.isEmpty else { return ([], []) }
        let frequency = ReferenceShingleFrequency(new: new, old: old, share: configuration.boilerplateShare)
        var inverted: [UInt32: [Int32]] = [:]
        var oldSize = [Int](repeating: 0, count: old.count)
        for (j, block) in old.enumerated() {
            for value in block.values {
                inverted[value, default: []].append(Int32(j))
                if !frequency.isBoilerplate(value) { oldSize[j] += 1 }
            }
        }
        func candidate(_ i: Int, within window: ClosedRange<Int>?) -> AlignedBlock? {
            alignBlock(i, new[i], inverted: inverted, old: old, oldSize: oldSize, frequency: frequency, within: window)
        }
        let blocks = SectionAligner.accept(new, oldCount: old.count, excluding: claimed, configuration: configuration, candidate: candidate)
        return (blocks, sections(blocks, new: new, old: old))
    }

    private func alignBlock(
        _ i: Int, _ block: BlockFingerprint, inverted: [UInt32: [Int32]], old: [StoredBlock], oldSize: [Int], frequency: ReferenceShingleFrequency,
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

    /// Sections are grouped by the aligner's own code: only block alignment is modelled here.
    private func sections(_ aligned: [AlignedBlock], new: [BlockFingerprint], old: [StoredBlock]) -> [AlignedSection] {
        SectionAligner(fingerprinter: fingerprinter, new: new).sections(aligned, new: new, old: old)
    }

    static func wilsonLowerBound(_ p: Double, trials: Int) -> Double { SectionAligner.wilsonLowerBound(p, trials: trials) }
}

/// How many blocks of the two documents hold each shingle. A shingle in more than
/// `boilerplateShare` (and more than four) of either document's blocks is boilerplate; the
/// others weigh the less the more blocks share them.
struct ReferenceShingleFrequency {
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
