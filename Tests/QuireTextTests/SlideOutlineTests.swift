import Testing
@testable import QuireText

/// A slide deck or outline as a PDF extractor gives it: bulleted items, dash-led sub-items,
/// numbered headings, and each slide's foot (the issuer and the slide's number).
@Suite struct SlideOutlineTests {
    static let deck = """
        江城市数字政府建设三年行动计划
        （2024—2026年）
        政策解读

        江城市政务服务数据管理局
        2024年1月

        一、总体目标
        • 到2026年，全市政务服务事项网上可办率达到100%
        • “一网通办”平台日均办件量突破5万件
           – 高频事项“掌上办”比例不低于90%
           - 企业开办时间压缩至1个工作日以内
        • 建成全市统一的数据共享交换平台

                                                           江城市政务服务数据管理局  2

        二、重点任务
        • 夯实数字基础设施
           – 推进政务云扩容升级，新增算力资源30%
           – 统一全市电子政务外网
        • 提升政务服务效能
           – 推行“免证办”“秒批秒办”

                                                           江城市政务服务数据管理局  3
        """

    /// Each sub-item is a line of its own, though the item above it ends with no mark.
    @Test func dashSubItemsOpenLines() {
        let text = readingText(repaired(Self.deck))
        #expect(text.contains("件\n–高频事项"))
        #expect(text.contains("90%\n-企业开办时间"))
        #expect(text.contains("30%\n–统一全市电子政务外网"))
    }

    /// The slide's foot, printed two spaces from its number, is furniture (the same text beside
    /// another number), and the item above it does not run into the next slide's heading.
    @Test func theSlideFootIsFurnitureAndTheNextHeadingStandsAlone() {
        let document = repaired(Self.deck)
        #expect(document.blocks.filter { $0.kind == .furniture }.count == 2)
        #expect(document.blocks.contains { $0.text == "二、重点任务" })
        #expect(document.blocks.contains { $0.text.hasSuffix("数据共享交换平台") })
    }

    /// Two short headings two spaces from a number (`附件  1`, `附件  2`) are no slide foot: a
    /// narrow gap needs a longer text repeated.
    @Test func shortHeadingsWithNumbersAreNoFurniture() {
        let text = "附件  1\n江城市重点项目清单\n附件  2\n江城市重点项目进度表\n附件  3\n江城市重点项目资金安排\n"
        #expect(!repaired(text).blocks.contains { $0.kind == .furniture })
    }
}
