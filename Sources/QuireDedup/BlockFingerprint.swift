import QuireText

/// What the index knows of one block of the document being checked: its shingles in full,
/// their 32-bit stored form, and its MinHash sketch.
struct BlockFingerprint: Sendable {
    /// Position in the document's block list.
    var position: Int
    var id: String
    /// Sorted distinct 64-bit shingle hashes.
    var shingles: [UInt64]
    /// Sorted distinct stored values (the high 32 bits of each shingle hash).
    var values: [UInt32]
    /// Enough shingles to be looked up on its own.
    var isLong: Bool
    /// MinHash sketches of the first and second half of the shingles in text order. Their
    /// union is the block's sketch; each alone finds an earlier source that printed the
    /// block as two paragraphs, whose halves are each only half similar to the whole.
    var halfSketches: (first: [UInt64], second: [UInt64])
    /// The block's sketch, the union of its halves'.
    var sketch: [UInt64]
}

/// A block as the index stores it: its identity and its (possibly sampled) stored values.
struct StoredBlock: Sendable, Hashable {
    var rowID: Int64
    var xmlID: String
    /// Sorted distinct stored values; when `sampled`, only those passing the sample rule.
    var values: [UInt32]
    var sampled: Bool
}

/// Turns blocks into fingerprints and fingerprints into what is stored, by one configuration.
struct Fingerprinter: Sendable {
    let configuration: DedupConfiguration
    let shingler: Shingler
    let minHash: OnePermutationMinHash

    init(configuration: DedupConfiguration) {
        self.configuration = configuration
        self.shingler = configuration.shingler
        self.minHash = OnePermutationMinHash(binCount: configuration.hashCount)
    }

    /// Fingerprints of the blocks that take part (linked kinds with at least one shingle).
    func fingerprints(of blocks: [Block]) -> [BlockFingerprint] {
        var result: [BlockFingerprint] = []
        result.reserveCapacity(blocks.count)
        for (position, block) in blocks.enumerated() where configuration.linkedKinds.contains(block.kind) {
            let ordered = shingler.orderedShingles(of: TextFolding.fold(block.text))
            guard !ordered.isEmpty else { continue }
            let middle = ordered.count / 2
            let halves = (minHash.sketch(ordered[..<middle]), minHash.sketch(ordered[middle...]))
            var sorted = ordered
            RadixSort.sort(&sorted)
            let shingles = sortedDistinct(sorted)
            result.append(BlockFingerprint(
                position: position, id: block.id, shingles: shingles, values: Self.storedValues(shingles),
                isLong: shingles.count >= configuration.minimumShingles, halfSketches: halves,
                sketch: OnePermutationMinHash.union(halves.0, halves.1)))
        }
        return result
    }

    /// The high halves of sorted `shingles`, which are therefore sorted too.
    static func storedValues(_ shingles: [UInt64]) -> [UInt32] {
        sortedDistinct(shingles.map { UInt32(truncatingIfNeeded: $0 >> 32) })
    }

    /// The sample rule, a function of the stored value alone so both sides apply it alike.
    @inline(__always)
    func inSample(_ value: UInt32) -> Bool {
        value % UInt32(configuration.shingleSampling) == 0
    }

    /// What the index keeps of a block: every value of a short block, a sample of a long one.
    func stored(_ fingerprint: BlockFingerprint) -> (values: [UInt32], sampled: Bool) {
        guard fingerprint.values.count > configuration.fullShingleLimit, configuration.shingleSampling > 1 else {
            return (fingerprint.values, false)
        }
        return (fingerprint.values.filter(inSample), true)
    }
}
