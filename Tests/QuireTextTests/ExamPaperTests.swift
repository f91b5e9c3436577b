import Testing
@testable import QuireText

/// An exam paper: questions with a blank to fill in between brackets, options lettered A to D,
/// and a foot that names the paper before its page (`语文试题　第1页（共6页）`).
@Suite struct ExamPaperTests {
    static let paper = """
        一、积累与运用（共9分）
        1.下列词语中，书写完全正确的一项是（　　）（3分）
          A.迫不及待　再接再励
          B.相得益彰　谈笑风生
        2.下列句子中，没有语病的一项是（　　）（3分）
          A.通过这次研学活动，使同学们增长了见识，开阔了
        视野。
          B.能否保持良好的心态，是考试取得成功的关键。
        3.古诗文默写。（3分）
        （1）海内存知己，______________。（王勃《送杜少府之任蜀州》）

                      语文试题　第1页（共6页）

        （2）______________，小桥流水人家。（马致远《天净沙·秋思》）
        二、阅读（共41分）

        """

    @Test func questionsOptionsAndBlanksStandAsPrinted() {
        let expected = """
            一、积累与运用（共9分）
            1.下列词语中，书写完全正确的一项是（　　）（3分）
            A.迫不及待　再接再励
            B.相得益彰　谈笑风生
            2.下列句子中，没有语病的一项是（　　）（3分）
            A.通过这次研学活动，使同学们增长了见识，开阔了视野。
            B.能否保持良好的心态，是考试取得成功的关键。
            3.古诗文默写。（3分）
            （1）海内存知己，______________。（王勃《送杜少府之任蜀州》）
            （2）______________，小桥流水人家。（马致远《天净沙·秋思》）
            二、阅读（共41分）
            """
        let document = repaired(Self.paper)
        #expect(readingText(document) == expected)
        #expect(document.blocks.filter { $0.kind == .furniture }.map(\.text) == ["语文试题　第1页（共6页）"])
    }

    /// A narrower blank stays too: one ideographic space as printed, two ASCII spaces as one (no
    /// block holds two ASCII spaces together).
    @Test(arguments: ["（　）", "(  )"])
    func aBlankBetweenBracketsStays(_ blank: String) {
        let text = readingText(repaired("4.江城市的市花是" + blank + "。\n"))
        #expect(text == "4.江城市的市花是" + (blank == "(  )" ? "（ ）" : blank) + "。")
    }
}
