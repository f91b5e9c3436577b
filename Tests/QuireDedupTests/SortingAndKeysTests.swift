import PropertyBased
import Testing

@testable import QuireDedup

/// The hand-written sorts and the key de-duplication agree with the standard library.
struct SortingAndKeysTests {
    /// Words with few distinct high halves, so that runs of equal high halves (where
    /// stability and the insertion pass matter) are common, and lengths on both sides of
    /// the insertion-sort limit.
    static let words = zip(Gen.int(in: 0...40), Gen.int(in: 0...1_000_000)).array(of: 0...400)

    static func pack(_ pairs: [(Int, Int)]) -> [UInt64] {
        pairs.map { UInt64($0.0) &* 0x0101_0101 << 32 | UInt64($0.1) }
    }

    @Test func radixSortSortsFully() async {
        await propertyCheck(count: 200, input: Self.words) { pairs in
            var words = Self.pack(pairs)
            let expected = words.sorted()
            RadixSort.sort(&words)
            #expect(words == expected)
        }
    }

    /// Sorting by the high halves keeps the input order among equal high halves.
    @Test func sortByHighHalfIsStable() async {
        await propertyCheck(count: 200, input: Self.words) { pairs in
            var words = Self.pack(pairs)
            let expected = words.enumerated().sorted { ($0.element >> 32, $0.offset) < ($1.element >> 32, $1.offset) }.map(\.element)
            RadixSort.sortByHighHalf(&words)
            #expect(words == expected)
        }
    }

    @Test func distinctKeysKeepFirstOccurrences() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...300).array(of: 0...3000)) { numbers in
            let keys = numbers.map { Int64($0) << 20 }
            var seen = Set<Int64>()
            let expected = keys.filter { seen.insert($0).inserted }
            #expect(IndexStore.distinct(keys) == expected)
        }
    }
}
