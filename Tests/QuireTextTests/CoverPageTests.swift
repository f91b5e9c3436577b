import Testing
@testable import QuireText

/// A report's or plan's cover: title, a bracketed line under it, the issuer and the date, each
/// a line of its own before the first sentence.
@Suite struct CoverPageTests {
    static let body = "\n一、总体目标\n到2026年，全市政务服务事项网上可办率达到100%。\n"

    /// (A month without a day is a date line too: `2024年1月`.)
    @Test(arguments: [("（2024—2026年）", "2024年1月"), ("（征求意见稿）", "2024年1月15日")])
    func theBracketedLineTheIssuerAndTheDateStandAlone(bracketed: String, date: String) {
        let input = "江城市数字政府建设三年行动计划\n" + bracketed + "\n政策解读\n\n江城市政务服务数据管理局\n" + date + "\n" + Self.body
        let expected = "江城市数字政府建设三年行动计划\n" + bracketed + "\n政策解读\n江城市政务服务数据管理局\n" + date + "\n一、总体目标\n到2026年，全市政务服务事项网上可办率达到100%。"
        #expect(readingText(repaired(input)) == expected)
    }

    /// An announcement's number in brackets keeps its official kind, and the issuer and the
    /// letter-spaced `公    告` above it stay two lines (a heading under them would join them).
    @Test func anAnnouncementNumberStaysAnOfficialMark() {
        let input = "江城市住房公积金管理中心\n\n公    告\n\n(2024 年第 3 号)\n\n为进一步方便缴存职工办理业务，决定自2024年7月1日起调整业务办理时间。\n"
        let document = repaired(input)
        #expect(readingText(document).hasPrefix("江城市住房公积金管理中心\n公告\n（2024年第3号）\n"))
        // (An official mark reads as a heading; the cover's bracketed line would be a paragraph.)
        #expect(document.blocks.first { $0.text == "（2024年第3号）" }?.kind == .heading)
    }
}
