import Testing
@testable import QuireText

/// A research report or journal article in a Chinese column: front matter set across the page,
/// an abstract and keywords in Chinese and in English, indented paragraphs, numbered headings and
/// a list of references. Where indents mark paragraphs, the indent decides after lines of every
/// kind, and a part's name with its colon (`参考文献：`) stands alone.
@Suite struct ResearchReportTests {
    /// The report's title, its authors with their affiliations' numbers, the affiliations and
    /// the abstract's first line.
    static let frontMatter = """
        数字贸易规则对接的路径与对策研究
        王立新1，陈静2
        （1. 商务部国际贸易经济合作研究院，北京 100710；2. 对外经济贸易大学，北京 100029）
        \u{3000}\u{3000}摘\u{3000}要：数字贸易的快速发展对国际经贸规则提出
        """

    /// The report's first paragraphs, indented, under its front matter.
    static let paragraphs = """

        \u{3000}\u{3000}当前，数字技术深刻改变着国际贸易的内容和方式。
        各国围绕数据跨境流动、个人信息保护和数字税收等议
        题的分歧日益突出。
        \u{3000}\u{3000}我国高度重视数字贸易规则建设。如何在维护数据
        安全的前提下对接高标准规则，成为亟待研究的课题。
        \u{3000}\u{3000}跨境数据流动规则要求缔约方允许通过电子方式跨
        境传输信息，但可以为实现合法公共政策目标采取不一
        致的措施。
        \u{3000}\u{3000}数据存储本地化规则规定，缔约方不得将使用该缔
        约方领土内的计算设施作为开展业务的条件。
        """

    /// A research report's front matter, set across the page over an indented abstract, and a
    /// keyword line with no final mark: where indents mark paragraphs, an indented line starts a
    /// block after them however wide the line before is (a column cut is never followed by an
    /// indent). Before, the affiliation ran into the abstract, and the keywords into the first
    /// paragraph.
    @Test func frontMatterOverIndentedAbstract() {
        let text = """
            数字贸易规则对接的路径与对策研究
            王立新，陈静
            （商务部国际贸易经济合作研究院，北京 100710；对外经济贸易大学，北京 100029）
            \u{3000}\u{3000}摘\u{3000}要：数字贸易的快速发展对国际经贸规则提出
            了新的要求。本文比较了跨境数据流动等核心议题的规
            则差异，并提出稳步扩大制度型开放的路径。
            \u{3000}\u{3000}关键词：数字贸易；规则对接；制度型开放
            """ + ResearchReportTests.paragraphs
        let blocks = repaired(text).blocks.map(\.text)
        #expect(blocks.contains("摘\u{3000}要：数字贸易的快速发展对国际经贸规则提出了新的要求。本文比较了跨境数据流动等核心议题的规则差异，并提出稳步扩大制度型开放的路径。"))
        #expect(blocks.contains("关键词：数字贸易；规则对接；制度型开放"))
        #expect(blocks.contains("当前，数字技术深刻改变着国际贸易的内容和方式。各国围绕数据跨境流动、个人信息保护和数字税收等议题的分歧日益突出。"))
    }

