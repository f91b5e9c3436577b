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
                #expect(score.keysInOneBlock.sorted() == (inOneBlock ? own.map { Int($0 & 0xFFFF_FFFF) }.sorted() : []))
                if inOneBlock { #expect(score.oneBlock == Int64(own[0] >> 32)) }
            }
        }
    }
}
