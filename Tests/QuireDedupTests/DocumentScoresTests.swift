import PropertyBased
import Testing

@testable import QuireDedup

/// Matches grouped by document from a block-sorted list agree with counting them one by one
/// through `DocumentRanges.document(holding:)`, blocks of no live document are dropped, a
/// document with a single match reports that match, and one whose matches are all in one
/// block lists their keys.
struct DocumentScoresTests {
    static let cases = zip(Gen.int(in: 1...6).array(of: 1...30), Gen.int(in: 0...200).array(of: 0...120))

    @Test func groupingMatchesCountingOneByOne() async {
        await propertyCheck(count: 200, input: Self.cases) { sizes, picks in
            // Documents 100, 101, … own consecutive ranges; every third is forgotten (a gap).
            var ranges = DocumentRanges()
            var next: Int64 = 1
            for (index, size) in sizes.enumerated() {
                if index % 3 != 2 { ranges.insert(document: 100 + Int64(index), blocks: next...(next + Int64(size) - 1)) }
                next += Int64(size)
            }
            let matches = picks.enumerated().map { position, pick in
                UInt64(pick % Int(next) + 1) << 32 | UInt64(position)
            }
            var sorted = matches
            RadixSort.sortByHighHalf(&sorted)
            let scores = IndexStore.scores(ofSortedMatches: sorted, in: ranges)
            var expected: [Int64: [UInt64]] = [:]
            for match in matches {
                if let document = ranges.document(holding: Int64(match >> 32)) { expected[document, default: []].append(match) }
            }
            #expect(scores.map(\.document) == expected.keys.sorted())
            for (document, score) in scores {
                let own = expected[document] ?? []
                #expect(score.matches == own.count)
                #expect(own.allSatisfy { score.blocks.contains(Int64($0 >> 32)) })
                if own.count == 1 {
                    #expect(score.oneBlock == Int64(own[0] >> 32))
                    #expect(score.oneKey == Int(own[0] & 0xFFFF_FFFF))
                }
                // The key positions are listed exactly when every match is in one block.
                let inOneBlock = Set(own.map { $0 >> 32 }).count == 1
                #expect(score.keysInOneBlock(sorted).sorted() == (inOneBlock ? own.map { Int($0 & 0xFFFF_FFFF) }.sorted() : []))
                if inOneBlock { #expect(score.oneBlock == Int64(own[0] >> 32)) }
            }
        }
    }
}

/// The origins of a lookup's keys come in block order, so a sole match's distinct origins
/// are its neighbours without repeats; the same as a set sorted by block, own keys first.
struct DistinctOriginsTests {
    @Test func originsOfAscendingKeysAreDistinctInBlockOrder() throws {
        let fingerprints = SoleMatchTests.fingerprints((0..<6).map { "第\($0)段" + String(repeating: "各代表团团长注意到双方同意", count: $0 + 1) })
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let origins = index.lookupKeys(for: fingerprints).origins
        var random = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let positions = Array(Set((0..<Int(random.next() % 40)).map { _ in Int(random.next() % UInt64(origins.count)) })).sorted()
            let picked = positions.map { origins[$0] }
            let expected = Array(Set(picked)).sorted { ($0.block, $0.isUnion ? 1 : 0) < ($1.block, $1.isUnion ? 1 : 0) }
            #expect(DuplicateIndex.distinctOrigins(picked) == expected)
        }
    }
}
