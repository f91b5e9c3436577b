/// MinHash signatures by one-permutation hashing with optimal densification
/// (Li, Owen & Zhang 2012; Shrivastava 2017).
///
/// Classic MinHash hashes every shingle `hashCount` times; one-permutation hashing hashes it
/// once, lets the hash pick one of `hashCount` bins and keeps each bin's minimum. Empty bins
/// (short texts) borrow the value of a bin chosen by a probe sequence that depends only on the
/// bin number, so two signatures agree in a slot with probability equal to the sets' Jaccard
/// similarity, as with the classic scheme, at 1/`hashCount` of the cost.
struct OnePermutationMinHash: Sendable, Hashable {
    static let empty = UInt64.max
    let binCount: Int
    /// The first `tabulatedProbes` donors of every bin's probe sequence, computed once
    /// (16 KB at 128 bins): filling the empty bins of short texts was most of a signature's
    /// cost, and hashing probes past a table of 16 a good part of what was left.
    let donors: [UInt16]
    static let tabulatedProbes = 64
    static let firstProbes = 4
    /// The donor table turned around, for sketches of at most `sparseFilled` filled bins:
    /// `ranks[donor * binCount + bin]` is the first attempt (1...64) at which `bin`'s probe
    /// sequence meets `donor`, shifted left by 8 (the donor goes in the low byte), or
    /// `unreached` if it does not within the table. Signed 16-bit, so that the minimum of
    /// eight is one SSE2 instruction. Empty when `binCount` is above 256 (the table grows
    /// with its square: 32 KB at 128 bins).
    let ranks: [Int16]
    /// Sketches with this many filled bins or fewer are densified through `ranks`. The union
    /// of two short blocks (a heading and a page number) fills a handful of bins, and each of
    /// its hundred-odd empty bins probed a dozen donors or more, past the table into hashed
    /// ones for the sparsest: on pages of 30 KB signatures were 16 % of `quire clean`'s work.
    static let sparseFilled = 32
    static let unreached: Int16 = 0x7F00

    init(binCount: Int) {
        precondition(binCount > 0 && binCount <= 1 << 16, "hashCount must be in 1...65536")
        self.binCount = binCount
        let donors = (0..<binCount).flatMap { bin in
            (1...UInt64(Self.tabulatedProbes)).map { UInt16(Self.donor(bin: bin, attempt: $0, binCount: binCount)) }
        }
        self.donors = donors
        var ranks: [Int16] = []
        if binCount <= 256 {
            ranks = [Int16](repeating: Self.unreached, count: binCount * binCount)
            for bin in 0..<binCount {
                for attempt in (1...Self.tabulatedProbes).reversed() {
                    ranks[Int(donors[bin * Self.tabulatedProbes + attempt - 1]) * binCount + bin] = Int16(attempt) << 8
                }
            }
        }
        self.ranks = ranks
    }

    @inline(__always)
    private static func donor(bin: Int, attempt: UInt64, binCount: Int) -> Int {
        let probe = Hashing.mix(UInt64(bin) &* 0x9E37_79B9_7F4A_7C15 &+ attempt)
        return Int(((probe >> 32) &* UInt64(binCount)) >> 32)
    }

    /// Per-bin minima of `shingles`, empty bins marked `empty`. Raw sketches of two sets
    /// combine into the sketch of their union by `union(_:_:)`.
    func sketch(_ shingles: some Collection<UInt64>) -> [UInt64] {
        var bins = [UInt64](repeating: Self.empty, count: binCount)
        bins.withUnsafeMutableBufferPointer { bins in
            if shingles.withContiguousStorageIfAvailable({ lower(bins, by: $0) }) == nil {
                Array(shingles).withUnsafeBufferPointer { lower(bins, by: $0) }
            }
        }
        return bins
    }

    /// `empty` as a stored value, which the optimiser cannot see through: filling a sketch
    /// with it is a loop of vector stores, where the constant became a `memset`, which
    /// valgrind counts a byte at a time (`rep stosb`), so that instruction counts would
    /// overstate the fill tenfold.
    private let emptyBin = Self.empty

    /// Marks every bin of `bins` empty.
    func clear(_ bins: UnsafeMutableBufferPointer<UInt64>) {
        let empty = emptyBin
        for index in bins.indices { bins[index] = empty }
    }

    /// Lowers the sketch `bins` (`binCount` bins, empty ones `empty`) by `shingles`: the
    /// sketch of the union of what it held and `shingles`, in memory the caller holds.
    func lower(_ bins: UnsafeMutableBufferPointer<UInt64>, by shingles: UnsafeBufferPointer<UInt64>) {
        precondition(bins.count == binCount, "a sketch of another length")
        let count = UInt64(binCount)
        for hash in shingles {
            let bin = Int(((hash >> 32) &* count) >> 32)
            if hash < bins[bin] { bins[bin] = hash }
        }
    }

