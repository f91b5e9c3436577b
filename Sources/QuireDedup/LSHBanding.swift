import Foundation

/// Locality-sensitive hashing by bands: a signature of `bands * rows` slots is cut into bands,
/// each band hashed to one key, and two sets become candidates when any band key is equal.
/// The probability of that is `1 - (1 - s^rows)^bands` for Jaccard similarity `s`: an S-curve
/// whose step is placed at the configured threshold.
struct LSHBanding: Sendable, Hashable {
    let bands: Int
    let rows: Int

    /// Each band's starting hash, which only depends on the band number.
    private let seeds: [UInt64]

    init(bands: Int, rows: Int) {
        self.bands = bands
        self.rows = rows
        self.seeds = (0..<bands).map(Self.seed(ofBand:))
    }

    /// The bands and rows that minimise the equally weighted areas of false positives below
    /// `threshold` and false negatives above it, as datasketch's `MinHashLSH` chooses them,
    /// so that both tools can be compared at the same parameters.
    init(threshold: Double, hashCount: Int) {
        // The search evaluates ~560,000 powers (about 25 ms): at every start of `quire clean`
        // for one file, that was more than repairing it. The default's answer is kept here;
        // a test checks it against the search.
        if threshold == 0.5 && hashCount == 128 {
            self.init(bands: 25, rows: 5)
            return
        }
        self = Self.search(threshold: threshold, hashCount: hashCount)
    }

    /// The search behind `init(threshold:hashCount:)`, for any parameters.
    static func search(threshold: Double, hashCount: Int) -> LSHBanding {
        var best = (bands: 1, rows: hashCount, error: Double.infinity)
        for bands in 1...hashCount {
            let maxRows = hashCount / bands
            guard maxRows >= 1 else { continue }
            for rows in 1...maxRows {
                let falsePositive = Self.integrate(from: 0, to: threshold) { s in Self.probability(s, bands: bands, rows: rows) }
                let falseNegative = Self.integrate(from: threshold, to: 1) { s in 1 - Self.probability(s, bands: bands, rows: rows) }
                let error = 0.5 * falsePositive + 0.5 * falseNegative
                if error < best.error { best = (bands, rows, error) }
            }
        }
        return LSHBanding(bands: best.bands, rows: best.rows)
    }

    /// Probability that two sets of Jaccard similarity `s` share at least one band key.
    static func probability(_ s: Double, bands: Int, rows: Int) -> Double {
        1 - pow(1 - pow(s, Double(rows)), Double(bands))
    }

    private static func integrate(from a: Double, to b: Double, _ f: (Double) -> Double) -> Double {
        // Simpson's rule on 200 intervals: the integrands are smooth, and this is accurate to
        // far below the differences that separate one (bands, rows) choice from the next.
        let intervals = 200
        let h = (b - a) / Double(intervals)
        var sum = f(a) + f(b)
        for i in 1..<intervals { sum += f(a + Double(i) * h) * (i % 2 == 1 ? 4 : 2) }
        return sum * h / 3
    }

    /// One key per band. Keys carry the band number, so one table holds all bands; they are
    /// cut to 40 bits, which keeps the stored integer at 6 bytes while random collisions with
    /// a million-block index stay rare (about one in 40,000 probes).
    ///
    /// A band's hash (index format 2): from the band's seed, each row is folded in by
    /// `(hash ^ row) * K`, and the result is mixed once. Each step is a bijection of the
    /// running hash, so two bands that differ in one row never share a key, and the final mix
    /// spreads every bit; format 1 mixed after every row, five full mixes a band, which made
    /// band keys about a tenth of a lookup.
    func keys(of signature: [UInt64]) -> [Int64] {
        var keys: [Int64] = []
        keys.reserveCapacity(bands)
        signature.withUnsafeBufferPointer { appendKeys(of: $0, to: &keys) }
        return keys
    }

    /// Folds one row into a band's running hash (see `keys(of:)`).
    @inline(__always)
    static func fold(_ hash: UInt64, _ row: UInt64) -> UInt64 {
        (hash ^ row) &* 0x9E37_79B9_7F4A_7C15
    }

    /// A band's key from its running hash once every row is folded in: mixed, cut to 40 bits.
    @inline(__always)
    static func key(ofBandHash hash: UInt64) -> Int64 {
        Int64(Hashing.mix(hash) >> 24)
    }

