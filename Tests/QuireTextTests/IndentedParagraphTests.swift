import Testing
@testable import QuireText

/// Paragraphs marked only by an indented first line (a word processor's or a PDF extractor's
/// layout: no blank lines), on a page whose every line may also carry the page's left margin.
/// The paragraphs come back whole even where a first line ends a sentence at the right margin.
@Suite struct IndentedParagraphTests {
    static let paragraphs = [
        "为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，进一步激发市场主体活力，现就有关事项通知如下。",
        // At 22 characters the first line (2 of indent + 20) ends its sentence at the margin.
        "各地区要充分认识优化营商环境的重要意义。要坚持问题导向，聚焦市场主体反映强烈的突出问题。要加强统筹协调，形成工作合力。各部门要按照职责分工抓好落实。",
        "要持续深化“放管服”改革，进一步精简行政许可事项，压减审批时限，全面推行证明事项告知承诺制。",
        "要加强事中事后监管。各有关部门要健全监管规则，创新监管方式，提升监管效能，坚决纠正“以批代管”问题。",
        "要着力提升政务服务水平，推进政务服务事项网上办理，实现更多事项“一网通办”。",
        "各地区各部门要结合实际抓好贯彻落实，工作中遇到的重大问题要及时报告。",
    ]

    /// Lays the paragraphs out `width` ems wide, first lines indented by `indent` (two ems wide),
    /// every line after the page's `margin`.
    static func layout(width: Int, indent: String, margin: String) -> String {
        var lines: [String] = []
        for paragraph in paragraphs {
            var scalars = Array(paragraph.unicodeScalars)[...]
            var first = true
            while !scalars.isEmpty {
                let take = min(scalars.count, first ? width - 2 : width)
                lines.append(margin + (first ? indent : "") + String(String.UnicodeScalarView(scalars.prefix(take))))
                scalars = scalars.dropFirst(take)
                first = false
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [20, 22, 26], [("\u{3000}\u{3000}", ""), ("    ", ""), ("\u{3000}\u{3000}", "      ")])
    func paragraphsComeBackWhole(width: Int, setting: (indent: String, margin: String)) {
        let text = Self.layout(width: width, indent: setting.indent, margin: setting.margin)
        #expect(repaired(text).blocks.map(\.text) == Self.paragraphs)
    }

    @Test func theCommonMarginIsNotAnIndent() {
        var log = RepairLog()
        let lines = Self.layout(width: 22, indent: "\u{3000}\u{3000}", margin: "      ").split(separator: "\n").map(String.init)
        let profiles = Repairer.profileLines(lines, log: &log)
        // Only the six first lines stand out from the margin every line shares.
        #expect(profiles.filter(\.isIndented).count == Self.paragraphs.count)
        #expect(profiles.map(\.indent).min() == 0)
    }

    /// A feature story in a 13-em column: short paragraphs, whose last lines fall only a few ems
    /// short, and flush subheadings between them. The indents still mark the paragraphs, so a
    /// first line that ends a quotation at the margin (`“议事会不是吵架会。”`) goes on.
    @Test func shortParagraphsInANarrowColumn() {
        let text = """
            小巷里的“微治理”
            江城市西湖区探索社区议事新模式
            \u{3000}\u{3000}编者按：社区是基层治理
            的“最后一公里”。本期关注
            西湖区如何以议事会推动居民
            自治。
            \u{3000}\u{3000}清晨七点，柳巷社区的议
            事亭里已经坐满了人。
            \u{3000}\u{3000}“楼道里的自行车到底怎
            么放？”65岁的居民王阿姨第
            一个发言。
            议事有规则
            \u{3000}\u{3000}“议事会不是吵架会。”
            社区党委书记李红说，社区制
            定了“六步议事法”，每一步
            都有章可循。
            成效看得见
            \u{3000}\u{3000}今年9月，柳巷社区通过
            议事会协商，建起了32个充电
            桩。
            """
        #expect(readingText(repaired(text)) == """
            小巷里的“微治理”
            江城市西湖区探索社区议事新模式
            编者按：社区是基层治理的“最后一公里”。本期关注西湖区如何以议事会推动居民自治。
            清晨七点，柳巷社区的议事亭里已经坐满了人。
            “楼道里的自行车到底怎么放？”65岁的居民王阿姨第一个发言。
            议事有规则
            “议事会不是吵架会。”社区党委书记李红说，社区制定了“六步议事法”，每一步都有章可循。
            成效看得见
            今年9月，柳巷社区通过议事会协商，建起了32个充电桩。
            """)
    }

    /// A copy set a sentence a line, with no column: the indents alone start paragraphs, however
    /// short the line before.
    @Test func aSentenceALineJoinsUpToTheNextIndent() {
        let text = """
            关于做好冬季安全生产工作的通知
            各区人民政府，市政府各部门：
            \u{3000}\u{3000}入冬以来，我市安全生产形势总体平稳。
            但也要看到，冬季气候干燥，火灾风险明显上升。
            为切实做好冬季安全生产工作，现就有关事项通知如下。
            \u{3000}\u{3000}一是压实安全责任。
            各区要严格落实属地管理责任，主要负责同志要亲自部署、亲自推动。
            \u{3000}\u{3000}二是强化隐患排查。
            各部门要组织开展拉网式排查，对发现的问题要立即整改。
            \u{3000}\u{3000}三是做好应急准备。
            各单位要完善应急预案，加强应急值守，确保遇有突发事件能够快速处置。
            江城市人民政府办公室
            2023年12月1日
            """
        #expect(readingText(repaired(text)) == """
            关于做好冬季安全生产工作的通知
            各区人民政府，市政府各部门：
            入冬以来，我市安全生产形势总体平稳。但也要看到，冬季气候干燥，火灾风险明显上升。为切实做好冬季安全生产工作，现就有关事项通知如下。
            一是压实安全责任。各区要严格落实属地管理责任，主要负责同志要亲自部署、亲自推动。
            二是强化隐患排查。各部门要组织开展拉网式排查，对发现的问题要立即整改。
            三是做好应急准备。各单位要完善应急预案，加强应急值守，确保遇有突发事件能够快速处置。
            江城市人民政府办公室
            2023年12月1日
            """)
    }

    /// A paragraph a line, every one indented: each line stays a paragraph of its own.
    @Test func aParagraphALineStaysApart() {
        let lines = ["入冬以来，我市安全生产形势总体平稳。", "但也要看到，冬季气候干燥，火灾风险明显上升。", "为切实做好冬季安全生产工作，现就有关事项通知如下。",
                     "各区要严格落实属地管理责任。", "各部门要组织开展拉网式排查。", "各单位要完善应急预案，加强应急值守。",
                     "各区要加强值班值守。", "各部门要及时报送信息。"]
        let text = lines.map { "\u{3000}\u{3000}" + $0 }.joined(separator: "\n")
        #expect(readingText(repaired(text)) == lines.joined(separator: "\n"))
    }
}
