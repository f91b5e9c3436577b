import Testing
@testable import QuireText

/// A speech's front matter: title, dash-led subtitle, speaker, bracketed date, each a line.
@Suite struct SpeechFrontMatterTests {
    @Test func titleSubtitleSpeakerAndDateAreLinesOfTheirOwn() {
        let input = "坚定信心　实干担当\n——在全市经济工作会议上的讲话\n市委书记　王建国\n（2024年1月8日）\n\n同志们：\n\n这次会议的主要任务是，总结今年经济工作，部署明年经济工作。\n"
        let expected = "坚定信心\u{3000}实干担当\n——在全市经济工作会议上的讲话\n市委书记 王建国\n（2024年1月8日）\n同志们：\n这次会议的主要任务是，总结今年经济工作，部署明年经济工作。"
        let document = repaired(input)
        #expect(readingText(document) == expected)
        #expect(document.title == "坚定信心\u{3000}实干担当")
        #expect(document.blocks.map(\.kind).prefix(4) == [.title, .heading, .signature, .date])
    }

    @Test func aDashInsideProseIsNoSubtitle() {
        let input = "会议指出，要坚持稳中求进工作总基调。他强调\n——这是做好经济工作的根本遵循。\n"
        #expect(readingText(repaired(input)) == "会议指出，要坚持稳中求进工作总基调。他强调——这是做好经济工作的根本遵循。")
    }
}
