import Testing
@testable import QuireText

// The apparatus of Chinese official documents (公文): the issuing number (发文字号) above or
// below the title, an attachment list before the signing body, the imprint (版记) with its
// copy-to line and print date. Expected outputs checked by eye, line by line.

/// The body every case shares: a salutation, a lead-in, a numbered heading and a paragraph.
private let body = """
    各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
        为深入贯彻落实党中央、国务院决策部署，进一步优化营商环境，经国务院同意，现提出以下意见。
        一、进一步破除隐性门槛
        各地区要于2022年底前完成清理工作，及时向社会公开清理结果，接受社会监督。

    """
private let bodyRead = """
    各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
    为深入贯彻落实党中央、国务院决策部署，进一步优化营商环境，经国务院同意，现提出以下意见。
    一、进一步破除隐性门槛
    各地区要于2022年底前完成清理工作，及时向社会公开清理结果，接受社会监督。
    """
/// A signing body and its date, pushed to the right as printed.
private let signed = """

                                              国务院办公厅
                                            2022年9月7日

    """

/// A page as a PDF extractor gives it: the column's lines cut at full width, no blank line and
/// no indent anywhere, so a heading's only mark is that it stops short of the column.
private let flatColumns = """
    优化营商环境、降低制度性交易成本是减轻市场主体负担、激发市场活力的重要举措。当前，经济
    运行面临一些突出矛盾和问题，市场主体特别是中小微企业、个体工商户生产经营困难依然较多，
    要积极运用改革创新办法，帮助市场主体解难题、渡难关、复元气、增活力，加力巩固经济恢复发
    展基础。经国务院同意，现提出以下意见。
    一、进一步破除隐性门槛，推动降低市场主体准入成本
    全面实施市场准入负面清单管理。健全市场准入负面清单管理及动态调整机制，抓紧完善与之相适
    应的审批机制、监管机制，推动清单事项全部实现网上办理。
    二、进一步规范涉企收费，推动减轻市场主体经营负担
    各地区、各部门要结合实际抓好贯彻落实，确保各项措施落地见效，及时总结推广典型经验做法。

    """
private let flatColumnsRead = """
    优化营商环境、降低制度性交易成本是减轻市场主体负担、激发市场活力的重要举措。当前，经济运行面临一些突出矛盾和问题，市场主体特别是中小微企业、个体工商户生产经营困难依然较多，要积极运用改革创新办法，帮助市场主体解难题、渡难关、复元气、增活力，加力巩固经济恢复发展基础。经国务院同意，现提出以下意见。
    一、进一步破除隐性门槛，推动降低市场主体准入成本
    全面实施市场准入负面清单管理。健全市场准入负面清单管理及动态调整机制，抓紧完善与之相适应的审批机制、监管机制，推动清单事项全部实现网上办理。
    二、进一步规范涉企收费，推动减轻市场主体经营负担
    各地区、各部门要结合实际抓好贯彻落实，确保各项措施落地见效，及时总结推广典型经验做法。
    """

/// A gazette extract: its running head printed twice (the first time as the file's first line),
/// the title cut before its document type, a note after the closer, then the attached text.
private let gazette = """
    中华人民共和国国务院公报                                    2022 年第 27 号
    国务院关于印发扎实稳住经济一揽子政策措施的
    通知
    国发〔2022〕12 号
    各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
    现将《扎实稳住经济的一揽子政策措施》印发给你们，请认真贯彻执行。
    国务院
    2022 年 5 月 24 日
    （本文有删减）
    扎实稳住经济的一揽子政策措施
    当前，新冠肺炎疫情和乌克兰危机导致风险挑战增多，我国经济发展环境的复杂性、严峻性、不确定
    性上升，稳增长、稳就业、稳物价面临新的挑战。为深入贯彻落实党中央、国务院决策部署，经过认
    真研究，现提出以下政策措施。
    一、财政政策（7 项）
    1. 进一步加大增值税留抵退税政策力度。在已出台政策基础上，扩大全额退还增值税留抵税额政策行
    业范围，将批发和零售业、农林牧渔业等 7 个行业企业纳入政策范围。
    —  8  —
    中华人民共和国国务院公报                                    2022 年第 27 号
    2. 加快财政支出进度。加快已下达的中央对地方转移支付预算执行进度，尽快下达资金，督促地方加快
    支出进度。

    """
