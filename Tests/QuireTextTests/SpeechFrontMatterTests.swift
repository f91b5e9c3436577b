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

    /// A flat extraction with no subtitle: the bracketed date and the speaker's name under the
    /// title, in either order, are lines of their own, and so is the salutation; the numbered
    /// heading of a text too short for a column estimate ends where it stops short.
    @Test(arguments: [("（2023年1月10日）\n王志刚", [BlockKind.title, .date, .signature]),
                      ("王志刚\n（2023年1月10日）", [BlockKind.title, .signature, .date])])
    func aDateInBracketsUnderTheTitleOpensTheFrontMatter(_ middle: String, _ kinds: [BlockKind]) {
        let input = "在2023年全国科技工作会议上的讲话\n" + middle + "\n同志们：\n这次会议的主要任务是，深入学习贯彻党的二十大精神，总结过去五年科技工作，部署2023年\n重点任务。下面，我讲三点意见。\n一、过去五年科技工作取得历史性成就\n五年来，我们坚持把科技自立自强作为国家发展的战略支撑，基础研究和原始创新能力不断增强，\n关键核心技术攻关取得重大突破。\n谢谢大家！\n"
        let expected = "在2023年全国科技工作会议上的讲话\n" + middle + "\n同志们：\n这次会议的主要任务是，深入学习贯彻党的二十大精神，总结过去五年科技工作，部署2023年重点任务。下面，我讲三点意见。\n一、过去五年科技工作取得历史性成就\n五年来，我们坚持把科技自立自强作为国家发展的战略支撑，基础研究和原始创新能力不断增强，关键核心技术攻关取得重大突破。\n谢谢大家！"
        let document = repaired(input)
        #expect(readingText(document) == expected)
        #expect(Array(document.blocks.map(\.kind).prefix(3)) == kinds)
    }

    @Test func aDashInsideProseIsNoSubtitle() {
        let input = "会议指出，要坚持稳中求进工作总基调。他强调\n——这是做好经济工作的根本遵循。\n"
        #expect(readingText(repaired(input)) == "会议指出，要坚持稳中求进工作总基调。他强调——这是做好经济工作的根本遵循。")
    }
}
