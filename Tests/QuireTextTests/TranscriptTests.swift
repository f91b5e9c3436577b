import Testing
@testable import QuireText

/// A press conference's transcript set in a 20-character newspaper column, a blank line after
/// every line and no indent: each turn opens with its speaker (`问：`, `答：`). A full line that
/// ends a sentence says nothing by itself; the turns do: a line that opens no turn goes on.
@Suite struct TranscriptTests {
    static let source = """
    商务部新闻发言人就近期热点问题答记者问

    问：近期，有关方面宣布对部分进口商品加征

    关税，请问商务部对此有何评论？

    答：我们注意到有关情况。中方一贯主张，各

    方应当通过平等对话协商解决贸易分歧，单边

    加征关税的做法不符合世界贸易组织规则，也

    无助于解决自身问题。中方将密切关注事态发

    展，坚决维护自身正当权益。

    问：今年前三季度我国消费市场表现如何？下

    一步将采取哪些措施促进消费？

    答：前三季度，全国社会消费品零售总额达到

    35.6万亿元，同比增长4.1%。其中，服务零售

    额增长更快，升级类商品消费需求持续释放。

    下一步，商务部将会同有关部门，深入开展“消

    费提振年”活动，加力推进以旧换新，培育壮大

    新型消费。

    问：据报道，今年以来中欧班列开行数量创历

    史新高，请问具体情况如何？

    答：今年1至10月，中欧班列累计开行1.6万列，

    发送货物173万标箱，同比分别增长10%和11%。

    中欧班列已通达欧洲25个国家的227个城市，为

    稳定国际产业链供应链发挥了重要作用。
    """

    @Test func aTurnGoesOnPastAFullLineThatEndsASentence() {
        let blocks = repaired(Self.source).blocks.filter { $0.kind != .furniture }
        #expect(blocks.count == 7)
        #expect(blocks.map { $0.text.prefix(2) } == ["商务", "问：", "答：", "问：", "答：", "问：", "答："])
        #expect(blocks[4].text == "答：前三季度，全国社会消费品零售总额达到35.6万亿元，同比增长4.1%。其中，服务零售额增长更快，升级类商品消费需求持续释放。下一步，商务部将会同有关部门，深入开展“消费提振年”活动，加力推进以旧换新，培育壮大新型消费。")
        #expect(blocks[6].text.hasSuffix("同比分别增长10%和11%。中欧班列已通达欧洲25个国家的227个城市，为稳定国际产业链供应链发挥了重要作用。"))
    }

    /// Where one certain paragraph opens otherwise (`此外，`), the openings prove nothing: the
    /// full line's sentence end is left to the other evidence, and here ends the paragraph.
    @Test func oneOtherOpeningLeavesTheFullLineToTheOtherEvidence() {
        let text = Self.source.replacingOccurrences(of: "问：据报道", with: "此外据报道")
        let blocks = repaired(text).blocks.filter { $0.kind != .furniture }
        #expect(blocks.contains { $0.text.hasPrefix("下一步，商务部") })
    }
}
