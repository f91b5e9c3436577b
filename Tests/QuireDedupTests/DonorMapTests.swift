import Testing

@testable import QuireDedup

/// Signatures made through donor maps are the densified signatures, bin for bin: of a sketch,
/// of a union through the minimum of two maps, and as the band keys of a whole lookup.
struct DonorMapTests {
    static let minHash = OnePermutationMinHash(binCount: 128)

    static func sketch(_ size: Int, _ random: inout SplitMix64) -> [UInt64] {
        minHash.sketch((0..<size).map { _ in Hashing.mix(random.next()) })
    }

    static func signature(_ sketch: [UInt64], map: [Int16]) -> [UInt64] {
        sketch.withUnsafeBufferPointer { sketch in
            map.withUnsafeBufferPointer { map in minHash.withSignature(ofSketch: sketch, map: map) { Array($0) } }
        }
    }

    static func map(_ sketch: [UInt64]) -> (map: [Int16], filled: Bool) {
        var map = [Int16](repeating: 0, count: 128)
        let filled = sketch.withUnsafeBufferPointer { sketch in
            map.withUnsafeMutableBufferPointer { minHash.donorMap(of: sketch, into: $0) }
        }
        return (map, filled)
    }

    /// Sizes from a single shingle (every empty bin probes past the table) to full sketches,
    /// across the sparse path's bound (32 filled bins).
    @Test(arguments: [1, 2, 3, 7, 12, 20, 30, 36, 45, 60, 200, 1000])
    func mapSignatureIsTheDensifiedSignature(size: Int) {
        var random = SplitMix64(seed: UInt64(size) &+ 77)
        for _ in 0..<20 {
            let sketch = Self.sketch(size, &random)
            let (map, filled) = Self.map(sketch)
            #expect(filled)
            #expect(Self.signature(sketch, map: map) == Self.minHash.signature(fromSketch: sketch))
            // Band keys read through the map are the keys of the signature.
            let banding = LSHBanding(bands: 25, rows: 5)
            var keys: [Int64] = []
            sketch.withUnsafeBufferPointer { sketch in
                map.withUnsafeBufferPointer { banding.appendKeys(ofSketch: sketch, map: $0, minHash: Self.minHash, to: &keys) }
            }
            #expect(keys == banding.keys(of: Self.minHash.signature(fromSketch: sketch)!))
        }
    }

    @Test(arguments: [(1, 1), (1, 40), (3, 9), (12, 25), (20, 20), (40, 60), (2, 300), (150, 150)])
    func unionMapGivesTheUnionSignature(sizes: (Int, Int)) {
        var random = SplitMix64(seed: UInt64(sizes.0 * 1000 + sizes.1))
        for _ in 0..<20 {
            let a = Self.sketch(sizes.0, &random)
            let b = Self.sketch(sizes.1, &random)
            let union = OnePermutationMinHash.union(a, b)
            var map = [Int16](repeating: 0, count: 128)
            Self.map(a).map.withUnsafeBufferPointer { a in
                Self.map(b).map.withUnsafeBufferPointer { b in
                    map.withUnsafeMutableBufferPointer { OnePermutationMinHash.unionMap(a, b, into: $0) }
                }
            }
            #expect(Self.signature(union, map: map) == Self.minHash.signature(fromSketch: union))
        }
    }

    /// An empty sketch's map is the identity of the minimum, and says it is empty.
    @Test func emptySketchMapIsNeutral() {
        var random = SplitMix64(seed: 3)
        let empty = Self.map(Self.minHash.sketch([]))
        #expect(!empty.filled)
        let other = Self.map(Self.sketch(5, &random)).map
        var map = [Int16](repeating: 0, count: 128)
        empty.map.withUnsafeBufferPointer { a in
            other.withUnsafeBufferPointer { b in map.withUnsafeMutableBufferPointer { OnePermutationMinHash.unionMap(a, b, into: $0) } }
        }
        #expect(map == other)
    }

    /// A whole lookup: blocks from one character to a few hundred, long and short ones side
    /// by side (halves, own keys, unions of short neighbours), give the same keys, origins and
    /// own keys as densifying every signature on its own.
    @Test func lookupKeysAreTheDensifiedOnes() throws {
        let characters = Array("各代表团团长注意到双方同意加强合作中华人民共和国国务院总理会议决定发展经济社会建设改革开放")
        var random = SplitMix64(seed: 11)
        let lengths = [1, 3, 9, 12, 15, 20, 24, 40, 2, 80, 160, 5, 300, 11, 7, 19, 33, 500, 4]
        let texts = lengths.map { length in String((0..<length).map { _ in characters[Int(random.next() % UInt64(characters.count))] }) }
        let fingerprints = SoleMatchTests.fingerprints(texts)
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let byMaps = index.lookupKeysByDonorMaps(for: fingerprints)
        let each = index.lookupKeysDensifyingEach(for: fingerprints)
        #expect(byMaps.all == each.all)
        #expect(byMaps.origins == each.origins)
        #expect(byMaps.own == each.own)
        #expect(!byMaps.all.isEmpty)
    }
}
