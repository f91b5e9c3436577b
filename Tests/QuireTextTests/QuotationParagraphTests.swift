import Testing
@testable import QuireText

/// A feature story whose paragraph ends with a quotation and its attribution
/// (`…有奔头。”李大伯笑着说。`) exactly at the right margin of a narrow column. The layout gives
/// no sign of the paragraph end; the attribution does, as it does in news writing generally.
@Suite struct QuotationParagraphTests {
    static let paragraphs = [
        // 100 characters: at 20 a column the attribution ends the fifth line, at the margin.
        "去年，合作社线上销售额达到八百多万元，带动周边两百多户茶农增收。村民李大伯今年六十五岁，身体硬朗，家里有八亩茶园。“以前一斤茶卖一百多元，现在通过直播能卖到三百多元，日子越过越有奔头。”李大伯笑着说。",
        "张晓雨的成功吸引了更多年轻人回到青溪村。目前，村里已有返乡创业青年二十多人。他们有的做电商，有的搞民宿，有的办农场。村里还建起了直播基地。",
        "夕阳西下，张晓雨的直播还在继续。她说，下一步打算注册自己的茶叶品牌。她还想带动更多村民。",
    ]

    @Test(arguments: ["\n", "\n\n"])
    func anAttributionAtTheMarginEndsItsParagraph(separator: String) {
        let lines = paragraphs(cutEvery: 20)
        #expect(repaired(lines.joined(separator: separator) + "\n").blocks.map(\.text) == Self.paragraphs)
    }

    /// A quotation that goes on after its attribution is not cut there (`”他说。他还表示…`): the
    /// attribution must end the line.
    @Test func anAttributionInsideALineIsNotABreak() {
        #expect(!LinePatterns.endsWithAttribution(LineScalars(Array("”他说。他还表示，要继续努力。".unicodeScalars))))
        #expect(LinePatterns.endsWithAttribution(LineScalars(Array("日子越过越有奔头。”李大伯笑着说。".unicodeScalars))))
        #expect(!LinePatterns.endsWithAttribution(LineScalars(Array("他引用了“一带一路”倡议。".unicodeScalars))))
        #expect(LinePatterns.endsWithAttribution(LineScalars(Array("“我们还要干下去。”王主任表示。".unicodeScalars))))
    }

    private func paragraphs(cutEvery width: Int) -> [String] {
        Self.paragraphs.flatMap { paragraph -> [String] in
            let scalars = Array(paragraph.unicodeScalars)
            return stride(from: 0, to: scalars.count, by: width).map {
                String(String.UnicodeScalarView(scalars[$0..<min($0 + width, scalars.count)]))
            }
        }
    }
}