    /// The band's starting hash.
    static func seed(ofBand band: Int) -> UInt64 {
        Hashing.mix(UInt64(band) &+ 0x5851_F42D_4C95_7F2D)
    }

    /// Appends the band keys of the signature of `sketch` whose donor map is `map`
    /// (`OnePermutationMinHash.donorMap(of:into:)`), read slot by slot from the sketch as
    /// each band folds it in: the same keys as `appendKeys(of:to:)` of that signature,
    /// without writing the signature out and reading it back (gathering it was half the cost
    /// of a lookup's signature, its keys the other half). Band after band: each band's five
    /// rows are a chain of dependent multiplications, and the next band's loads do not wait
    /// for it.
    func appendKeys(
        ofSketch sketch: UnsafeBufferPointer<UInt64>, map: UnsafeBufferPointer<Int16>, minHash: OnePermutationMinHash, to keys: inout [Int64]
    ) {
        precondition(map.count == sketch.count && map.count >= bands * rows, "a sketch or map shorter than the bands")
        let rows = rows
        let bands = bands
        // A donor past the tabulated probes is rare (only in very sparse sketches): when the
        // map has none (its largest entry says so, a vectorised pass), a slot's value is read
        // without a test; else the slots past the table are probed further.
        var largest = Int16.min
        for entry in map { largest = max(largest, entry) }
        let allReached = largest < OnePermutationMinHash.unreached
        @inline(__always)
        func value(_ slot: Int) -> UInt64 {
            let entry = map[slot]
            return entry < OnePermutationMinHash.unreached
                ? sketch[Int(UInt8(truncatingIfNeeded: entry))] : minHash.hashedDonorValue(slot, sketch)
        }
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: bands) { made in
            seeds.withUnsafeBufferPointer { seeds in
                if rows == 5 && allReached {
                    @inline(__always)
                    func reached(_ slot: Int) -> UInt64 { sketch[Int(UInt8(truncatingIfNeeded: map[slot]))] }
                    // The default bands (25 of 5 rows at threshold 0.5) written out, with no
                    // test per slot: the loop over rows and the tests cost as much as the work.
                    for band in 0..<bands {
                        let base = band &* 5
                        var hash = Self.fold(seeds[band], reached(base))
                        hash = Self.fold(hash, reached(base &+ 1))
                        hash = Self.fold(hash, reached(base &+ 2))
                        hash = Self.fold(hash, reached(base &+ 3))
                        hash = Self.fold(hash, reached(base &+ 4))
                        made[band] = Self.key(ofBandHash: hash)
                    }
                } else {
                    var slot = 0
                    for band in 0..<bands {
                        var hash = seeds[band]
                        for _ in 0..<rows {
                            hash = Self.fold(hash, value(slot))
                            slot &+= 1
                        }
                        made[band] = Self.key(ofBandHash: hash)
                    }
                }
            }
            keys.append(contentsOf: made)
        }
    }

    /// Appends the band keys of `signature` to `keys`.
    func appendKeys(of signature: UnsafeBufferPointer<UInt64>, to keys: inout [Int64]) {
        precondition(signature.count >= bands * rows, "a signature shorter than the bands")
        // Written in place after one capacity check: appending key by key checked uniqueness
        // and capacity 25 times per signature. Row by row across the bands: each band's hash
        // is a chain of dependent multiplications, and running the 25 chains side by side
        // lets the processor overlap them instead of waiting on one at a time.
        let rows = rows
        let bands = bands
        keys.append(contentsOf: repeatElement(0, count: bands))
        keys.withUnsafeMutableBufferPointer { keys in
            let first = keys.count - bands
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bands) { hashes in
                seeds.withUnsafeBufferPointer { seeds in _ = hashes.initialize(fromContentsOf: seeds) }
                // Wrapping index arithmetic over a raw pointer: the checked `band * rows + row`
                // doubled the instructions of this loop (a multiply and two overflow tests per row).
                let slots = signature.baseAddress!
                for row in 0..<rows {
                    var slot = slots + row
                    for band in 0..<bands {
                        hashes[band] = Self.fold(hashes[band], slot.pointee)
                        slot += rows
                    }
                }
                for band in 0..<bands { keys[first + band] = Self.key(ofBandHash: hashes[band]) }
            }
        }
    }
}
