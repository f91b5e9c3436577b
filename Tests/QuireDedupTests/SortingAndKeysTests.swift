import PropertyBased
import Testing

@testable import QuireDedup

/// The hand-written sorts and the key de-duplication agree with the standard library.
struct SortingAndKeysTests {
    /// Words with few distinct high halves, so that runs of equal high halves (where
    /// stability and the insertion pass matter) are common, and lengths on both sides of
    /// the insertion-sort limit.
    static let words = zip(Gen.int(in: 0...40), Gen.int(in: 0...1_000_000)).array(of: 0...400)

    /// Longer lists whose equal high halves share the top bits with unequal ones (the
    /// top-bits pass, then the insertion pass, which gives up on such skewed lists and
    /// hands the rest to the four passes).
    static let spreadWords = zip(Gen.int(in: 0...60), Gen.int(in: 0...1_000_000)).array(of: 0...1200)

    static func pack(_ pairs: [(Int, Int)]) -> [UInt64] {
        pairs.map { UInt64($0.0) &* 0x0101_0101 << 32 | UInt64($0.1) }
    }

    static func spread(_ pairs: [(Int, Int)]) -> [UInt64] {
        // High halves: few distinct values whose top bytes collide (x * 3 % 7 only takes 7).
        pairs.map { UInt64(($0.0 * 3 % 7) << 24 | ($0.0 &* 0x9E37) & 0xFF_FFFF) << 32 | UInt64($0.1) }
    }

    static func expectSortedFully(_ words: [UInt64]) {
        var sorted = words
        RadixSort.sort(&sorted)
        #expect(sorted == words.sorted())
    }

    /// Sorting by the high halves keeps the input order among equal high halves.
    static func expectStableByHighHalf(_ words: [UInt64]) {
        var sorted = words
        RadixSort.sortByHighHalf(&sorted)
        #expect(sorted == words.enumerated().sorted { ($0.element >> 32, $0.offset) < ($1.element >> 32, $1.offset) }.map(\.element))
    }

    @Test func radixSortSortsFully() async {
        await propertyCheck(count: 200, input: Self.words) { Self.expectSortedFully(Self.pack($0)) }
        await propertyCheck(count: 200, input: Self.spreadWords) { Self.expectSortedFully(Self.spread($0)) }
    }

    @Test func sortByHighHalfIsStable() async {
        await propertyCheck(count: 200, input: Self.words) { Self.expectStableByHighHalf(Self.pack($0)) }
        await propertyCheck(count: 200, input: Self.spreadWords) { Self.expectStableByHighHalf(Self.spread($0)) }
    }

    /// Hash-like words (even top bits) of every size the top-bits pass takes, past the
    /// lengths above; and one list long enough for the four passes.
    @Test(arguments: [49, 300, 513, 2000, 5000, 70000])
    func largeListsSortStablyAndFully(count: Int) {
        var random = SplitMix64(seed: UInt64(count))
        var words: [UInt64] = []
        for index in 0..<count {
            // Every fifth word repeats an earlier word's high half: stability is visible.
            let high = index % 5 == 4 ? words[Int(random.next() % UInt64(index))] >> 32 : random.next() >> 32
            words.append(high << 32 | UInt64(index))
        }
        Self.expectStableByHighHalf(words)
        Self.expectSortedFully(words)
    }

    /// High halves that all share their top 16 bits: every word lands in one bucket of the
    /// top-bits pass, and the insertion pass must hand over to the four passes.
    @Test func skewedListsStillSortStably() {
        var random = SplitMix64(seed: 3)
        let words = (0..<3000).map { index in (0xABCD_0000 | random.next() % 0x400) << 32 | UInt64(index) }
        Self.expectStableByHighHalf(words)
    }

