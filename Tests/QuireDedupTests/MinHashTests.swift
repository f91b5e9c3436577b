import Testing

@testable import QuireDedup

struct MinHashTests {
    /// Expected values computed with datasketch 1.6 `_optimal_param(t, 128, 0.5, 0.5)`.
    @Test(arguments: [(0.3, 37, 3), (0.5, 25, 5), (0.6, 18, 7), (0.8, 9, 13)])
    func bandingMatchesDatasketch(threshold: Double, bands: Int, rows: Int) {
        let searched = LSHBanding.search(threshold: threshold, hashCount: 128)
        #expect(searched.bands == bands)
        #expect(searched.rows == rows)
        // The initialiser answers the default from a kept constant: it must agree with the search.
        #expect(LSHBanding(threshold: threshold, hashCount: 128) == searched)
    }

    /// One-permutation signatures estimate Jaccard similarity without bias, for large and
    /// small (densified) sets alike.
    @Test(arguments: [(2000, 0.8), (2000, 0.5), (60, 0.7), (20, 0.5)])
    func signaturesEstimateJaccard(size: Int, similarity: Double) {
        var random = SplitMix64(seed: UInt64(size) &* 31 &+ UInt64(similarity * 100))
        let minHash = OnePermutationMinHash(binCount: 128)
        var total = 0.0
        let trials = 60
        var trueJaccard = 0.0
        for _ in 0..<trials {
            let shared = Int(Double(size) * 2 * similarity / (1 + similarity))
            let common = (0..<shared).map { _ in Hashing.mix(random.next()) }
            let a = common + (0..<(size - shared)).map { _ in Hashing.mix(random.next()) }
            let b = common + (0..<(size - shared)).map { _ in Hashing.mix(random.next()) }
            trueJaccard = Double(shared) / Double(2 * size - shared)
            let sa = minHash.signature(fromSketch: minHash.sketch(a))!
            let sb = minHash.signature(fromSketch: minHash.sketch(b))!
            total += Double(zip(sa, sb).filter { $0 == $1 }.count) / 128
        }
        #expect(abs(total / Double(trials) - trueJaccard) < 0.04, "mean estimate \(total / Double(trials)) vs \(trueJaccard)")
    }

    @Test func unionSketchIsSketchOfUnion() {
        var random = SplitMix64(seed: 9)
        let minHash = OnePermutationMinHash(binCount: 128)
        let a = (0..<50).map { _ in random.next() }
        let b = (0..<70).map { _ in random.next() }
        #expect(OnePermutationMinHash.union(minHash.sketch(a), minHash.sketch(b)) == minHash.sketch(a + b))
    }

    /// Band keys are stored in the index, so their computation must never change without
    /// a new index format (`DuplicateIndex.format`): each band folds its rows in order into a
    /// seed of its number, `(hash ^ row) * K`, then mixes once and cuts to 40 bits (the
    /// definition written band by band, as it was before the bands were hashed side by side).
    @Test(arguments: [(25, 5), (9, 13), (37, 3)])
    func bandKeysMatchTheirDefinition(bands: Int, rows: Int) {
        var random = SplitMix64(seed: UInt64(bands))
        let banding = LSHBanding(bands: bands, rows: rows)
        for _ in 0..<20 {
            let signature = (0..<128).map { _ in random.next() }
            let expected = (0..<bands).map { band -> Int64 in
                var hash = Hashing.mix(UInt64(band) &+ 0x5851_F42D_4C95_7F2D)
                for row in 0..<rows { hash = (hash ^ signature[band * rows + row]) &* 0x9E37_79B9_7F4A_7C15 }
                return Int64(Hashing.mix(hash) >> 24)
            }
            #expect(banding.keys(of: signature) == expected)
        }
    }

    @Test func emptySetHasNoSignature() {
        let minHash = OnePermutationMinHash(binCount: 128)
        #expect(minHash.signature(fromSketch: minHash.sketch([])) == nil)
    }

    /// Densification as first written: every empty bin probes `mix(bin * φ + attempt)` for
    /// attempt 1, 2, … until it meets a filled bin. The tabulated, pointer-based version must
    /// give the same signature, also for sets so small that probes run past the table.
    @Test(arguments: [1, 2, 3, 7, 12, 20, 30, 36, 45, 60, 200, 1000])
    func densificationMatchesItsDefinition(size: Int) {
        var random = SplitMix64(seed: UInt64(size))
        let minHash = OnePermutationMinHash(binCount: 128)
        for _ in 0..<20 {
            let sketch = minHash.sketch((0..<size).map { _ in Hashing.mix(random.next()) })
            var expected = sketch
            for bin in 0..<128 where sketch[bin] == OnePermutationMinHash.empty {
                var attempt: UInt64 = 1
                while true {
                    let probe = Hashing.mix(UInt64(bin) &* 0x9E37_79B9_7F4A_7C15 &+ attempt)
                    let donor = Int(((probe >> 32) &* 128) >> 32)
                    if sketch[donor] != OnePermutationMinHash.empty {
                        expected[bin] = sketch[donor]
                        break
                    }
                    attempt += 1
                }
            }
            #expect(minHash.signature(fromSketch: sketch) == expected)
        }
    }
}
