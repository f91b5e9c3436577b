import Testing
@testable import QuireText

/// A line of names, some padded to the width of a three-character name, keeps a gap between
/// the names and closes the padding; lines whose gaps are all alike are letter-spacing.
@Suite struct NameLinesTests {
    @Test(arguments: ["王 伟  李 明  张小强  赵 刚", "刘 洋  陈 静  欧阳明  孙 丽", "王 伟\u{3000}李 明\u{3000}赵 刚"])
    func paddedNames(_ line: String) {
        #expect(NameLines.isPaddedNames(LineScalars(Array(line.unicodeScalars))))
    }

    @Test(arguments: ["贸 部 关 于 加 强", "关于加强 安全生产 工作的 通知", "王伟 李明 张小强 赵刚", "王 伟  李 明",
                      "贸 部 关  于 加 强 外  贸 工 作", "王 伟  张小强 李 明  赵 刚", "坚持创新  协调发展  绿色开放共享",
                      "王 伟  李 明  张小强  赵 刚。"])
    func notPaddedNames(_ line: String) {
        #expect(!NameLines.isPaddedNames(LineScalars(Array(line.unicodeScalars))))
    }

    /// In a list of award winners under a decision, each line of names reads with the names
    /// apart (they ran together: `王伟李明张小强赵刚`).
    @Test func aListOfNamesUnderADecision() {
        let input = "关于表彰2023年度优秀共产党员的决定\n\n各党支部：\n\n经研究，决定授予以下同志“2023年度优秀共产党员”称号。\n\n优秀共产党员名单（共8名）\n\n王 伟  李 明  张小强  赵 刚\n刘 洋  陈 静  欧阳明  孙 丽\n\n中共江城市委员会\n2024年1月5日\n"
        let lines = readingText(repaired(input)).split(separator: "\n")
        #expect(lines.contains("王伟 李明 张小强 赵刚"))
        #expect(lines.contains("刘洋 陈静 欧阳明 孙丽"))
    }
}
