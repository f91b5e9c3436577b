import Testing
@testable import QuireText

/// The two windows `ColumnModel` slides over line widths (the half-em counts of
/// `slideCounting`, read by `HalfEmWindow.quantile(of:…)`, and `SortedWindow`) give the same
/// quantiles, to the bit, and `ScalarSet` answers membership as a `Set` would.
@Suite("Column windows and scalar sets")
struct ColumnWindowTests {
    /// A small deterministic generator: the same sequence on every run.
    struct Lehmer: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    @Test func halfEmWindowAgreesWithTheSortedWindow() {
        var random = Lehmer(state: 7)
        for _ in 0..<200 {
            // Widths in half ems, a column's worth and some outliers, entering and leaving in order.
            let widths = (0..<Int.random(in: 5...120, using: &random)).map { _ in
                Double(Int.random(in: 0...1, using: &random) == 0 ? Int.random(in: 2...90, using: &random)
                                                                   : Int.random(in: 50...60, using: &random)) * 0.5
            }
            let buckets = widths.map(HalfEmWindow.bucket)
            let lowest = buckets.min()!
            // The counts per half em, as `ColumnModel.slideCounting` keeps them.
            var counts = [Int](repeating: 0, count: buckets.max()! - lowest + 1)
            var count = 0
            var sorted = SortedWindow(capacity: widths.count)
            var lower = 0
            for (upper, width) in widths.enumerated() {
                counts[buckets[upper] - lowest] += 1
                count += 1
                sorted.insert(width)
                if upper - lower >= 50 {
                    counts[buckets[lower] - lowest] -= 1
                    count -= 1
                    sorted.remove(widths[lower])
                    lower += 1
                }
                for q in [0.0, 0.25, 0.5, 0.75, 1.0] {
                    let histogram = counts.withUnsafeBufferPointer { HalfEmWindow.quantile(of: $0, count: count, lowest: lowest, q) }
                    #expect(histogram.bitPattern == sorted.quantile(q).bitPattern)
                }
            }
        }
    }

    @Test func scalarSetAnswersLikeASet() {
        let members = "的了和与及或在于对将把被从向为以等并而且其之所是有要会可能应由按据经同跟给让使当则即就也都还又再均各每该此这那至到如若因但-—–·•/第页共,，PpAa"
        let set = ScalarSet(members)
        let reference = Set(members.unicodeScalars)
        for v in UInt32(0)...0x1_0000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            #expect(set.contains(scalar) == reference.contains(scalar))
        }
        #expect(!ScalarSet("").contains("a"))
    }
}
