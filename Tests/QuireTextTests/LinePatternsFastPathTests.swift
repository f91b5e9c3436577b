import Testing
@testable import QuireText

/// The segmenter's hot checks are written as compares and bit masks; they must answer exactly
/// as the sets and scans they replace.
@Suite struct LinePatternsFastPathTests {
    @Test func sentencePunctuationAgreesWithTheSetEverywhere() {
        var disagreements: [UInt32] = []
        let beyond = Swift.stride(from: UInt32(0x1_0000), to: 0x11_0000, by: 101)
        for v in Array(UInt32(0)..<0x1_0000) + Array(beyond) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if LinePatterns.isSentencePunctuation(scalar) != LinePatterns.sentencePunctuation.contains(scalar) {
                disagreements.append(v)
            }
        }
        #expect(disagreements.isEmpty)
    }
}
