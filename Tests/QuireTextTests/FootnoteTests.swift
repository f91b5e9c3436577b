import PropertyBased
import Testing
@testable import QuireText

/// Footnotes at the foot of a page, between the last line of its text and its page number:
/// the paragraph the page break cut joins across them, and each note is kept whole after it.
@Suite struct FootnoteTests {
    static let page = """
    关于推进城市更新行动的调研报告
    近年来，我市城市更新工作取得积极进展[1]。截至目前②，全市累计改造老旧小区
    1200个，惠及居民约35万户。但也要看到，城市更新仍面临资金筹措难、群众意愿
    [1] 参见《江城市城市更新条例》第二条，该条对城市更新的
    定义作了规定。
    ② 市住房和城乡建设局统计数据。
                                   — 3 —
    统一难等问题。
    二、主要做法
    """

    @Test func aParagraphJoinsAcrossTheNotesAndEachNoteIsKept() {
        let blocks = repaired(Self.page).divisions.flatMap(\.blocks)
        #expect(blocks.map(\.kind) == [.title, .paragraph, .note, .note, .furniture, .heading])
        #expect(blocks[1].text == "近年来，我市城市更新工作取得积极进展[1]。截至目前②，全市累计改造老旧小区1200个，惠及居民约35万户。但也要看到，城市更新仍面临资金筹措难、群众意愿统一难等问题。")
        #expect(blocks[2].text == "[1]参见《江城市城市更新条例》第二条，该条对城市更新的定义作了规定。")
        #expect(blocks[3].text == "②市住房和城乡建设局统计数据。")
        #expect(repaired(Self.page).repairs[.footnote] == 2)
    }

    /// A note whose marker the text never called is no footnote: the lines stay as they are.
    @Test func anUncalledMarkerIsText() {
        let page = Self.page.replacingOccurrences(of: "截至目前②，", with: "")
        let blocks = repaired(page).divisions.flatMap(\.blocks)
        #expect(!blocks.contains { $0.kind == .note })
    }

    /// A list numbered `[1]`, `[2]` at line starts, over a page number, calls nothing inside a line.
    @Test func aBracketNumberedListIsNotNotes() {
        let page = "参考文献如下：\n[1] 江城市统计局. 江城统计年鉴2023.\n[2] 江城市人民政府. 政府工作报告.\n— 12 —\n"
        #expect(!repaired(page).divisions.flatMap(\.blocks).contains { $0.kind == .note })
    }

    /// More lines between a called marker and the page number than notes take: text, not notes.
    @Test func tooManyLinesBeforeThePageNumberAreText() {
        let body = (1...9).map { "第\($0)行正文内容，用于说明情况。" }.joined(separator: "\n")
        let page = "调研取得进展[1]。\n[1] 参见有关文件。\n\(body)\n— 3 —\n"
        #expect(!repaired(page).divisions.flatMap(\.blocks).contains { $0.kind == .note })
    }

    @Test(arguments: [("[1] 参见", "[1]"), ("［12］参见", "[12]"), ("① 参见", "①"), ("⑳注释", "⑳"), ("* See Gibbon", "*"),
                      ("** Ibid.", "**"), ("† Cf. Livy", "†"), ("¹ 参见", "¹"), ("¹²参见", "¹²")])
    func markers(_ text: String, _ expected: String) {
        let line = LineProfile(number: 1, scalars: Array(text.unicodeScalars), indent: 0, blankLinesBefore: 0)
        #expect(Footnotes.marker(line).map { String(String.UnicodeScalarView($0)) } == expected)
    }

    @Test(arguments: ["[1]", "[a] 参见", "[1234] 参见", "1] 参见", "（1）参见", "* * *", "*See", "**** four", "* 1866", "¹", "¹²³⁴"])
    func notMarkers(_ text: String) {
        let line = LineProfile(number: 1, scalars: Array(text.unicodeScalars), indent: 0, blankLinesBefore: 0)
        #expect(Footnotes.marker(line) == nil)
    }

