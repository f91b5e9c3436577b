import QuireText
import Testing

@testable import QuireDedup

/// The check of a candidate's sole band-key match on its block pair (`SoleMatchCheck`).
struct SoleMatchTests {
    static let fingerprinter = Fingerprinter(configuration: DedupConfiguration())

    static func fingerprints(_ texts: [String]) -> [BlockFingerprint] {
        fingerprinter.fingerprints(of: texts.enumerated().map { index, text in
            Block(kind: .paragraph, text: text, id: "p\(index)", sourceLines: (index + 1)...(index + 1))
        })
    }

    static func query(_ new: [BlockFingerprint]) -> AlignmentQuery {
        AlignmentQuery(new, boilerplateShare: DedupConfiguration().boilerplateShare)
    }

    static func stored(_ text: String) -> StoredBlock {
        let stored = fingerprinter.stored(fingerprints([text])[0])
        return StoredBlock(rowID: 1, xmlID: "p0", values: stored.values, sampled: stored.sampled)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func aNoisyReprintPassesAndAStrangerSharingAFormulaDoesNot(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let original = SyntheticCorpus.paragraph(&random)
        let stranger = SyntheticCorpus.paragraph(&random)
        let new = Self.fingerprints([SyntheticCorpus.noisy(original, rate: 0.02, &random)])
        let origin = KeyOrigin(block: 0, isUnion: false)
        let values = SoleMatchCheck.newValues(of: origin, in: Self.query(new))
        #expect(SoleMatchCheck.sharesText(values, with: Self.stored(original), fingerprinter: Self.fingerprinter))
        #expect(!SoleMatchCheck.sharesText(values, with: Self.stored(stranger), fingerprinter: Self.fingerprinter))
    }

    /// An earlier source that printed two paragraphs as one matches the union of both.
    @Test func aUnionIsCheckedOnBothBlocks() throws {
        var random = SplitMix64(seed: 9)
        let first = SyntheticCorpus.paragraph(&random)
        let second = SyntheticCorpus.paragraph(&random)
        let new = Self.fingerprints([first, second])
        let union = SoleMatchCheck.newValues(of: KeyOrigin(block: 1, isUnion: true), in: Self.query(new))
        #expect(union == Array(Set(new[0].values + new[1].values)).sorted())
        #expect(SoleMatchCheck.sharesText(union, with: Self.stored(first + second), fingerprinter: Self.fingerprinter))
    }

    /// A formula that opens most of the new document's paragraphs is left out of the pair.
    @Test func theNewDocumentsBoilerplateIsLeftOut() throws {
        var random = SplitMix64(seed: 4)
        let formula = "各代表团团长注意到"
        let new = Self.fingerprints((0..<8).map { _ in formula + SyntheticCorpus.paragraph(&random) })
        let formulaValues = Set(Self.fingerprints([formula])[0].values)
        let values = SoleMatchCheck.newValues(of: KeyOrigin(block: 0, isUnion: false), in: Self.query(new))
        #expect(!formulaValues.isEmpty && formulaValues.isSubset(of: Set(new[0].values)))
        #expect(formulaValues.isDisjoint(with: Set(values)))
        #expect(values.count > new[0].values.count / 2)
    }

    /// A pair must share six tenths of the smaller side: a third (a formula and a few names)
    /// or a half (common phrases of short paragraphs) is a chance pair, however many values
    /// that is.
    @Test func aPairSharingAHalfIsRejectedAndOneSharingMostPasses() throws {
        let new = (0..<90).map { UInt32($0 * 7 + 1) }
        func old(sharing count: Int) -> StoredBlock {
            let values = (Array(new.prefix(count)) + (0..<(90 - count)).map { UInt32(1_000_000 + $0) }).sorted()
            return StoredBlock(rowID: 1, xmlID: "p0", values: values, sampled: false)
        }
        #expect(!SoleMatchCheck.sharesText(new, with: old(sharing: 30), fingerprinter: Self.fingerprinter))
        #expect(!SoleMatchCheck.sharesText(new, with: old(sharing: 45), fingerprinter: Self.fingerprinter))
        #expect(!SoleMatchCheck.sharesText(new, with: old(sharing: 53), fingerprinter: Self.fingerprinter))
        #expect(SoleMatchCheck.sharesText(new, with: old(sharing: 54), fingerprinter: Self.fingerprinter))
        #expect(SoleMatchCheck.sharesText(new, with: old(sharing: 80), fingerprinter: Self.fingerprinter))
    }

    /// The merge of a union's two blocks gives what filtering, concatenating and sorting gave,
    /// also when the blocks share text and the document has boilerplate.
    @Test(arguments: [UInt64(11), 12, 13, 14])
    func theUnionMergeMatchesItsDefinition(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let formula = "各代表团团长注意到"
        let shared = SyntheticCorpus.paragraph(&random)
        let texts = (0..<8).map { index in (index % 2 == 0 ? formula : "") + SyntheticCorpus.paragraph(&random) + (index < 4 ? shared : "") }
        let query = Self.query(Self.fingerprints(texts))
        for block in 1..<texts.count {
            func distinctive(_ block: Int) -> [UInt32] {
                query.range(of: block).filter { Int(query.newHolders[$0]) <= query.boilerplateCap }.map { query.values[$0] }
            }
            let expected = Array(Set(distinctive(block - 1) + distinctive(block))).sorted()
            #expect(SoleMatchCheck.newValues(of: KeyOrigin(block: block, isUnion: true), in: query) == expected)
            #expect(SoleMatchCheck.newValues(of: KeyOrigin(block: block, isUnion: false), in: query) == distinctive(block))
        }
    }

    /// A document's value holders and boilerplate, counted by brute force, on both sides of
    /// `AlignmentQuery.mergedBlocks` (runs merged; radix-sorted past it).
    @Test(arguments: [8, AlignmentQuery.mergedBlocks, AlignmentQuery.mergedBlocks + 1, 90])
    func queryCountsHoldersWhicheverWayItSorts(blocks: Int) throws {
        var random = SplitMix64(seed: UInt64(blocks))
        let formula = "各代表团团长注意到"
        let texts = (0..<blocks).map { index in (index % 3 == 0 ? formula : "") + SyntheticCorpus.paragraph(&random) }
        let new = Self.fingerprints(texts)
        let query = Self.query(new)
        var holders: [UInt32: Int] = [:]
        for block in new { for value in block.values { holders[value, default: 0] += 1 } }
        #expect(query.values == new.flatMap(\.values))
        #expect(query.newHolders.map(Int.init) == query.values.map { holders[$0]! })
        #expect(query.boilerplateValues == holders.filter { $0.value > query.boilerplateCap }.keys.sorted())
        #expect(!query.boilerplateValues.isEmpty)
    }
}
