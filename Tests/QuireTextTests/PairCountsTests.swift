import Testing
@testable import QuireText

/// The segmenter's open-addressed pair counts must count exactly as a dictionary, through
/// every growth of the table.
@Suite struct PairCountsTests {
    @Test func countsAsADictionaryDoes() {
        var counts = PairCounts()
        var reference: [UInt64: Int] = [:]
        #expect(counts.isEmpty)
        #expect(counts[BigramCounts.key("各", "代")] == 0)
        var state: UInt64 = 12345
        for _ in 0..<5000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let a = Unicode.Scalar(UInt32(0x4E00 + (state >> 33) % 300))!
            let b = Unicode.Scalar(UInt32(0x4E00 + (state >> 45) % 7))!
            let key = BigramCounts.key(a, b)
            counts.increment(key)
            reference[key, default: 0] += 1
        }
        #expect(counts.count == reference.count)
        #expect(counts.total == 5000)
        #expect(counts.occurrences(ofKeysCountedAtLeast: 2) == reference.values.filter { $0 >= 2 }.reduce(0, +))
        #expect(counts.occurrences(ofKeysCountedAtLeast: 1) == 5000)
        for (key, value) in reference { #expect(counts[key] == value) }
        #expect(counts[BigramCounts.key("a", "b")] == 0)
    }
}
