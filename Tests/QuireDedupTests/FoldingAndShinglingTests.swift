import Testing

@testable import QuireDedup

struct FoldingAndShinglingTests {
    private func folded(_ text: String) -> String {
        String(String.UnicodeScalarView(TextFolding.fold(text).scalars.map { $0 == 0 ? "|" : Unicode.Scalar($0)! }))
    }

    @Test(arguments: [
        ("重要意义（2022年）。", "重要意义|2022年"),
        ("重要意义 (2022 年) .", "重要意义|2022年"),
        ("重要意义2022年", "重要意义2022年"),
        ("ＡＢＣ１２３", "abc123"),
        ("Le Café  Noir!", "le|cafe|noir"),
        ("e\u{301}té", "ete"),
        ("述 活 动 有 利 于", "述活动有利于"),
    ])
    func foldingKeepsOnlyComparableLetters(input: String, expected: String) {
        #expect(folded(input) == expected)
    }

    @Test func widthAndSpacingVariantsShareEveryShingle() {
        let shingler = DedupConfiguration().shingler
        let a = shingler.shingles(of: TextFolding.fold("团长们注意到上合组织成员国信息通信技术发展部门负责人会议（2021年11月25日，塔什干）成果"))
        let b = shingler.shingles(of: TextFolding.fold("团长们注意到上合组织成员国信 息通信技术发展部门负责人会议 (2021 年 11 月 25 日, 塔什干) 成果"))
        #expect(a == b)
        let letters = SampleParagraphs.plain("团长们注意到上合组织成员国信息通信技术发展部门负责人会议（2021年11月25日，塔什干）成果").unicodeScalars.count
        #expect(a.count == letters - 5 + 1)
    }

    @Test func oneChangedCharacterSpoilsAtMostShingleSizeShingles() {
        let shingler = DedupConfiguration().shingler
        let a = Set(shingler.shingles(of: TextFolding.fold("各代表团团长指出保护生态环境对经济和社会发展的重大意义支持深化应对气候变化")))
        let b = Set(shingler.shingles(of: TextFolding.fold("各代表团团长指出保护生态环境对经济和社会发展的重要意义支持深化应对气候变化")))
        #expect(a.subtracting(b).count == 5)
    }

    @Test func latinWordShinglesFollowWords() {
        let shingler = Shingler(cjkSize: 5, latinUnit: .words, latinSize: 2)
        let a = shingler.shingles(of: TextFolding.fold("The quick brown fox"))
        let b = shingler.shingles(of: TextFolding.fold("the  QUICK, brown fox."))
        #expect(a == b)
        #expect(a.count == 3)
    }

    @Test func textShorterThanAShingleIsOneShingle() {
        let shingler = DedupConfiguration().shingler
        #expect(shingler.shingles(of: TextFolding.fold("关工作。")).count == 1)
        #expect(shingler.shingles(of: TextFolding.fold("。 ，")).isEmpty)
    }
}