private let gazetteRead = """
    国务院关于印发扎实稳住经济一揽子政策措施的通知
    国发〔2022〕12号
    各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
    现将《扎实稳住经济的一揽子政策措施》印发给你们，请认真贯彻执行。
    国务院
    2022年5月24日
    （本文有删减）
    扎实稳住经济的一揽子政策措施
    当前，新冠肺炎疫情和乌克兰危机导致风险挑战增多，我国经济发展环境的复杂性、严峻性、不确定性上升，稳增长、稳就业、稳物价面临新的挑战。为深入贯彻落实党中央、国务院决策部署，经过认真研究，现提出以下政策措施。
    一、财政政策（7项）
    1.进一步加大增值税留抵退税政策力度。在已出台政策基础上，扩大全额退还增值税留抵税额政策行业范围，将批发和零售业、农林牧渔业等7个行业企业纳入政策范围。
    2.加快财政支出进度。加快已下达的中央对地方转移支付预算执行进度，尽快下达资金，督促地方加快支出进度。
    """

@Suite struct OfficialDocumentTests {
    static let cases: [RepairCase] = [
        RepairCase(name: "issuing number under a one-line title",
                   input: "国务院办公厅关于进一步优化营商环境的意见\n国办发〔2022〕30号\n\n" + body,
                   expected: "国务院办公厅关于进一步优化营商环境的意见\n国办发〔2022〕30号\n" + bodyRead),
        RepairCase(name: "issuing number under a title set on two lines",
                   input: "国务院办公厅关于进一步优化营商环境降低市场主体\n制度性交易成本的意见\n国办发〔2022〕30号\n\n" + body,
                   expected: "国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见\n国办发〔2022〕30号\n" + bodyRead),
        RepairCase(name: "issuing number above the title is not the title's first line",
                   input: "国办发〔2022〕30号\n\n国务院办公厅关于进一步优化营商环境降低市场主体\n制度性交易成本的意见\n\n" + body,
                   expected: "国办发〔2022〕30号\n国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见\n" + bodyRead),
        RepairCase(name: "issuing number with ASCII brackets and OCR spaces closes up",
                   input: "关于做好2023年春节期间有关工作的通知\n京政办发 [2023] 2 号\n\n" + body,
                   expected: "关于做好2023年春节期间有关工作的通知\n京政办发[2023]2号\n" + bodyRead),
        RepairCase(name: "attachment list before the signing body: each attachment a line, the closer still found",
                   input: body + "\n    附件：1. 涉企收费目录清单\n          2. 工作联系表\n" + signed,
                   expected: bodyRead + "\n附件：1.涉企收费目录清单\n2.工作联系表\n国务院办公厅\n2022年9月7日"),
        RepairCase(name: "imprint: issuer and print date set apart keep one ideographic space",
                   input: body + signed + "抄送：党中央各部门，中央军委办公厅，各民主党派中央。\n  国务院办公厅秘书局                          2022年9月8日印发\n",
                   expected: bodyRead + "\n国务院办公厅\n2022年9月7日\n抄送：党中央各部门，中央军委办公厅，各民主党派中央。\n国务院办公厅秘书局\u{3000}2022年9月8日印发"),
        RepairCase(name: "copy-to line and contact line after the closer stay two lines",
                   input: body + signed + "（此件公开发布）\n\n抄送：党中央各部门，中央军委办公厅。\n联系人：张明；联系电话：010-12345678。\n",
                   expected: bodyRead + "\n国务院办公厅\n2022年9月7日\n（此件公开发布）\n抄送：党中央各部门，中央军委办公厅。\n联系人：张明；联系电话：010-12345678。"),
        RepairCase(name: "flat extraction: attachment list, then the signing body and date with no blank or indent, then the imprint",
                   input: body + "附件：1．重点任务分工表\n2．营商环境评价指标\n国务院办公厅\n2022年9月7日\n（此件公开发布）\n抄送：党中央各部门，中央军委办公厅。\n国务院办公厅秘书局                2022年9月8日印发\n",
                   expected: bodyRead + "\n附件：1．重点任务分工表\n2．营商环境评价指标\n国务院办公厅\n2022年9月7日\n（此件公开发布）\n抄送：党中央各部门，中央军委办公厅。\n国务院办公厅秘书局\u{3000}2022年9月8日印发"),
        RepairCase(name: "copy number, security level and urgency above the issuer: a line each",
                   input: "000123\n秘密★1年\n特急\n\n江城市人民政府文件\n\n江政发〔2024〕12号\n\n江城市人民政府关于做好防汛工作的通知\n\n" + body,
                   expected: "000123\n秘密★1年\n特急\n江城市人民政府文件\n江政发〔2024〕12号\n江城市人民政府关于做好防汛工作的通知\n" + bodyRead),
        RepairCase(name: "announcement head: issuer, the document type alone, the number in brackets",
                   input: "江城市商务局\n\n公    告\n\n（2024年第5号）\n\n为优化营商环境，现将有关事项公告如下：\n\n一、办理时间\n\n工作日上午9:00—12:\n00办理业务。\n\n特此公告。\n\n                    江城市商务局\n                    2024年6月20日\n",
                   expected: "江城市商务局\n公告\n（2024年第5号）\n为优化营商环境，现将有关事项公告如下：\n一、办理时间\n工作日上午9:00—12:00办理业务。\n特此公告。\n江城市商务局\n2024年6月20日"),
        RepairCase(name: "red-header notice with its attachment: issuer line, number, title, closer, annex",
                   input: "江城市人民政府文件\n\n江政发〔2024〕12号\n\n江城市人民政府关于印发江城市促进民营经济\n高质量发展若干措施的通知\n\n各区人民政府，市政府各部门：\n    现将《江城市促进民营经济高质量发展若干措施》印发给你们，请结合实际认真贯彻落实。\n\n                                        江城市人民政府\n                                        2024年3月15日\n\n附件1\n\n江城市促进民营经济高质量发展若干措施\n\n    一、优化发展环境\n    （一）持续破除市场准入壁垒。全面落实市场准入负面清单制度，\n不得额外设置准入条件。\n    （二）完善公平竞争制度。\n    1.加强公平竞争审查。\n    2.强化反垄断执法。\n    二、加大政策支持\n    问：企业如何申请专项资金？\n    答：符合条件的企业可通过江城市政务服务网在线申报。\n",
                   expected: "江城市人民政府文件\n江政发〔2024〕12号\n江城市人民政府关于印发江城市促进民营经济高质量发展若干措施的通知\n各区人民政府，市政府各部门：\n现将《江城市促进民营经济高质量发展若干措施》印发给你们，请结合实际认真贯彻落实。\n江城市人民政府\n2024年3月15日\n附件1\n江城市促进民营经济高质量发展若干措施\n一、优化发展环境\n（一）持续破除市场准入壁垒。全面落实市场准入负面清单制度，不得额外设置准入条件。\n（二）完善公平竞争制度。\n1.加强公平竞争审查。\n2.强化反垄断执法。\n二、加大政策支持\n问：企业如何申请专项资金？\n答：符合条件的企业可通过江城市政务服务网在线申报。"),
        RepairCase(name: "flat extraction: a numbered heading with no final mark, short of the column, over prose",
                   input: flatColumns,
                   expected: flatColumnsRead),
        RepairCase(name: "gazette extract: a running head printed twice, a title cut before its type, an attached text",
                   input: gazette, expected: gazetteRead),
        RepairCase(name: "an open letter: its title, the salutation, 此致 / 敬礼！, a signing unit that is no government body, the date",
                   input: "致全市广大市民朋友的一封信\n尊敬的市民朋友们：\n  春节将至，为确保大家度过一个安全、祥和的节日，市消防救援支队提醒广大市民朋\n友注意以下事项：\n  一、规范燃放烟花爆竹，严禁在禁放区域燃放。\n  此致\n敬礼！\n                                        江城市消防救援支队\n                                          2024年2月1日\n",
                   expected: "致全市广大市民朋友的一封信\n尊敬的市民朋友们：\n春节将至，为确保大家度过一个安全、祥和的节日，市消防救援支队提醒广大市民朋友注意以下事项：\n一、规范燃放烟花爆竹，严禁在禁放区域燃放。\n此致\n敬礼！\n江城市消防救援支队\n2024年2月1日"),
        RepairCase(name: "a plan's period under its title and a letter-spaced table of contents: each a line of its own",
                   input: "江城市国土空间总体规划\n（2021—2035年）\n目    录\n第一章  规划总则 ………………………… 1\n第二章  发展目标 ………………………… 5\n前言\n为贯彻落实国家和省关于建立国土空间规划体系的部署，编制本规划。\n",
                   expected: "江城市国土空间总体规划\n（2021—2035年）\n目录\n第一章　规划总则…………………………1\n第二章　发展目标…………………………5\n前言\n为贯彻落实国家和省关于建立国土空间规划体系的部署，编制本规划。"),
    ]

