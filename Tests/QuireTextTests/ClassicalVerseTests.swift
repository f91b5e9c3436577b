import Testing
@testable import QuireText

/// Chinese verse set off from the prose keeps its lines; prose in a narrow column does not
/// become verse.
@Suite struct ClassicalVerseTests {
    /// A couplet quoted in a report, indented under the paragraph that introduces it.
    @Test func aQuotedCoupletKeepsItsLines() {
        let text = """
            \u{3000}\u{3000}当前，我国经济恢复的基础尚不牢固，需求收缩、供给冲击、预期转弱三重压力仍然较大。正如古人所说：
            \u{3000}\u{3000}\u{3000}\u{3000}长风破浪会有时，
            \u{3000}\u{3000}\u{3000}\u{3000}直挂云帆济沧海。
            \u{3000}\u{3000}我们要坚定信心，迎难而上，奋力开创高质量发展新局面。各地区各部门要认真贯彻落实党中央决策部署，
            扎实做好各项工作。
            """
        #expect(readingText(repaired(text)) == """
            当前，我国经济恢复的基础尚不牢固，需求收缩、供给冲击、预期转弱三重压力仍然较大。正如古人所说：
            长风破浪会有时，
            直挂云帆济沧海。
            我们要坚定信心，迎难而上，奋力开创高质量发展新局面。各地区各部门要认真贯彻落实党中央决策部署，扎实做好各项工作。
            """)
    }

    /// A quatrain of five-character lines, flush, between blank-line paragraphs.
    @Test func aQuatrainKeepsItsLines() {
        let text = "他在讲话中引用了一首诗，表达了对家乡的思念之情。\n\n床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。\n\n这首诗流传千年，至今仍被人们传诵。\n"
        #expect(readingText(repaired(text)) == "他在讲话中引用了一首诗，表达了对家乡的思念之情。\n床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。\n这首诗流传千年，至今仍被人们传诵。")
    }

    /// Prose cut by a narrow column fills its lines: however short they are, it goes on.
    @Test func proseInANarrowColumnIsNoVerse() {
        let text = "会议强调，要加快发\n展数字经济，推动数\n字经济和实体经济深\n度融合，打造具有国\n际竞争力的数字产业\n集群。\n"
        #expect(readingText(repaired(text)) == "会议强调，要加快发展数字经济，推动数字经济和实体经济深度融合，打造具有国际竞争力的数字产业集群。")
    }
}
