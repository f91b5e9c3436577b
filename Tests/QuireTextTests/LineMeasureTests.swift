import PropertyBased
import Testing
@testable import QuireText

/// The profile the normaliser measures while it decodes (ideographs counted a run at a time,
/// white space at the line's ends taken back as it is trimmed) against the plain definition
/// counted scalar by scalar over the finished line.
@Suite("Line measure agrees with the plain definition")
struct LineMeasureTests {
    static let scalar = Gen<Unicode.Scalar>.frequency(
        (6, Gen.unicodeScalar(in: "\u{4E00}"..."\u{9FFF}")),
        (4, Gen.unicodeScalar(in: "\u{20}"..."\u{7E}")),
        (3, Gen<Unicode.Scalar?>.element(of: [" ", "\u{3000}", "\t", "\u{A0}", "\u{2003}"]).map { $0! }),
        (2, Gen<Unicode.Scalar?>.element(of: ["，", "。", "、", "“", "”", "《", "—", "…", "·", "！", "？", "；", "："]).map { $0! }),
        (1, Gen<Unicode.Scalar?>.element(of: ["\u{AD}", "\u{FB01}", "\u{FF11}", "\u{FF21}", "\u{200B}", "\u{1}", "é", "\u{3042}", "\u{20001}", "\u{1F600}"]).map { $0! })
    )
    static let line = scalar.array(of: 1...40).map { String(String.UnicodeScalarView($0)) }

    /// Width, Han characters, letters and letter-spacing by their definitions.
    static func reference(_ scalars: [Unicode.Scalar]) -> (width: Double, han: Int, letters: Int, letterspaced: Bool) {
        var width = 0.0, han = 0, letters = 0, spaced = 0, tight = 0
        var previousIsCJK = false, sawSpace = false
        for scalar in scalars {
            let cls = scalar.layoutClass
            switch cls {
            case .han: width += 1; han += 1
            case .cjkPunctuation: width += 1
            case .letter: width += 0.5; letters += 1
            case .space: width += scalar == "\u{3000}" ? 1 : 0
            default: width += 0.5
            }
            if cls == .space { sawSpace = true; continue }
            if cls.isCJK && previousIsCJK { if sawSpace { spaced += 1 } else { tight += 1 } }
            previousIsCJK = cls.isCJK
            sawSpace = false
        }
        return (width, han, letters, spaced >= 3 && spaced * 2 >= spaced + tight)
    }

    @Test func measuredWhileDecodingEqualsTheDefinition() async {
        await propertyCheck(count: 1000, input: Self.line) { line in
            var log = RepairLog()
            guard let profile = Repairer.profileLines([line], log: &log).first else { return }
            let expected = Self.reference(profile.scalars.array)
            #expect(profile.width == expected.width)
            #expect(profile.hanCount == expected.han)
            #expect(profile.letterCount == expected.letters)
            #expect(profile.isLetterspaced == expected.letterspaced)
            // The facts the segmenter's passes ask instead of scanning the line.
            #expect(profile.hasSpace == profile.scalars.contains { $0.layoutClass == .space })
            #expect(profile.hasSentenceMark == profile.scalars.contains { "。！？…".unicodeScalars.contains($0) })
            #expect(profile.hasFullWidthSentencePunctuation
                    == profile.scalars.contains { $0.value > 0x7F && LinePatterns.isSentencePunctuation($0) })
            #expect(profile.hasSentencePunctuation == LinePatterns.hasSentencePunctuation(profile.scalars))
        }
    }

    @Test func letterspacedChineseIsTold() {
        var log = RepairLog()
        let profiles = Repairer.profileLines(["\u{3000}\u{3000}关 于 加 强 管 理 的 通 知\u{3000}", "关于加强管理 的通知"], log: &log)
        #expect(profiles.map(\.isLetterspaced) == [true, false])
        #expect(profiles.map(\.width) == [9, 9])
    }
}