    @Test(arguments: cases)
    func repairsOfficialApparatus(_ c: RepairCase) {
        #expect(readingText(repaired(c.input)) == c.expected)
    }

    /// The open letter's unit signs it and dates it: a closer, not two headings.
    @Test func aUnitThatIsNoGovernmentBodySignsTheLetter() throws {
        let letter = try #require(Self.cases.first { $0.name.hasPrefix("an open letter") })
        let kinds = repaired(letter.input).divisions.flatMap(\.blocks).map(\.kind)
        #expect(kinds.first == .title)
        #expect(kinds.suffix(2) == [.signature, .date])
    }

    @Test func issuingNumberIsAHeadingAndTheTitleStaysTheTitle() {
        let document = repaired("国办发〔2022〕30号\n\n国务院办公厅关于进一步优化营商环境的意见\n\n" + body)
        let blocks = document.divisions.flatMap(\.blocks)
        #expect(blocks.first?.kind == .heading)
        #expect(blocks.dropFirst().first?.kind == .title)
        #expect(document.title == "国务院办公厅关于进一步优化营商环境的意见")
    }

    /// The gazette's running head is furniture at both places, the title is the title, and the
    /// note after the closer stays with the notice: the attached text starts after it.
    @Test func aGazetteExtractsNoticeAndAttachedTextAreTwoDivisions() {
        let document = repaired(gazette)
        #expect(document.title == "国务院关于印发扎实稳住经济一揽子政策措施的通知")
        #expect(document.divisions.count == 2)
        #expect(document.divisions.first?.blocks.last?.text == "（本文有删减）")
        #expect(document.divisions.last?.blocks.first?.text == "扎实稳住经济的一揽子政策措施")
    }

