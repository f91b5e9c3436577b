/// Densification through donor maps, so that the signature of the union of two sketches
/// comes without densifying the union again.
///
/// A signature fills each empty bin from the first filled bin its probe sequence meets
/// (`withSignature(ofSketch:_:)`). A donor map says, per bin, which bin that is and at which
/// attempt: `attempt << 8 | donor`, attempt 0 for a filled bin (its own donor). The union of
/// two sets fills a bin when either fills it, so a bin's first filled donor in the union is
/// the earlier of its first donors in the two: the union's map is the element-wise minimum of
/// the two maps (equal attempts name the same donor), sixteen vector instructions at 128
/// bins, where densifying the union anew listed and probed its empty bins. A lookup signs
/// every long block, its two halves, and the union of every block with the one before it; a
/// block's sketch is the union of its halves', so with maps only the halves (or, for a block
/// without halves, the block) are densified, and the block's own signature and the union's
/// come from minima: 47,836 densifications on 95 pages of 30 KB became 24,345, and the
/// signatures are the same, bin for bin.
///
/// Only up to 256 bins (the donor in one byte), where `ranks` is made (`hasDonorMaps`).
extension OnePermutationMinHash {
    /// The map entry of a bin with no filled donor at all (an empty sketch's): the identity
    /// of `unionMap`.
    static let noDonor = Int16.max

    var hasDonorMaps: Bool { !ranks.isEmpty }

    /// Writes the donor map of `sketch` into `map` (`binCount` entries each). A bin whose
    /// first filled donor lies past the tabulated probes gets an entry of `unreached` or
    /// above (`withSignature(ofSketch:map:_:)` probes further for it). An empty sketch gets
    /// `noDonor` everywhere, and false.
    func donorMap(of sketch: UnsafeBufferPointer<UInt64>, into map: UnsafeMutableBufferPointer<Int16>) -> Bool {
        precondition(hasDonorMaps && sketch.count == binCount && map.count == binCount, "a donor map of another length")
        let binCount = binCount
        let wordCount = (binCount + 63) / 64
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: wordCount) { filled -> Bool in
            // Which bins are filled, a bit each, without a branch: the passes below visit the
            // filled bins (sparse sketches) or the empty ones (the others) by their bits.
            // Listing both kinds of bins and writing each bin's own entry made this pass half
            // of a map's cost (15 instructions a bin).
            var filledCount = 0
            for word in 0..<wordCount {
                var bits: UInt64 = 0
                for bit in 0..<min(64, binCount &- word &* 64) {
                    bits |= (sketch[word &* 64 &+ bit] != Self.empty ? 1 : 0) &<< UInt64(bit)
                }
                filled[word] = bits
                filledCount &+= bits.nonzeroBitCount
            }
            if filledCount == 0 {
                map.update(repeating: Self.noDonor)
                return false
            }
            if filledCount <= Self.sparseFilled {
                // Few filled bins: each lowers every bin's best (attempt, donor) through its
                // row of `ranks`, as `densifySparse` does, and is its own donor (an entry
                // below 0x100, which no row's entry undercuts).
                map.update(repeating: Self.noDonor)
                ranks.withUnsafeBufferPointer { ranks in
                    for word in 0..<wordCount {
                        var bits = filled[word]
                        while bits != 0 {
                            let donor = word &* 64 &+ bits.trailingZeroBitCount
                            bits &= bits &- 1
                            let row = ranks.baseAddress! + donor &* binCount
                            let tag = Int16(truncatingIfNeeded: donor)
                            for bin in 0..<binCount { map[bin] = min(map[bin], row[bin] | tag) }
                            map[donor] = tag
                        }
                    }
                }
                return true
            }
            // Every bin its own donor, then each empty one finds its first filled donor.
            for bin in 0..<binCount { map[bin] = Int16(truncatingIfNeeded: bin) }
            withUnsafeTemporaryAllocation(of: Int.self, capacity: binCount) { unresolved in
            donors.withUnsafeBufferPointer { donors in
                // The first four donors of each empty bin without a branch (the last filled
                // one met, going backwards, is the first), then the few left one by one.
                var unresolvedCount = 0
                for word in 0..<wordCount {
                    let valid = binCount &- word &* 64 >= 64 ? UInt64.max : (1 &<< UInt64(binCount &- word &* 64)) &- 1
                    var bits = ~filled[word] & valid
                    while bits != 0 {
                        let bin = word &* 64 &+ bits.trailingZeroBitCount
                        bits &= bits &- 1
                        let probes = donors.baseAddress! + bin &* Self.tabulatedProbes
                        var entry = Self.noDonor
                        for probe in (0..<Self.firstProbes).reversed() {
                            let donor = Int(probes[probe])
                            entry = sketch[donor] != Self.empty ? Int16(truncatingIfNeeded: (probe + 1) << 8 | donor) : entry
                        }
                        map[bin] = entry
                        unresolved[unresolvedCount] = bin
                        unresolvedCount &+= entry == Self.noDonor ? 1 : 0
                    }
                }
                for bin in unresolved[..<unresolvedCount] {
                    let probes = donors.baseAddress! + bin &* Self.tabulatedProbes
                    var entry = Self.unreached
                    for probe in Self.firstProbes..<Self.tabulatedProbes {
                        let donor = Int(probes[probe])
                        if sketch[donor] != Self.empty {
                            entry = Int16(truncatingIfNeeded: (probe + 1) << 8 | donor)
                            break
                        }
                    }
                    map[bin] = entry
                }
            }
            }
            return true
        }
    }

    /// The donor map of the union of two sketches, from their maps.
    static func unionMap(_ a: UnsafeBufferPointer<Int16>, _ b: UnsafeBufferPointer<Int16>, into union: UnsafeMutableBufferPointer<Int16>) {
        precondition(a.count == union.count && b.count == union.count, "donor maps of other lengths")
        for bin in union.indices { union[bin] = min(a[bin], b[bin]) }
    }

    /// Calls `body` with the signature of `sketch`, non-empty, whose donor map is `map`: the
    /// same signature as `withSignature(ofSketch:_:)`'s.
    func withSignature<R>(
        ofSketch sketch: UnsafeBufferPointer<UInt64>, map: UnsafeBufferPointer<Int16>, _ body: (UnsafeBufferPointer<UInt64>) -> R
    ) -> R {
        precondition(sketch.count == binCount && map.count == binCount, "a sketch or map of another length")
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: binCount) { signature in
            for bin in 0..<binCount {
                let entry = map[bin]
                signature[bin] = entry < Self.unreached ? sketch[Int(entry & 0xFF)] : hashedDonorValue(bin, sketch)
            }
            return body(UnsafeBufferPointer(signature))
        }
    }
}