    @Test func distinctKeysKeepFirstOccurrences() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...300).array(of: 0...3000)) { numbers in
            let keys = numbers.map { Int64($0) << 20 }
            var seen = Set<Int64>()
            let expected = keys.filter { seen.insert($0).inserted }
            #expect(IndexStore.distinct(keys) == expected)
        }
    }

    /// Matches sorted with their blocks spread over the high halves come out as a plain sort
    /// would give them: blocks close together (a small index), one block for all, and blocks
    /// from 1 to the largest id.
    @Test(arguments: [UInt64(1), 1 << 20, UInt64(UInt32.max)])
    func spreadingBlocksSortsAsPlainSorting(largest: UInt64) async {
        await propertyCheck(count: 200, input: zip(Gen.int(in: 0...1_000_000), Gen.int(in: 0...20_000)).array(of: 0...300)) { pairs in
            let words = pairs.map { (UInt64($0.0) % largest + 1) << 32 | UInt64($0.1) }
            var sorted = words
            IndexStore.sortSpreadingBlocks(&sorted)
            #expect(sorted == words.sorted())
        }
    }

    /// The leading elements of a list without ties (candidates: many matches first, then the
    /// lowest document) are the sort's prefix, for counts below, at and above the list's length.
    @Test(arguments: [0, 1, 2, 16, 40])
    func leadingElementsAreTheSortedPrefix(count: Int) async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...5).array(of: 0...30)) { matches in
            // Documents numbered by position, shuffled by their match counts: no two tie.
            let scores = matches.enumerated().map { (document: Int64(($0.offset * 7) % 31), matches: $0.element) }
            let order: ((document: Int64, matches: Int), (document: Int64, matches: Int)) -> Bool = {
                $0.matches != $1.matches ? $0.matches > $1.matches : $0.document < $1.document
            }
            let leading = scores.leading(count, by: order)
            let expected = Array(scores.sorted(by: order).prefix(count))
            #expect(leading.map(\.document) == expected.map(\.document))
            #expect(leading.map(\.matches) == expected.map(\.matches))
        }
    }

    /// What is stored of a block: a long block's values that pass the sample rule, in order;
    /// a short block's values all.
    @Test func storedValuesAreTheSampleRulesFilter() async {
        let fingerprinter = Fingerprinter(configuration: DedupConfiguration())
        await propertyCheck(count: 100, input: Gen.int(in: 0...Int(UInt32.max)).array(of: 0...300)) { raw in
            let values = Array(Set(raw.map { UInt32($0) })).sorted()
            let fingerprint = BlockFingerprint(
                position: 0, id: "p0", shingleCount: values.count, values: values, isLong: true, isHeading: false,
                sketches: [])
            let stored = fingerprinter.stored(fingerprint)
            let long = values.count > fingerprinter.configuration.fullShingleLimit
            #expect(stored.sampled == long)
            #expect(stored.values == (long ? values.filter(fingerprinter.inSample) : values))
        }
    }

    /// Merging a list's sorted runs gives the sorted list, and for `value << 32 | position`
    /// words the order of a stable sort by value (`RadixSort.sortByHighHalf`), with runs of
    /// every length, empty ones included, and values repeated across runs.
    @Test func mergingSortedRunsSorts() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...40).array(of: 0...60).array(of: 0...30)) { runs in
            var words: [UInt64] = []
            var bounds = [0]
            for run in runs {
                for value in Array(Set(run)).sorted() { words.append(UInt64(value) << 32 | UInt64(words.count)) }
                bounds.append(words.count)
            }
            var merged = words
            RunMerge.sort(&merged, runBounds: bounds)
            var stable = words
            RadixSort.sortByHighHalf(&stable)
            #expect(merged == words.sorted())
            #expect(merged == stable)
        }
    }
}

/// The sample rule's mask test for powers of two keeps what the division keeps.
struct SampleRuleTests {
    @Test(arguments: [1, 2, 3, 4, 5, 8, 12, 64])
    func keepsWhatDivisionKeeps(sampling: Int) {
        let rule = SampleRule(sampling: sampling)
        var random = SplitMix64(seed: UInt64(sampling))
        for _ in 0..<2000 {
            let value = UInt32(truncatingIfNeeded: random.next())
            #expect(rule.keeps(value) == (value % UInt32(sampling) == 0))
        }
        #expect(rule.keeps(0))
    }
}
