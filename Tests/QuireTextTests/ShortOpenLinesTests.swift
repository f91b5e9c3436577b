import Testing
@testable import QuireText

/// Short lines with no final mark that stand on their own (a script's speaker names, a radio
/// play's cues) are not the lines a column filled: five of them must not shrink the column
/// estimate to their width, so that every line reads as full and the text runs together.
@Suite struct ShortOpenLinesTests {
    @Test func speakerNamesOverTheirLinesStayLinesOfTheirOwn() {
        let speeches = [("林小满", "今年全市经济运行总体平稳，主要指标好于预期。"),
                        ("周明", "工业生产稳步回升，规模以上工业增加值增长百分之六。"),
                        ("陈思远", "消费市场持续恢复，社会消费品零售总额增长百分之八。"),
                        ("王海涛", "固定资产投资保持增长，重点项目建设进展顺利。"),
                        ("李欣", "就业形势保持稳定，城镇新增就业完成全年目标任务。")]
        let input = speeches.map { $0.0 + "\n" + $0.1 + "\n" }.joined()
        let expected = speeches.map { $0.0 + "\n" + $0.1 }.joined(separator: "\n")
        #expect(readingText(repaired(input)) == expected)
    }

    /// Prose cut by its column, its headings short and open: the column is measured as before
    /// (a full line goes on into the next).
    @Test func aColumnWithShortHeadingsStillJoinsItsLines() {
        let input = "一、总体要求\n坚持稳中求进工作总基调，完整准确全面贯彻新发展\n理念，加快构建新发展格局，着力推动高质量发展。\n二、主要目标\n到2025年，全市地区生产总值年均增长百分之六左右\n，城乡居民收入增长与经济增长基本同步。\n三、重点任务\n加快建设现代化产业体系，推动制造业高端化、智能\n化、绿色化发展，培育壮大战略性新兴产业集群。\n"
        let text = readingText(repaired(input))
        #expect(text.contains("完整准确全面贯彻新发展理念"))
        #expect(text.contains("推动制造业高端化、智能化、绿色化发展"))
    }
}
