import Testing
@testable import QuireText

/// A Chinese web page copied as text: metadata fields and the page's controls above the
/// article, each on a line of its own, with no blank line or indent to set them apart.
@Suite struct WebPageTests {
    typealias Case = RepairCase

    static let cases: [Case] = [
        Case(name: "a ministry's press page: source and time fields, the page's controls, the article, its editor",
             input: "商务部召开例行新闻发布会（2022年11月3日）\n来源：商务部网站\n发布时间：2022-11-03 17:30\n【字体：大 中 小】 【打印本页】\n11月3日下午，商务部举行例行新闻发布会，新闻发言人束珏婷介绍了近期商务领域重点工作\n有关情况，并回答了记者提问。\n束珏婷表示，今年以来，我国外贸保持较强韧性，前三季度货物贸易进出口总值31.11万亿元，同\n比增长9.9%。\n责任编辑：王伟\n",
             expected: "商务部召开例行新闻发布会（2022年11月3日）\n来源：商务部网站\n发布时间：2022-11-03 17:30\n11月3日下午，商务部举行例行新闻发布会，新闻发言人束珏婷介绍了近期商务领域重点工作有关情况，并回答了记者提问。\n束珏婷表示，今年以来，我国外贸保持较强韧性，前三季度货物贸易进出口总值31.11万亿元，同比增长9.9%。\n责任编辑：王伟"),
        Case(name: "a traditional-Chinese press release: its date field stands alone",
             input: "行政院新聞稿\n發布日期：2023 年 3 月 16 日\n行政院長陳建仁今（16）日出席「2023 年全國科學技術會議」開幕式時表示，政府將持續\n推動「五加二」產業創新計畫，並加強半導體、人工智慧（AI）等關鍵技術研發。\n",
             expected: "行政院新聞稿\n發布日期：2023年3月16日\n行政院長陳建仁今（16）日出席「2023年全國科學技術會議」開幕式時表示，政府將持續推動「五加二」產業創新計畫，並加強半導體、人工智慧（AI）等關鍵技術研發。"),
        Case(name: "minutes of a meeting: the title ending in 纪要, then when, where, who chaired, attended and took them",
             input: "江城市安全生产委员会第三次全体会议纪要\n时间：2023年12月5日上午9:00\n地点：市政府三楼会议室\n主持人：李志远\n出席人员：市安委会各成员单位主要负责同志\n记录人：王明\n会议听取了市应急管理局关于今年以来全市安全生产形势的汇报，研究部署了岁末年初安\n全防范工作。\n",
             expected: "江城市安全生产委员会第三次全体会议纪要\n时间：2023年12月5日上午9:00\n地点：市政府三楼会议室\n主持人：李志远\n出席人员：市安委会各成员单位主要负责同志\n记录人：王明\n会议听取了市应急管理局关于今年以来全市安全生产形势的汇报，研究部署了岁末年初安全防范工作。"),
        Case(name: "a field whose value the column cut goes on, unless the next line opens a label of its own",
             input: "江城市安全生产委员会第三次全体会议纪要\n时间：2023年12月5日上午9:00\n参会人员：市安委会各成员单位主要负责同志、各区县人民政府分管负责同志，市直有关部门\n负责同志\n记录人：王明\n会议听取了市应急管理局关于今年以来全市安全生产形势的汇报，研究部署了岁末年初安全防\n范工作。\n",
             expected: "江城市安全生产委员会第三次全体会议纪要\n时间：2023年12月5日上午9:00\n参会人员：市安委会各成员单位主要负责同志、各区县人民政府分管负责同志，市直有关部门负责同志\n记录人：王明\n会议听取了市应急管理局关于今年以来全市安全生产形势的汇报，研究部署了岁末年初安全防范工作。"),
        Case(name: "a Taiwan official letter: its heading fields, subject, explanation and distribution each a line",
             input: "臺北市政府函\n地址：11008臺北市信義區市府路1號\n聯絡人：王小明\n電話：02-27208889#1234\n受文者：臺北市各區公所\n發文字號：府授文字第1123045678號\n主旨：為加強本市冬季防火宣導工作，請貴所配合辦理，請查\n照。\n說明：\n一、依據本府112年11月30日會議決議辦理。\n正本：臺北市各區公所\n副本：本府消防局\n",
             expected: "臺北市政府函\n地址：11008臺北市信義區市府路1號\n聯絡人：王小明\n電話：02-27208889#1234\n受文者：臺北市各區公所\n發文字號：府授文字第1123045678號\n主旨：為加強本市冬季防火宣導工作，請貴所配合辦理，請查照。\n說明：\n一、依據本府112年11月30日會議決議辦理。\n正本：臺北市各區公所\n副本：本府消防局"),
    ]

