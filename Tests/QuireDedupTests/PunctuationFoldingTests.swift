import Testing

@testable import QuireDedup

/// The punctuation `TextFolding.fold` takes as a boundary without asking the scalar's
/// properties is exactly what the general path would take as one: no letter, number or mark
/// (which it keeps or drops) among it, by this runtime's Unicode data.
struct PunctuationFoldingTests {
    static let ranges: [ClosedRange<UInt32>] = [0x2000...0x206F, 0x3000...0x303F]

    @Test func theFastPathTakesNoLetterNumberOrMark() {
        var taken = 0
        for value in Self.ranges.joined() where TextFolding.isPunctuationOrSpace(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
                Issue.record("U+\(String(value, radix: 16, uppercase: true)) is \(scalar.properties.generalCategory)")
            default:
                taken += 1
            }
        }
        #expect(taken > 140)
    }

    /// Folding keeps the letters of the CJK punctuation block and drops its marks, as before.
    @Test func lettersOfThePunctuationBlockAreKept() {
        let folded = TextFolding.fold("人々、〇〇七年〆切。「期」\u{302A}—“议”…").scalars
        #expect(folded == Array("人々〇〇七年〆切期议".unicodeScalars.map(\.value)))
    }
}
