import Testing
@testable import QuireText

/// Tables that an extraction flattened to one cell a line: each cell stays a line, and a bare
/// number among the cells is a cell, not a page number.
@Suite struct FlattenedTableTests {
    @Test func cellsStayLinesAndNumbersStay() {
        let input = "第十届全民阅读活动统计表\n\n序号\n活动名称\n场次\n参与人数\n1\n主题展览\n12\n3500\n2\n名家讲座\n8\n1260\n\n注：参与人数含线上参与人数。\n"
        let expected = "第十届全民阅读活动统计表\n序号\n活动名称\n场次\n参与人数\n1\n主题展览\n12\n3500\n2\n名家讲座\n8\n1260\n注：参与人数含线上参与人数。"
        #expect(readingText(repaired(input)) == expected)
    }

    @Test func aPageNumberBetweenParagraphsIsStillFurniture() {
        let input = "各代表团团长注意到成员国交通部长会议成果。\n\n12\n\n团长们认为，应继续加强交通领域务实合作。\n"
        let document = repaired(input)
        #expect(document.blocks.contains { $0.kind == .furniture && $0.text == "12" })
    }

    @Test func shortProseLinesWithoutNumbersAreNoTable() {
        var log = RepairLog()
        let lines = ["各代表团团长", "注意到成员国", "交通部长会议", "成果团长们认", "为应继续加强", "交通领域务实", "合作推动建设", "高效交通走廊"]
        #expect(!FlattenedTable.cells(Repairer.profileLines(lines, log: &log)).contains(true))
    }
}