    /// What follows the signature and date (a note, the copy-to line, the print line) opens no second text.
    @Test func theImprintStaysInTheDocumentsDivision() {
        let document = repaired(body + "附件：1．重点任务分工表\n2．营商环境评价指标\n国务院办公厅\n2022年9月7日\n（此件公开发布）\n抄送：党中央各部门，中央军委办公厅。\n国务院办公厅秘书局                2022年9月8日印发\n")
        #expect(document.divisions.count == 1)
        #expect(document.blocks.contains { $0.kind == .signature && $0.text == "国务院办公厅" })
        #expect(document.blocks.contains { $0.kind == .date })
    }

    @Test(arguments: ["国办发〔2022〕30号", "京政办发 [2023] 2 号", "商资函（2021）第105号", "江政发【2024】12号", "国发〔2018〕3号"])
    func recognisesIssuingNumbers(_ line: String) {
        #expect(OfficialMark.isIssuingNumber(Array(line.unicodeScalars)))
    }

    @Test(arguments: ["2022年11月1日", "国务院办公厅", "（2024年第3号）", "〔2022〕30号", "国办发〔22〕30号",
                      "国办发〔2022〕30号文件精神", "按照国办发〔2022〕30号要求"])
    func rejectsLinesThatAreNotIssuingNumbers(_ line: String) {
        #expect(!OfficialMark.isIssuingNumber(Array(line.unicodeScalars)))
    }