    /// A field of people's names: a two-character name's padding closes, the gaps between names
    /// stay one space (they ran together: `王伟李明张小强赵刚`).
    @Test(arguments: [("出席人员：王 伟  李 明  张小强  赵 刚", "出席人员：王伟 李明 张小强 赵刚"),
                      ("列席人员：刘 洋 陈 静", "列席人员：刘洋 陈静"), ("主持人：王 伟", "主持人：王伟"),
                      ("记录人： 孙丽", "记录人：孙丽"), ("地点：市政府 第一会议室", "地点：市政府第一会议室"),
                      ("出席人员：市安委会各成员单位 主要负责同志", "出席人员：市安委会各成员单位主要负责同志")])
    func namesInAField(_ line: String, resolved: String) {
        let input = "江城市政府常务会议纪要\n时间：2024年3月5日上午\n" + line + "\n会议听取了市发展改革委关于2024年重点项目建设情况的汇报。\n"
        #expect(readingText(repaired(input)).split(separator: "\n")[2] == resolved[...])
    }

    @Test(arguments: cases)
    func repairsPage(_ c: Case) {
        #expect(readingText(repaired(c.input)) == c.expected)
    }

    /// A Hong Kong government press release: `完` under the text, then the release's date with
    /// its weekday and its time, each a closing line (they were headings).
    @Test func aPressReleaseEndMarkDateAndTimeClose() {
        let input = "\u{3000}\u{3000}香港特別行政區政府今日公布，由二○二四年一月一日起，公共交通票價優惠計劃將延長一年。\n\u{3000}\u{3000}發言人續稱，政府會繼續檢討計劃的成效。\n\n完\n2023年12月7日（星期四）\n香港時間15時30分\n"
        let document = repaired(input)
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph, .date, .date])
        #expect(document.blocks.map(\.text).suffix(3) == ["完", "2023年12月7日（星期四）", "香港時間15時30分"])
    }

    @Test(arguments: ["完", "（完）", "-完-", "【完】", "（全文完）", "— 完 —"])
    func endMarks(_ text: String) {
        #expect(LinePatterns.isEndMark(LineScalars(Array(text.unicodeScalars))))
    }

    @Test(arguments: ["完成", "（完善）", "完全", "已完"])
    func notEndMarks(_ text: String) {
        #expect(!LinePatterns.isEndMark(LineScalars(Array(text.unicodeScalars))))
    }

    @Test(arguments: [("香港時間15時30分", true), ("北京时间 9时05分", true), ("15:30分", true), ("15时30分", true),
                      ("会议持续了3时30分", false), ("30分", false), ("第15时30分", false)])
    func clockTimes(_ text: String, _ expected: Bool) {
        #expect(LinePatterns.isClockTimeLine(LineScalars(Array(text.unicodeScalars))) == expected)
    }

    @Test(arguments: [("2023年12月7日（星期四）", true), ("2023年12月7日 星期四", true), ("2023年12月7日(周四)", true),
                      ("2023年12月7日（星期八）", false), ("2023年12月7日（四）", false)])
    func datesWithWeekdays(_ text: String, _ expected: Bool) {
        #expect(LinePatterns.isChineseDate(LineScalars(Array(text.unicodeScalars))) == expected)
    }

    @Test func minutesHaveATitle() throws {
        let minutes = try #require(Self.cases.first { $0.name.hasPrefix("minutes") })
        #expect(repaired(minutes.input).title == "江城市安全生产委员会第三次全体会议纪要")
    }

    @Test func thePagesControlsAreFurniture() {
        let document = repaired(Self.cases[0].input)
        #expect(document.blocks.contains { $0.kind == .furniture && $0.text.contains("打印本页") })
    }

    private static func line(_ text: String) -> LineProfile {
        LineProfile(number: 1, scalars: Array(text.unicodeScalars), indent: 0, blankLinesBefore: 0)
    }

    @Test(arguments: [("来源：新华社", true), ("发布时间：2022-11-03 17:30", true), ("来源：商务部网站  发布时间：2022-11-03", true),
                      ("作者 ：张明", true), ("来源于群众的智慧，用之于群众。", false), ("时间过得很快", false),
                      ("来源：新华社。记者从会上获悉", false), ("日期", false)])
    func recognisesFieldLines(_ text: String, _ expected: Bool) {
        #expect(WebPageMarks.isFieldLine(Self.line(text)) == expected)
    }

    @Test(arguments: [("【字体：大 中 小】 【打印本页】", true), ("[打印] [关闭窗口]", true), ("【新时代新征程】", false),
                      ("【字体：大 中 小】 会议指出", false), ("【打印本页", false)])
    func recognisesPageControls(_ text: String, _ expected: Bool) {
        #expect(WebPageMarks.isPageControls(Self.line(text)) == expected)
    }

    @Test(arguments: [("首页 > 政务公开 > 通知公告", true), ("当前位置：首页 » 新闻中心", true), ("分享到：  微信  微博", true),
                      ("扫一扫在手机打开当前页", true), ("主办单位：江城市人民政府办公室  网站标识码：3301000001  ICP备案号：浙ICP备05012345号", true),
                      ("版权所有：江城市人民政府", true),
                      // An event notice's organiser, a sentence about the home page: text.
                      ("主办单位：江城市文化局", false), ("首页改版后，访问量大幅增长。", false), ("首页", false), ("分享经验，共同进步。", false)])
    func recognisesPageChrome(_ text: String, _ expected: Bool) {
        #expect(WebPageMarks.isPageChrome(LineScalars(Array(text.unicodeScalars))) == expected)
    }

    /// A web page copied whole: the breadcrumb, controls, share line and footer are furniture, the
    /// headline is the title, and a line of several fields keeps one ideographic space between them, where
    /// letter-spacing closed every gap (`09:30来源：市政府办公室浏览次数：1256`).
    @Test func aWebPageCopiedWhole() {
        let text = """
            首页 > 政务公开 > 通知公告
            江城市人民政府办公室关于调整部分节假日安排的通知
            发布时间：2023-12-01 09:30    来源：市政府办公室    浏览次数：1256
            【字体：大 中 小】   【打印本页】  【关闭窗口】
            各区人民政府，市政府各部门：
            经市政府同意，现将2024年元旦假期安排通知如下：12月30日至1月1日放假调休，共3天。
            江城市人民政府办公室
            2023年12月1日
            分享到：  微信  微博
            扫一扫在手机打开当前页
            主办单位：江城市人民政府办公室  网站标识码：3301000001  ICP备案号：浙ICP备05012345号
            """
        let document = repaired(text)
        #expect(readingText(document) == """
            江城市人民政府办公室关于调整部分节假日安排的通知
            发布时间：2023-12-01 09:30　来源：市政府办公室　浏览次数：1256
            各区人民政府，市政府各部门：
            经市政府同意，现将2024年元旦假期安排通知如下：12月30日至1月1日放假调休，共3天。
            江城市人民政府办公室
            2023年12月1日
            """)
        #expect(document.title == "江城市人民政府办公室关于调整部分节假日安排的通知")
    }

    /// A contact line of three fields, over 60 scalars, is a field line too, and keeps its gaps.
    @Test func aLineOfSeveralFieldsIsWhole() {
        let text = """
            关于开展2024年度安全生产检查的通知
            各区应急管理局：
            请于12月20日前报送检查情况。
            联系电话：0571-87051234    电子邮箱：bgs@jiangcheng.gov.cn    地址：江城市人民大道1号市民中心三楼
            """
        let lines = readingText(repaired(text)).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.last == "联系电话：0571-87051234　电子邮箱：bgs@jiangcheng.gov.cn　地址：江城市人民大道1号市民中心三楼")
    }
}
