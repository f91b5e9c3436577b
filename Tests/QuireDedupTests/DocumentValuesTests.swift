import PropertyBased
import QuireText
import Testing

@testable import QuireDedup

/// A document's values made with one sort of all its shingles (`DocumentValues`) are what a
/// sort per block made, and the query made from them is the query made by sorting the
/// blocks' values again.
struct DocumentValuesTests {
    /// Blocks of hashes with few distinct high halves, so that a value is often in several
    /// blocks and a block often holds different hashes of one high half (counted apart), and
    /// repeats of one hash.
    static let blocks = zip(Gen.int(in: 0...30), Gen.int(in: 0...5)).array(of: 0...60).array(of: 1...12)

    @Test func oneSortMakesWhatASortPerBlockMade() async {
        await propertyCheck(count: 200, input: Self.blocks) { blocks in
            let hashes = blocks.map { $0.map { UInt64($0.0) &* 0x9E37_79B9 << 32 | UInt64($0.1) } }
            var starts = [0]
            for block in hashes { starts.append(starts.last! + block.count) }
            let made = Array(hashes.joined()).withUnsafeBufferPointer { DocumentValues.make(shingles: $0, shingleStarts: starts) }
            let values = hashes.map { Set($0.map { UInt32(truncatingIfNeeded: $0 >> 32) }).sorted() }
            #expect(made.shingleCounts == hashes.map { Set($0).count })
            #expect((0..<hashes.count).map { made.values(of: $0) } == values)
            var expected: [UInt64] = []
            for (index, value) in values.joined().enumerated() { expected.append(UInt64(value) << 32 | UInt64(index)) }
            #expect(made.sortedEntries == expected.sorted())
        }
    }

    /// On real pages: the fingerprints' values and the lookup's query, made both ways.
    @Test func theQueryIsTheOneSortingMade() {
        let corpus = SyntheticCorpus(seed: 7, documentCount: 6, noise: 0.02)
        let fingerprinter = Fingerprinter(configuration: DedupConfiguration())
        // Documents of a few blocks (merged runs) and of more than `mergedBlocks` (radix sort).
        let documents = corpus.documents.map(\.blocks) + [corpus.documents.flatMap(\.blocks).enumerated().map { index, block in
            Block(kind: block.kind, text: block.text, id: "b\(index)", sourceLines: (index + 1)...(index + 1))
        }]
        #expect(documents.last!.count > AlignmentQuery.mergedBlocks)
        for blocks in documents {
            let (fingerprints, values) = fingerprinter.fingerprintsAndValues(of: blocks)
            let share = DedupConfiguration().boilerplateShare
            let sorted = AlignmentQuery(fingerprints, boilerplateShare: share)
            let given = AlignmentQuery(fingerprints, values: values, boilerplateShare: share)
            #expect(given.starts == sorted.starts)
            #expect(given.values == sorted.values)
            #expect(given.sortedEntries == sorted.sortedEntries)
            #expect(given.newHolders == sorted.newHolders)
            #expect(given.boilerplateValues == sorted.boilerplateValues)
        }
    }
}