    @Test(arguments: ["（2024年第3号）", "(2023 年第 12 号)"])
    func recognisesAnnouncementNumbers(_ line: String) {
        #expect(OfficialMark.isAnnouncementNumber(LineScalars(Array(line.unicodeScalars))))
    }

    @Test(arguments: ["000123", "秘密★1年", "机密★长期", "绝密", "特急", "加 急"])
    func recognisesHeaderMarks(_ line: String) {
        #expect(OfficialMark.isHeaderMark(LineScalars(Array(line.unicodeScalars))))
    }

    @Test(arguments: ["12345", "秘密文件", "秘密★一年半", "特急通知", "2024"])
    func rejectsLinesThatAreNotHeaderMarks(_ line: String) {
        #expect(!OfficialMark.isHeaderMark(LineScalars(Array(line.unicodeScalars))))
    }

    @Test(arguments: [
        ("国务院办公厅秘书局                          2022年9月8日印发", 9),
        ("联系人：张明\u{3000}\u{3000}联系电话：010-12345678", 6),
        ("李强        范明政", 2),  // names signed side by side
    ])
    func findsTheGapBetweenTwoFields(_ line: String, at offset: Int) {
        #expect(TwoFieldLine.gap(LineScalars(Array(line.unicodeScalars))) == offset)
    }

    @Test(arguments: [
        "序号    活动名称    场次",                   // a table row: more than one wide gap
        "国 务 院 办 公 厅 秘 书 局      2 0 2 2 年",  // letter-spaced throughout
        "国务院办公厅秘书局 2022年9月8日印发",          // no wide gap
        "通        知",                                  // one word, letter-spaced
        "工作      报告",                                // one title, four characters
    ])
    func leavesOtherLinesAlone(_ line: String) {
        #expect(TwoFieldLine.gap(LineScalars(Array(line.unicodeScalars))) == nil)
    }

    /// A title cut inside its book-title marks (`…就《…授权运营` / `管理办法（试行）》答记者问`) is
    /// still the title: the line that completes it ends with a document type.
    @Test func aTitleCutInsideItsBookTitleMarks() {
        let text = """
               江城市数据局有关负责人就《江城市公共数据授权运营
                   管理办法（试行）》答记者问
            \u{3000}\u{3000}近日，江城市人民政府办公厅印发《江城市公共数据授权运营管理办法（
            试行）》（以下简称《办法》）。市数据局有关负责人回答了记者提问。
            \u{3000}\u{3000}问：《办法》出台的背景是什么？
            """
        let blocks = repaired(text).blocks
        #expect(blocks.first?.text == "江城市数据局有关负责人就《江城市公共数据授权运营管理办法（试行）》答记者问")
        #expect(blocks.first?.kind == .title)
        #expect(blocks.count == 3)
    }

    /// A court's judgment signed by its judge and clerk, each office set apart from a name padded
    /// to the width of three characters (`审判员　　王　明`): signature lines whose office and name
    /// keep one space between them, and whose name loses its pad. Before, the offices were no
    /// signing offices, the lines headings, and the office ran into the name (`审判员王　明`).
    @Test func aJudgmentsBenchAndClerkSignIt() {
        let text = """
            \u{3000}\u{3000}案件受理费2,830元，减半收取计1,415元，由被告李建华负担。
            \u{3000}\u{3000}如不服本判决，可以在判决书送达之日起十五日内，向本院递交
            上诉状，并按对方当事人的人数提出副本，上诉于江城市中级人民法
            院。
            审判员\u{3000}\u{3000}王\u{3000}明
            二〇二三年十一月十五日
            书记员\u{3000}\u{3000}陈\u{3000}静
            """
        let blocks = repaired(text).blocks.suffix(3)
        #expect(blocks.map(\.text) == ["审判员 王明", "二〇二三年十一月十五日", "书记员 陈静"])
        #expect(blocks.map(\.kind) == [.signature, .date, .signature])
    }

