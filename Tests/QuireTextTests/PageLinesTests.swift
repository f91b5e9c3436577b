import Testing
@testable import QuireText

/// Running heads and feet printed with the page number on the same line, behind a wide gap:
/// furniture where the document gives evidence, text where it gives none.
@Suite struct PageLinesTests {
    /// A book's facing pages: `56      父亲的冬天` opens one, `散文卷 · 第二辑      57` closes the
    /// next, inside a sentence.
    static let book = """
        56                              父亲的冬天

        　　那年冬天特别冷。父亲从县城回来的时候，肩上扛
        着一袋米，手里还提着一只用草绳拴着的老母鸡。他站
        在门口跺了跺脚上的雪，说：“今年过年，咱家也吃顿好
        的。”
        　　母亲没有接话，只是把他肩上的米袋接过去，放在
        灶台边上。我看见她的眼圈红了。
        　　后来我才知道，那袋米是父亲用他在砖厂干了整整
        一个月的工钱换来的，而那只鸡，是他走了二十里山路，

                              散文卷 · 第二辑                        57

        从舅舅家借来的。
        　　许多年以后，每当我在城里的超市里看到堆积如山
        的米袋，总会想起那个冬天，想起父亲站在门口跺脚的
        样子。
        """

    @Test func facingPagesHeadsAreFurnitureAndTheSentenceJoinsAcrossThem() {
        let blocks = repaired(Self.book).blocks
        #expect(blocks.filter { $0.kind == .furniture }.count == 2)
        #expect(blocks.contains { $0.text.hasSuffix("是他走了二十里山路，从舅舅家借来的。") })
    }

    /// Slides that each end with the company's name and the slide's number.
    @Test func aRepeatedFootWithItsNumberIsFurniture() {
        let text = "一、年度工作回顾\n• 智慧水务平台一期上线运行\n• 营业收费系统升级改造\n江城市供水集团有限公司                    1\n二、存在的问题\n• 数据标准不统一\n• 专业技术人员不足\n江城市供水集团有限公司                    2\n"
        let blocks = repaired(text).blocks
        #expect(blocks.filter { $0.kind == .furniture }.map(\.text).allSatisfy { $0.hasPrefix("江城市供水集团有限公司") })
        #expect(blocks.filter { $0.kind == .furniture }.count == 2)
        #expect(blocks.contains { $0.text == "二、存在的问题" })
    }

    /// A page's own form of number (`1/3 页`) needs no other evidence.
    @Test func aPageOfPagesFormIsFurnitureAlone() {
        let text = "说 明 书                      1/3 页\n一种垃圾分类装置\n技术领域\n[0001] 本实用新型涉及垃圾处理技术领域。\n"
        #expect(repaired(text).blocks.first?.kind == .furniture)
    }

    /// Two lines of prose end in figures behind a wide gap, numbered one after the other and
    /// five lines apart, as facing pages' numbers would be, but both at the line's end: no
    /// page lines. (A table's rows are cells before they are asked.)
    @Test func figuresAtTheEndOfTwoLinesAreNoFacingPages() {
        let text = "江城市统计局发布了全年新增市场主体的有关数据。\n全年新增规模以上企业                 12\n其中，工业企业数量增长较快，服务业企业保持稳定。\n从区域看，东部城区增长明显，西部城区有所回落。\n从行业看，高技术制造业和现代服务业增长较快。\n从规模看，中型企业占比继续提高，结构不断优化。\n全年新增高新技术企业                 13\n以上数据均为初步统计。\n"
        #expect(!repaired(text).blocks.contains { $0.kind == .furniture })
    }

    /// A Latin page's head with the page's word (`Seite 14      Lokales`, `Page 3`), standing
    /// where the page turned inside a word: furniture, and the word rejoins across it.
    @Test(arguments: ["Seite 14            Lokales", "Lokales            Seite 15", "Page 3            LOCAL NEWS"])
    func aHeadWithThePagesWordIsFurniture(head: String) {
        let text = "  „Wir schließen damit eine Lücke im\nNahverkehr, die seit Jahrzehnten\nbesteht“, sagte Bürgermeisterin Ute\nHallberg. Pendler aus dem Rhein-Main-\n\n" + head + "\n\nGebiet müssten bisher einen Umweg von\nfast zwanzig Kilometern in Kauf neh-\nmen.\n"
        let document = repaired(text)
        #expect(document.blocks.filter { $0.kind == .furniture }.count == 1)
        #expect(readingText(document).contains("Rhein-Main-Gebiet müssten"))
    }
}