    static func union(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        // Bin by bin into a buffer written once: `zip(a, b).map` appended element by element,
        // two dozen instructions a bin (44 M instructions on 95 pages of 30 KB, a fortieth of
        // the index's work); this loop is a handful, vectorised.
        let count = min(a.count, b.count)
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                [UInt64](unsafeUninitializedCapacity: count) { result, written in
                    for bin in 0..<count { result[bin] = min(a[bin], b[bin]) }
                    written = count
                }
            }
        }
    }

    /// The signature: the sketch with every empty bin filled from a probed non-empty bin.
    /// Nil for an empty set, which has no meaningful signature.
    func signature(fromSketch sketch: [UInt64]) -> [UInt64]? {
        sketch.withUnsafeBufferPointer { sketch in withSignature(ofSketch: sketch) { Array($0) } }
    }

    /// Calls `body` with the signature of `sketch` (see `signature(fromSketch:)`), built in
    /// temporary memory: a lookup makes four signatures per paragraph and only needs their
    /// band keys. Nil, without calling `body`, for an empty set.
    func withSignature<R>(ofSketch sketch: UnsafeBufferPointer<UInt64>, _ body: (UnsafeBufferPointer<UInt64>) -> R) -> R? {
        precondition(sketch.count == binCount, "a sketch of another length")
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: binCount) { signature -> R? in
            let filled = withUnsafeTemporaryAllocation(of: Int.self, capacity: binCount) { unfilled in
            donors.withUnsafeBufferPointer { donors -> Bool in
                // Every bin takes, without a branch, the first filled of: itself, its first
                // four donors (last to first, each taken if filled). Branching on whether a
                // bin is empty, or on a probe's outcome, mispredicted at random (a paragraph
                // fills half the bins, a half paragraph a third). So: a first pass copies the
                // bins and lists the empty ones, without a branch; the donors are read for
                // those only (the filled half of the bins read four donors for nothing before);
                // the few that none of the five fills are listed again, also without a branch,
                // and probed further after.
                //
                // The first pass lists the empty bins from the front of `unfilled`, ascending,
                // and the filled ones from its back, descending (the sparse path reads them as
                // donors): each bin is written to both free ends and claimed by one. The copy
                // is a block move, the counts wrap unchecked: the copy, the overflow tests and
                // a scan of all bins for the sparse path's donors were two thirds of a
                // signature's own work (47,836 signatures on 95 pages of 30 KB).
                signature.baseAddress!.update(from: sketch.baseAddress!, count: binCount)
                var emptyCount = 0
                var filledStart = binCount
                for bin in 0..<binCount {
                    let isEmpty = sketch[bin] == Self.empty
                    // `emptyCount <= filledStart - 1` until the last bin, where both are one slot.
                    unfilled[emptyCount] = bin
                    unfilled[filledStart &- 1] = bin
                    emptyCount &+= isEmpty ? 1 : 0
                    filledStart &-= isEmpty ? 0 : 1
                }
                // An empty set has no signature.
                if emptyCount == binCount { return false }
                if binCount - emptyCount <= Self.sparseFilled && !ranks.isEmpty {
                    densifySparse(
                        sketch, into: signature, empty: UnsafeBufferPointer(rebasing: unfilled[..<emptyCount]),
                        filled: UnsafeBufferPointer(rebasing: unfilled[filledStart...]))
                    return true
                }
                var unfilledCount = 0
                for index in 0..<emptyCount {
                    let bin = unfilled[index]
                    let probes = donors.baseAddress! + bin * Self.tabulatedProbes
                    var value = Self.empty
                    for probe in (0..<Self.firstProbes).reversed() {
                        let candidate = sketch[Int(probes[probe])]
                        value = candidate != Self.empty ? candidate : value
                    }
                    signature[bin] = value
                    // Compacted in place: `unfilledCount` never passes `index`.
                    unfilled[unfilledCount] = bin
                    unfilledCount &+= value == Self.empty ? 1 : 0
                }
                // Left: bins of sparse sketches (half paragraphs of a few short sentences),
                // whose probes mostly meet empty bins, so the branch to stop is taken once
                // per bin and predicted; the table reaches far enough that the hashed probes
                // beyond it are rare.
                for bin in unfilled[..<unfilledCount] {
                    let probes = donors.baseAddress! + bin * Self.tabulatedProbes
                    var value = Self.empty
                    for probe in Self.firstProbes..<Self.tabulatedProbes {
                        value = sketch[Int(probes[probe])]
                        if value != Self.empty { break }
                    }
                    signature[bin] = value != Self.empty ? value : hashedDonorValue(bin, sketch)
                }
                return true
            }
            }
            return filled ? body(UnsafeBufferPointer(signature)) : nil
        }
    }

    /// The value of the first filled donor of `bin` past the table (attempts 65, 66, …).
    @inline(never)
    func hashedDonorValue(_ bin: Int, _ sketch: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var value = Self.empty
        var attempt = UInt64(Self.tabulatedProbes)
        while value == Self.empty {
            attempt += 1
            value = sketch[Self.donor(bin: bin, attempt: attempt, binCount: binCount)]
        }
        return value
    }

    /// Fills the `empty` bins of a sketch with few filled bins: each empty bin's first filled
    /// donor is the filled bin it meets earliest, so every filled bin lowers, for all bins
    /// at once (a loop the compiler vectorises), the best (attempt, donor) found so far. The
    /// same signature as probing each bin's sequence, in a few operations per filled bin
    /// and bin instead of a dozen probes and mispredicted branches per empty bin.
    /// `filled` lists the filled bins, in any order (a minimum does not depend on it).
    private func densifySparse(
        _ sketch: UnsafeBufferPointer<UInt64>, into signature: UnsafeMutableBufferPointer<UInt64>, empty: UnsafeBufferPointer<Int>,
        filled: UnsafeBufferPointer<Int>
    ) {
        let binCount = binCount
        withUnsafeTemporaryAllocation(of: Int16.self, capacity: binCount) { best in
            best.initialize(repeating: .max)
            ranks.withUnsafeBufferPointer { ranks in
                for donor in filled {
                    let row = ranks.baseAddress! + donor &* binCount
                    let tag = Int16(truncatingIfNeeded: donor)
                    for bin in 0..<binCount { best[bin] = min(best[bin], row[bin] | tag) }
                }
            }
            for bin in empty {
                let found = best[bin]
                signature[bin] = found & 0x7F00 != Self.unreached ? sketch[Int(found & 0xFF)] : hashedDonorValue(bin, sketch)
            }
        }
    }
}