    /// A notice's attached form: lines with blanks to fill in stand alone and as printed (the
    /// blanks, the padded labels and the gaps of a date to fill in are the form), and the fields
    /// of two lines are not one paragraph. Before, `填表日期：　　年　　月　　日` became `年月日`
    /// and ran into the next line's fields.
    @Test func anAttachedFormKeepsItsBlanks() {
        let form = [
            "附件2",
            "江城市2023年度优秀志愿者推荐表",
            "推荐单位（盖章）：\u{3000}\u{3000}\u{3000}\u{3000}填表日期：\u{3000}\u{3000}年\u{3000}\u{3000}月\u{3000}\u{3000}日",
            "姓\u{3000}\u{3000}名：__________\u{3000}性\u{3000}\u{3000}别：______\u{3000}出生年月：__________",
            "工作单位：______________________________________",
            "联系电话：______________\u{3000}电子邮箱：______________",
            "主要事迹（500字以内）：",
        ]
        // The attachment's label indented, as a notice sets it; every line else flush.
        let text = "\u{3000}\u{3000}" + form.joined(separator: "\n")
        #expect(readingText(repaired(text)) == form.joined(separator: "\n"))
    }

    /// A notice whose attachment list has two items, signed by an office named short
    /// (`江城市文明办`), and followed by the attached form: the list's second item heads nothing,
    /// the office and date close the notice, and the form is a text of its own. Before, `2.名额
    /// 分配表` headed a section that held the signer, the date and the form, all as headings.
    @Test func anAttachmentListAndAnOfficeNamedShort() {
        let text = """
            江城市文明办关于开展2023年度优秀志愿者推荐工作的通知
            各区文明办，市直各有关单位：
            \u{3000}\u{3000}为大力弘扬“奉献、友爱、互助、进步”的志愿精神，进一步
            推动志愿服务制度化、常态化，经研究，决定开展2023年度优秀
            志愿者推荐工作。现将有关事项通知如下：
            一、推荐范围
            \u{3000}\u{3000}在本市注册并参加志愿服务活动满两年、累计服务时长不少
            于200小时的志愿者。
            二、推荐程序
            \u{3000}\u{3000}各区文明办、市直各有关单位按照名额分配（见附件2）组织
            推荐，填写《江城市2023年度优秀志愿者推荐表》，于2023年12月
            15日前报送市文明办。
            三、有关要求
            \u{3000}\u{3000}各单位要坚持公开、公平、公正原则，严格把关，确保推荐
            对象群众认可、事迹突出。
            \u{3000}\u{3000}联系人：张晓明\u{3000}联系电话：0571-87654321
            附件：1.江城市2023年度优秀志愿者推荐表
            2.名额分配表
            江城市文明办
            2023年11月20日
            附件1
            江城市2023年度优秀志愿者推荐表
            推荐单位（盖章）：\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}填表日期：\u{3000}\u{3000}年\u{3000}\u{3000}月\u{3000}\u{3000}日
            姓\u{3000}\u{3000}名：__________\u{3000}性\u{3000}\u{3000}别：______\u{3000}出生年月：__________
            工作单位：__________________________________
            联系电话：______________\u{3000}服务时长：__________小时
            主要事迹（500字以内）：
            推荐单位意见：
            """
        let blocks = repaired(text).blocks
        func kind(_ text: String) -> BlockKind? { blocks.first { $0.text == text }?.kind }
        #expect(kind("2.名额分配表") == .item)
        #expect(kind("江城市文明办") == .signature)
        #expect(kind("2023年11月20日") == .date)
    }

    /// A numbered heading the column cut onto a short second line ends there, in a flat
    /// extraction (no blank lines, no indents): the paragraph under it opens a block.
    @Test func aWrappedNumberedHeadingEndsOnItsShortSecondLine() {
        let input = "在全市优化营商环境大会上的讲话\n同志们：\n今天召开全市优化营商环境大会，主要任务是总结经验、部署\n工作。下面，我讲三点意见。\n一、提高站位，深刻认识优化营商环境的重大意\n义\n营商环境就是生产力。去年全市新设经营主体8.\n6万户，增长12.4%，充分说明环境好，企业就来。\n"
        let text = readingText(repaired(input))
        #expect(text.contains("\n一、提高站位，深刻认识优化营商环境的重大意义\n营商环境就是生产力。去年全市新设经营主体8.6万户"))
    }
}
