import Testing
@testable import QuireText

/// A report that sets each point of a list as its own paragraph (`一是…`, `二是…`, `三是…`), laid
/// flush with no blank lines, where a point happens to end its last sentence at the right margin.
/// Nothing in the layout marks that paragraph end; the list does: `二是` opens the next point
/// wherever `一是` opened a line.
@Suite struct ListParagraphTests {
    static let paragraphs = [
        "商务部日前发布数据显示，今年前三季度我国服务进出口总额同比增长，服务出口增长较快，进口增长平稳，逆差比上年同期减少。商务部负责人表示，服务贸易呈现三个特点。",
        // 48 characters: at 24 a column its last line is full and ends a sentence.
        "一是知识密集型服务贸易占比提升。知识密集型服务进出口增长较快。知识产权使用费增长最快。占比四成。",
        "二是旅行服务持续恢复。旅行服务进出口大幅增长。这是服务贸易中增长最快的领域。九月份恢复到同期八成以上。",
        "三是服务外包带动作用明显。企业承接服务外包合同额增长一成。执行额增长一成二。主要来自欧盟。",
        "这位负责人说，下一步将推动服务贸易高质量发展。",
    ]

    /// The paragraphs cut every `width` characters, one line after another.
    static func lines(width: Int) -> [String] {
        paragraphs.flatMap { paragraph -> [String] in
            let scalars = Array(paragraph.unicodeScalars)
            return stride(from: 0, to: scalars.count, by: width).map {
                String(String.UnicodeScalarView(scalars[$0..<min($0 + width, scalars.count)]))
            }
        }
    }

    @Test func theNextPointOfAListStartsAParagraph() {
        let text = Self.lines(width: 24).joined(separator: "\n") + "\n"
        #expect(repaired(text).blocks.map(\.text) == Self.paragraphs)
    }

    /// A PDF page break leaves blank lines around its page number; they say nothing of how this
    /// extraction separates paragraphs, which it does not do with blank lines at all.
    @Test(arguments: ["— 1 —", "第 1 页 共 2 页"])
    func blankLinesAroundPageFurnitureDoNotSeparateParagraphs(footer: String) {
        var lines = Self.lines(width: 24)
        // Inside the `二是` paragraph, mid-sentence.
        lines.insert(contentsOf: ["", footer, ""], at: 8)
        let blocks = repaired(lines.joined(separator: "\n") + "\n").blocks
        #expect(blocks.filter { $0.kind != .furniture }.map(\.text) == Self.paragraphs)
        #expect(blocks.filter { $0.kind == .furniture }.map(\.text) == [footer.replacingOccurrences(of: " ", with: "")])
    }
}

/// A bulleted list: each bullet opens an item, even after a line that ends on a conjunction
/// (`• street sweeping; and`), which would otherwise run into the next line.
@Suite struct BulletListTests {
    @Test func eachBulletOpensAnItem() {
        let text = "The remainder funded operations, including:\n• snow and ice removal;\n• street sweeping; and\n• traffic signal maintenance.\n"
        #expect(repaired(text).blocks.map(\.text) == [
            "The remainder funded operations, including:",
            "• snow and ice removal;",
            "• street sweeping; and",
            "• traffic signal maintenance.",
        ])
    }

    /// A middle dot at a line's start may be a name's (`阿兰` / `·维克托`): no item there.
    @Test func aMiddleDotAtALineStartJoins() {
        let text = "会议由江城市市长李志远主持，南岭市市长阿兰\n·维克托、海州市市长陈海峰出席会议。\n"
        #expect(repaired(text).blocks.map(\.text) == ["会议由江城市市长李志远主持，南岭市市长阿兰·维克托、海州市市长陈海峰出席会议。"])
    }
}
