import Testing
@testable import QuireText

/// The class table is filled range by range for speed; it must agree with the range list it
/// is built from for every scalar, including where ranges overlap (ASCII, the main Han block),
/// whether read through `layoutClass` or through a `ScalarClassifier`.
@Suite struct ScalarClassTests {
    @Test func tableAgreesWithTheRangeListEverywhere() {
        var disagreements: [UInt32] = []
        let classifier = ScalarClassifier()
        // Every scalar of the Basic Multilingual Plane (the table), and a sample above it.
        let beyond = Swift.stride(from: UInt32(0x1_0000), to: 0x11_0000, by: 101)
        for v in Array(UInt32(0)..<0x1_0000) + Array(beyond) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let expected = ScalarClass(classifying: v)
            if scalar.layoutClass != expected || classifier.classify(scalar) != expected { disagreements.append(v) }
        }
        #expect(disagreements.isEmpty)
    }

    /// `isDigit` answers `layoutClass == .digit` without the table, for every scalar.
    @Test func digitTestAgreesWithTheClassEverywhere() {
        let beyond = Swift.stride(from: UInt32(0x1_0000), to: 0x11_0000, by: 101)
        let disagreements = (Array(UInt32(0)..<0x1_0000) + Array(beyond)).filter { v in
            guard let scalar = Unicode.Scalar(v) else { return false }
            return scalar.isDigit != (scalar.layoutClass == .digit)
        }
        #expect(disagreements.isEmpty)
    }

    @Test(arguments: [
        ("中", ScalarClass.han), ("。", .cjkPunctuation), ("“", .cjkPunctuation), ("·", .cjkPunctuation),
        ("a", .letter), ("é", .letter), ("×", .other), ("7", .digit), ("\u{3000}", .space), ("\u{A0}", .space),
        ("-", .other), ("가", .han), ("\u{20000}", .han), ("\u{1F600}", .other),
    ] as [(Unicode.Scalar, ScalarClass)])
    func knownClasses(scalar: Unicode.Scalar, expected: ScalarClass) {
        #expect(scalar.layoutClass == expected)
    }
}
