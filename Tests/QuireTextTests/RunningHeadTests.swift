import Testing
@testable import QuireText

/// A report's inner pages print its title shortened beside the page number: page furniture,
/// not a heading over the next section.
@Suite struct RunningHeadTests {
    static let report = """
                        2023年全省农业农村经济运行情况分析

        2023年，全省农业农村经济总体保持稳中向好态势。全年粮食总产量达到
    736.2亿斤，连续九年稳定在700亿斤以上；农村居民人均可支配收入21691
    元，同比增长7.8%，增速快于城镇居民2.6个百分点。
        一、粮食生产再获丰收
        全年粮食播种面积8945.6万亩，比上年增加12.3万亩。其中，夏粮产量
    254.7亿斤，秋粮产量481.5亿斤。高标准农田建设持续推进，新建和改造提
    升高标准农田320万亩。
                                      — 2 —
                            农业农村经济运行情况分析
        二、乡村产业加快发展
        全省规模以上农产品加工企业达到6100家，营业收入突破1.2万亿元。休闲
    农业和乡村旅游接待游客3.1亿人次，实现经营收入1050亿元。
    """

    @Test func aShortenedTitleBesideAPageNumberIsFurniture() {
        let blocks = repaired(Self.report).blocks
        #expect(blocks.filter { $0.kind == .furniture }.map(\.text) == ["—2—", "农业农村经济运行情况分析"])
        #expect(blocks.filter { $0.kind == .heading }.map(\.text) == ["一、粮食生产再获丰收", "二、乡村产业加快发展"])
    }

    /// A report's short running head printed once, right after the page number, where the page
    /// turned inside a sentence: furniture, and the sentence joins across it.
    @Test func aShortHeadAfterAPageNumberInsideASentenceIsFurniture() {
        let text = """
            （一）大力推进现代化产业体系建设，加快发展新质生产力。
            推动产业链供应链优化升级。保持工业经济平稳运行。实施

            — 12 —

            政府工作报告

            制造业重点产业链高质量发展行动，着力补齐短板、拉长长
            板、锻造新板，增强产业链供应链韧性和竞争力。
            """
        let blocks = repaired(text).blocks
        #expect(blocks.filter { $0.kind == .furniture }.map(\.text) == ["—12—", "政府工作报告"])
        #expect(blocks.contains { $0.text.hasSuffix("保持工业经济平稳运行。实施制造业重点产业链高质量发展行动，着力补齐短板、拉长长板、锻造新板，增强产业链供应链韧性和竞争力。") })
    }

    @Test(arguments: [("农业农村经济运行情况分析", true), ("2023年全省农业农村", true), ("运行情况分析", false),
                      ("农业农村经济运行情况", true), ("农村经济运行状况分析", false),
                      ("2023年全省农业农村经济运行情况分析", false)])
    func shortenedTitles(_ line: String, _ expected: Bool) {
        let title = LineScalars(Array("2023年全省农业农村经济运行情况分析".unicodeScalars))
        #expect(Segmenter.shortensTitle(LineScalars(Array(line.unicodeScalars)), title) == expected)
    }
}