    /// A book's page in Latin type: the note under a reference mark (`citizen.*` / `* See the
    /// letters of Cicero…`), between the text and the next page's running head, is a note, not
    /// the start of the next page's paragraph. A separator (`* * *`) calls nothing.
    @Test func aLatinReferenceMarkNote() {
        let page = """
            It was in these circumstances that Caesar re-
            turned from Gaul. His enemies in the senate had
            resolved to deprive him of his command, and to
            bring him to trial as a private citizen.*
            * See the letters of Cicero, Ad Att. vii. 9.
            THE FALL OF THE REPUBLIC.                13
            the civil war which ended at Pharsalus, and
            with it the republic itself.
            """
        let blocks = repaired(page).divisions.flatMap(\.blocks)
        #expect(blocks.contains { $0.kind == .note && $0.text == "* See the letters of Cicero, Ad Att. vii. 9." })
        #expect(!blocks.contains { $0.kind != .note && $0.text.contains("Cicero") })
    }

    /// A reference mark after the sentence's point leaves the sentence ended (`citizen.*`).
    @Test(arguments: [("to trial as a private citizen.*", LineEnding.sentence), ("the senate had†", .open), ("so he said.**", .sentence)])
    func aReferenceMarkAfterThePoint(_ text: String, ending: LineEnding) {
        #expect(LineProfile(number: 1, scalars: Array(text.unicodeScalars), indent: 0, blankLinesBefore: 0).ending == ending)
    }

    /// A word processor's superscript note numbers (`进展¹。` / `¹ 参见…`) mark notes as `[1]` does.
    @Test func superscriptNumberedNotes() {
        let page = Self.page.replacingOccurrences(of: "[1]", with: "¹").replacingOccurrences(of: "②", with: "²")
        let blocks = repaired(page).divisions.flatMap(\.blocks)
        #expect(blocks.map(\.kind) == [.title, .paragraph, .note, .note, .furniture, .heading])
        #expect(blocks[1].text.hasSuffix("群众意愿统一难等问题。"))
        #expect(blocks[2].text == "¹参见《江城市城市更新条例》第二条，该条对城市更新的定义作了规定。")
    }
}

/// Footnotes between any two lines of a wrapped paragraph, at any width: the paragraph comes
/// out whole and the note after it, whatever the text.
@Suite struct FootnotePropertyTests {
    static let words = ["上合组织", "成员国", "各代表团团长", "强调", "合作", "发展", "2022年", "，", "、", "《协定》", "推动", "务实"]
    static let picks = Gen<Int>.int(in: 0..<12).array(of: 20...60)
    static let widths = Gen<Int>.int(in: 12...30)
    static let cuts = Gen<Int>.int(in: 1...8)

    @Test func theParagraphComesOutWholeAndTheNoteAfterIt() async {
        await propertyCheck(count: 200, input: Self.picks, Self.widths, Self.cuts) { picks, width, cut in
            let paragraph = "研究取得进展[1]，" + picks.map { Self.words[$0] }.joined() + "。"
            let scalars = Array(paragraph.unicodeScalars)
            var lines = stride(from: 0, to: scalars.count, by: width).map {
                String(String.UnicodeScalarView(scalars[$0..<min($0 + width, scalars.count)]))
            }
            guard lines.count >= 2 else { return }
            lines.insert(contentsOf: ["[1] 参见《江城市城市更新条例》第二条。", "— 3 —"], at: min(cut, lines.count - 1))
            let blocks = repaired(lines.joined(separator: "\n") + "\n").blocks
            #expect(blocks.filter { $0.kind == .paragraph }.map(\.text) == [paragraph])
            #expect(blocks.filter { $0.kind == .note }.map(\.text) == ["[1]参见《江城市城市更新条例》第二条。"])
        }
    }

}
