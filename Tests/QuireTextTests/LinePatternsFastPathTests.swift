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

    /// `String(scalars:)` writes runs of three-byte scalars with four-byte stores: one-, two-,
    /// three- and four-byte scalars in every order, a run at either end, must round-trip.
    @Test(arguments: ["", "a", "中", "中文", "a中", "中a", "é中é", "中\u{20000}中", "\u{1F600}", "abc中文。，ü\u{3000}x𠀀中",
                      "中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文"])
    func scalarsRoundTrip(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars[...]) == text)
    }
}