    /// The authors' line, each name with its affiliation's number, stands alone in both
    /// languages: before, the Chinese one ran into the affiliations set across the page, and the
    /// English title set across the page ran into the English one. The affiliations keep their
    /// numbers' points and spaces and the space before each postal code, as printed.
    @Test func authorLinesStandAloneAndAffiliationsKeepTheirSpaces() {
        let text = ResearchReportTests.frontMatter + """

            了新的要求。本文比较了跨境数据流动等核心议题的规
            则差异，并提出稳步扩大制度型开放的路径。
            """ + ResearchReportTests.paragraphs
        let blocks = repaired(text).blocks
        let texts = blocks.map(\.text)
        #expect(Array(texts.prefix(3)) == ["数字贸易规则对接的路径与对策研究", "王立新1，陈静2",
                                           "（1. 商务部国际贸易经济合作研究院，北京 100710；2. 对外经济贸易大学，北京 100029）"])
        #expect(blocks[1].kind == .paragraph)
        let english = """
            Research on the Path of Aligning with High-standard Digital Trade Rules
            WANG Lixin1, CHEN Jing2
            Abstract: The rapid development of digital trade has raised new
            requirements for international economic and trade rules. This paper
            reviews the digital trade provisions in RCEP, CPTPP and DEPA.
            """
        let englishBlocks = repaired(english).blocks
        #expect(englishBlocks.map(\.text) == ["Research on the Path of Aligning with High-standard Digital Trade Rules", "WANG Lixin1, CHEN Jing2",
                                               "Abstract: The rapid development of digital trade has raised new requirements for international economic and trade rules. This paper reviews the digital trade provisions in RCEP, CPTPP and DEPA."])
        #expect(englishBlocks[1].kind == .paragraph)
    }

    @Test(arguments: [("王立新1，陈静2", true), ("王立新¹，陈静²*", true), ("上合组织，强调，强调强调，强调20", false), ("王立新1，陈静", false), ("张三1 李四2 王五1", true), ("欧阳修*", true),
                      ("王立新，陈静", false), ("增长12%", false), ("第1季度", false), ("数字贸易规则1", false)])
    func chineseAuthorLines(_ line: String, _ expected: Bool) {
        #expect(JournalByline.isChineseAuthorLine(LineScalars(Array(line.unicodeScalars))) == expected)
    }

    @Test(arguments: [("WANG Lixin1, CHEN Jing2", true), ("Jing CHEN1 and Hong LI2*", true), ("LI Hong-wei*", true),
                      ("WANG Lixin, CHEN Jing", false), ("Table 2, Figure 3", false), ("NEW YORK 10017", false), ("Article 14", false)])
    func latinAuthorLines(_ line: String, _ expected: Bool) {
        #expect(JournalByline.isLatinAuthorLine(LineScalars(Array(line.unicodeScalars))) == expected)
    }

    /// The English abstract and keywords inside the Chinese report, and its references: an
    /// indented Latin first line that ends a clause reaches the margin with its indent, so the
    /// lower-case line after it goes on; `参考文献：` after a full line ending a sentence is a
    /// line of its own; a line that opens with `.` attaches to the line before it; the line of
    /// classification fields stands alone; the reference list keeps its ASCII points and spaces.
    @Test func abstractsKeywordsAndReferences() {
        let text = ResearchReportTests.frontMatter + """

            了新的要求。本文梳理了《区域全面经济伙伴关系协定》
            （RCEP）、《全面与进步跨太平洋伙伴关系协定》（
            CPTPP）和《数字经济伙伴关系协定》（DEPA）中的数字
            贸易条款，比较了跨境数据流动、数据存储本地化、源
            代码保护等核心议题的规则差异，并提出我国稳步扩大
            制度型开放的路径。研究发现，2021年至2023年我国数
            字服务贸易规模年均增长8.6%，但在规则对接方面仍存
            在短板。
            \u{3000}\u{3000}关键词：数字贸易；规则对接；跨境数据流动；制
            度型开放
            中图分类号：F752\u{3000}\u{3000}文献标识码：A\u{3000}\u{3000}文章编号：1002-4670（2023）06-0015-12
            Research on the Path of Aligning with High-standard Digital Trade Rules
            WANG Lixin1, CHEN Jing2
            \u{3000}\u{3000}Abstract: The rapid development of digital
            trade has raised new requirements for internati-
            onal economic and trade rules. This paper revi-
            ews the digital trade provisions in RCEP, CPTPP
            and DEPA, compares the differences on core iss-
            ues such as cross-border data flows, data local-
            ization and source code protection, and proposes
            a path for China to steadily expand institutio-
            nal opening-up.
            \u{3000}\u{3000}Key words: digital trade; rule alignment;
            cross-border data flows; institutional opening-
            up
            一、引言
            \u{3000}\u{3000}当前，数字技术深刻改变着国际贸易的内容和方式。
            据联合国贸易和发展会议（UNCTAD）统计，2022年全球
            可数字化交付的服务出口额达到3.82万亿美元，占全球
            服务出口的比重为54%。与此同时，各国围绕数据跨境流
            动、个人信息保护和数字税收等议题的分歧日益突出。
            \u{3000}\u{3000}我国高度重视数字贸易规则建设。2021年11月，我
            国正式提出申请加入DEPA；2022年1月1日，RCEP正式生
            效。如何在维护数据安全的前提下对接高标准规则，成
            为亟待研究的课题。
            二、高标准数字贸易规则的主要内容
            （一）跨境数据流动规则
            \u{3000}\u{3000}CPTPP第14.11条要求缔约方允许通过电子方式跨境
            传输信息，包括个人信息，但可以为实现合法公共政策
            目标采取不一致的措施。RCEP的相应条款保留了更大的
            政策空间，缔约方可以自行判断其基本安全利益。
            （二）数据存储本地化规则
            \u{3000}\u{3000}CPTPP第14.13条规定，缔约方不得将使用该缔约方
            领土内的计算设施作为在其领土内开展业务的条件。
            参考文献：
            \u{3000}\u{3000}[1] 王立新. 数字贸易发展报告（2022）[M]. 北京：
            中国商务出版社，2022.
            \u{3000}\u{3000}[2] 陈静，李明. 高标准经贸规则与制度型开放[J]
            . 国际贸易问题，2021（9）：1-15.
            \u{3000}\u{3000}[3] ZHANG Yu, LI Hong. Digital trade rules
            and global value chains[J]. The World Economy,
            2021, 44(3): 512-530.
            \u{3000}\u{3000}收稿日期：2023-05-12
            \u{3000}\u{3000}基金项目：国家社会科学基金重大项目“高标准国际
            经贸规则研究”（22ZDA045）
            \u{3000}\u{3000}作者简介：王立新，男，研究员，博士，主要研究
            方向为国际贸易规则；陈静，女，副教授，博士，主要
            研究方向为数字贸易。
            """
        let blocks = repaired(text).blocks.map(\.text)
        #expect(blocks.contains("Key words: digital trade; rule alignment; cross-border data flows; institutional opening-up"))
        #expect(blocks.contains("CPTPP第14.13条规定，缔约方不得将使用该缔约方领土内的计算设施作为在其领土内开展业务的条件。"))
        #expect(blocks.contains("参考文献："))
        // A line of several fields set across the page is whole, one ideographic space between
        // its fields, however wide it is.
        #expect(blocks.contains("中图分类号：F752\u{3000}文献标识码：A\u{3000}文章编号：1002-4670（2023）06-0015-12"))
        // The references keep the standard's points and spaces (`[1] 王立新. …[M]. 北京：…`), and
        // an entry cut after its colon goes on into its unindented next line.
        #expect(blocks.contains("[1] 王立新. 数字贸易发展报告（2022）[M]. 北京：中国商务出版社，2022."))
        #expect(blocks.contains("[2] 陈静，李明. 高标准经贸规则与制度型开放[J]. 国际贸易问题，2021（9）：1-15."))
    }

    /// A reference list cut at a narrow column: each entry goes on to its full stop (`… DOI:` /
    /// `10.1177/…`), a number the line cut closes up (`（2021—20` / `35年）`), and the next
    /// entry's number opens a line after a URL's full stop (`….html.` / `[5] 陈思远…`).
    @Test func aReferenceListsEntriesEachRunToTheirEnd() {
        let input = "参考文献\n[1] 王立新，陈晓梅. 江南水乡聚落空间形态研究[M]. 北京：中国\n建筑工业出版社，2019：45-67.\n[2] 林远舟. 滨江城市更新中的公共空间营造策略[J]. 城市规划学\n刊，2021（3）：88-95.\n[3] ZHANG Wei, LIU Fang. Spatial evolution of riverside\nindustrial heritage in eastern China[J]. Journal of Urban\nHistory, 2020, 46(5): 1021-1043. DOI:\n10.1177/0096144219876543.\n[4] 江城市自然资源和规划局. 江城市国土空间总体规划（2021—20\n35年）[EB/OL].（2023-05-12）[2024-01-08]. https://zrzy.\njiangcheng.gov.cn/ghgs/202305/t20230512_1234567.html.\n[5] 陈思远. 历史街区微更新的居民参与机制研究[D]. 江城：江城\n大学，2022.\n[6] HARTLEY J, MORENO C. Waterfront regeneration and the\neveryday city[C]//Proceedings of the 12th International\nConference on Urban Planning. London: Meridian Press, 2018:\n233-241.\n\n                · 96 ·\n"
        #expect(readingText(repaired(input)) == "参考文献\n[1] 王立新，陈晓梅. 江南水乡聚落空间形态研究[M]. 北京：中国建筑工业出版社，2019：45-67.\n[2] 林远舟. 滨江城市更新中的公共空间营造策略[J]. 城市规划学刊，2021（3）：88-95.\n[3] ZHANG Wei, LIU Fang. Spatial evolution of riverside industrial heritage in eastern China[J]. Journal of Urban History, 2020, 46(5): 1021-1043. DOI: 10.1177/0096144219876543.\n[4] 江城市自然资源和规划局. 江城市国土空间总体规划（2021—2035年）[EB/OL].（2023-05-12）[2024-01-08]. https://zrzy.jiangcheng.gov.cn/ghgs/202305/t20230512_1234567.html.\n[5] 陈思远. 历史街区微更新的居民参与机制研究[D]. 江城：江城大学，2022.\n[6] HARTLEY J, MORENO C. Waterfront regeneration and the everyday city[C]//Proceedings of the 12th International Conference on Urban Planning. London: Meridian Press, 2018: 233-241.")
    }
}
