import Testing
@testable import QuireText

/// What a Chinese newspaper page prints around its articles: a masthead line, a section label,
/// a headline over a dash-led subtitle, a byline, the jump to another page, a photo's credit,
/// the page editor's line. Each stands alone; none is read into the prose beside it.
@Suite struct NewspaperPageTests {
    typealias Case = RepairCase

    static let cases: [Case] = [
        Case(name: "a page in 20-character columns with blank lines: masthead, section, headline, jump, caption, editor",
             input: "2022年9月17日 星期六                    人民日报                          第 3 版\n要闻\n\n习近平出席上海合作组织成员国元首理\n\n事会第二十二次会议并发表重要讲话\n\n本报撒马尔罕9月16日电 （记者杜尚泽、\n\n张晓东）国家主席习近平16日上午在撒\n\n马尔罕国际会议中心出席上海合作组织\n\n成员国元首理事会第二十二次会议并发\n\n表重要讲话。\n\n会议由乌兹别克斯坦总统米尔济约耶夫\n\n主持。与会各国领导人围绕深化上海合\n\n作组织合作深入交换意见，达成广泛共\n\n识。（下转第二版）\n\n图为会议现场。 新华社记者 黄敬文摄\n\n本版责编：王 伟 李 明\n",
             expected: "要闻\n习近平出席上海合作组织成员国元首理事会第二十二次会议并发表重要讲话\n本报撒马尔罕9月16日电\u{3000}（记者杜尚泽、张晓东）国家主席习近平16日上午在撒马尔罕国际会议中心出席上海合作组织成员国元首理事会第二十二次会议并发表重要讲话。\n会议由乌兹别克斯坦总统米尔济约耶夫主持。与会各国领导人围绕深化上海合作组织合作深入交换意见，达成广泛共识。（下转第二版）\n图为会议现场。新华社记者 黄敬文摄\n本版责编：王伟 李明"),
        Case(name: "a section label, a headline over its subtitle and a letter-spaced byline, with blank lines",
             input: "国际\n\n携手构建更加紧密的中国—东盟命运共同体\n\n——写在中国—东盟建立对话关系31周年之际\n\n本报记者  刘 慧  李 强\n\n10月的雅加达，阳光明媚。在中国—东盟\n\n博览会的展台前，来自各国的客商络绎不\n\n绝。\n\n“中国是东盟最大的贸易伙伴。”印尼商\n\n人哈迪说，“我们的产品在中国市场很受\n\n欢迎。”\n\n（上接第一版）双方同意进一步加强在数字\n\n经济、绿色发展等领域的合作。\n\n（作者为中国国际问题研究院研究员）\n",
             expected: Self.feature),
        Case(name: "the same without blank lines",
             input: "国际\n携手构建更加紧密的中国—东盟命运共同体\n——写在中国—东盟建立对话关系31周年之际\n本报记者  刘 慧  李 强\n10月的雅加达，阳光明媚。在中国—东盟\n博览会的展台前，来自各国的客商络绎不\n绝。\n“中国是东盟最大的贸易伙伴。”印尼商\n人哈迪说，“我们的产品在中国市场很受\n欢迎。”\n（上接第一版）双方同意进一步加强在数字\n经济、绿色发展等领域的合作。\n（作者为中国国际问题研究院研究员）\n",
             expected: Self.feature),
        Case(name: "an interview closed by its dateline, then a second text whose title the column cut in two",
             input: "保持战略定力 推进务实合作\n\n——访上海合作组织秘书长张明\n\n本报记者  王 伟\n\n“上海合作组织成立21年来，始终\n\n坚持‘上海精神’。”张明说。\n\n上合组织秘书长张明在接受本报记者专访时\n\n表示，撒马尔罕峰会取得丰硕成果。\n\n（本报北京9月20日电）\n\n上海合作组织成员国政府首脑（总理）理事\n\n会第二十一次会议联合公报\n\n2022年11月1日，上海合作组织（以下\n\n简称“上合组织”或“本组织”）成员国政\n\n府首脑（总理）理事会第二十一次会议以视\n\n频方式举行。\n",
             expected: "保持战略定力 推进务实合作\n——访上海合作组织秘书长张明\n本报记者 王伟\n“上海合作组织成立21年来，始终坚持‘上海精神’。”张明说。\n上合组织秘书长张明在接受本报记者专访时表示，撒马尔罕峰会取得丰硕成果。\n（本报北京9月20日电）\n上海合作组织成员国政府首脑（总理）理事会第二十一次会议联合公报\n2022年11月1日，上海合作组织（以下简称“上合组织”或“本组织”）成员国政府首脑（总理）理事会第二十一次会议以视频方式举行。"),
    ]

    static let feature = "国际\n携手构建更加紧密的中国—东盟命运共同体\n——写在中国—东盟建立对话关系31周年之际\n本报记者 刘慧 李强\n10月的雅加达，阳光明媚。在中国—东盟博览会的展台前，来自各国的客商络绎不绝。\n“中国是东盟最大的贸易伙伴。”印尼商人哈迪说，“我们的产品在中国市场很受欢迎。”\n（上接第一版）双方同意进一步加强在数字经济、绿色发展等领域的合作。\n（作者为中国国际问题研究院研究员）"

    @Test(arguments: cases)
    func repairsPage(_ c: Case) {
        #expect(readingText(repaired(c.input)) == c.expected)
    }

    @Test func theMastheadIsFurnitureAndTheHeadlineTheTitle() {
        let document = repaired(Self.cases[0].input)
        #expect(document.blocks.first?.kind == .furniture)
        #expect(document.blocks.first { $0.kind == .title }?.text == "习近平出席上海合作组织成员国元首理事会第二十二次会议并发表重要讲话")
    }

    /// A headline cut mid-phrase or letter-spaced, over a news story's dateline, is the title.
    @Test(arguments: [false, true])
    func aHeadlineOverADatelineIsTheTitle(blankLines: Bool) {
        var input = "携 手 构 建 更 加 紧 密 的\n\n中 国 — 东 盟 命 运 共 同 体\n\n本报讯（记者 王伟）10月20日，第十九届中国—\n\n东盟博览会在南宁开幕。来自东盟各国的\n\n1000多家企业参展。\n\n据介绍，本届博览会展览总面积10.2万平\n\n方米，设置展位5400个。\n\n（新华社发 王 伟摄）\n"
        if !blankLines { input = input.replacingOccurrences(of: "\n\n", with: "\n") }
        let document = repaired(input)
        #expect(document.title == "携手构建更加紧密的中国—东盟命运共同体")
        #expect(document.blocks.first?.kind == .title)
        #expect(readingText(document).hasPrefix("携手构建更加紧密的中国—东盟命运共同体\n本报讯（记者王伟）10月20日，"))
    }

    @Test(arguments: ["2022年9月17日 星期六    人民日报    第 3 版", "人民日报  2023年3月5日  第03版", "第三版   要闻"])
    func mastheads(_ line: String) {
        #expect(NewspaperMarks.isMasthead(LineProfile(number: 1, scalars: Array(line.unicodeScalars), indent: 0, blankLinesBefore: 0)))
    }

    @Test(arguments: ["人民日报 第3版", "会议决定，自第3版起改版。  见附件", "2022年9月17日 星期六"])
    func notMastheads(_ line: String) {
        #expect(!NewspaperMarks.isMasthead(LineProfile(number: 1, scalars: Array(line.unicodeScalars), indent: 0, blankLinesBefore: 0)))
    }

    @Test(arguments: [("达成广泛共识。（下转第二版）", true), ("共识（转第4版）", true), ("见（第二版）", false), ("（下转第二页）", false)])
    func jumps(_ line: String, jumps: Bool) {
        #expect(NewspaperMarks.endsWithJump(LineScalars(Array(line.unicodeScalars))) == jumps)
    }

    @Test(arguments: [("图为会议现场。 新华社记者 黄敬文摄", true), ("本报记者王伟摄", true), ("他们拍摄", false), ("记者说。大家拍摄", false)])
    func photoCredits(_ line: String, credits: Bool) {
        #expect(NewspaperMarks.endsWithPhotoCredit(LineScalars(Array(line.unicodeScalars))) == credits)
    }

    @Test(arguments: [("本版责编：王 伟", true), ("（责任编辑：李明）", true), ("责任编辑:李明", true), ("责任编制度", false), ("本版责任在于", false)])
    func editorLines(_ line: String, isEditor: Bool) {
        #expect(NewspaperMarks.isEditorLine(LineScalars(Array(line.unicodeScalars))) == isEditor)
    }

    /// A byline keeps a space between its role and each name; a name's own letter-spacing closes.
    @Test(arguments: [("本报记者  刘 慧  李 强", "本报记者 刘慧 李强"), ("本报记者 刘慧 李强", "本报记者 刘慧 李强"),
                      ("新华社记者 黄 敬 文", "新华社记者 黄敬文"), ("记者　王伟", "记者 王伟"),
                      // Gaps all alike: a two-character name's padding, names of two.
                      ("本报记者 王 浩 李 欣", "本报记者 王浩 李欣"), ("本报记者  王  浩  李  欣", "本报记者 王浩 李欣"),
                      ("本报记者 王 浩 张三丰", "本报记者 王浩 张三丰"),
                      // Any paper's or agency's reporter; a credit in brackets; a photo's credit.
                      ("人民日报记者 王 浩", "人民日报记者 王浩"), ("（本报记者 刘 毅）", "（本报记者 刘毅）"),
                      ("新华社记者 方 喆 摄", "新华社记者 方喆 摄"), ("记者 王 浩 通讯员 李 欣", "记者 王浩 通讯员 李欣")])
    func bylines(_ line: String, resolved: String) {
        let scalars = Array(line.unicodeScalars)
        #expect(NewspaperMarks.isByline(LineScalars(scalars)))
        var log = RepairLog()
        #expect(String(String.UnicodeScalarView(NewspaperMarks.resolvedByline(scalars, log: &log))) == resolved)
    }

    /// A headline in two parallel phrases keeps its gap; a stray space elsewhere does not count.
    @Test(arguments: [("保持战略定力 推进务实合作", 6 as Int?), ("坚定信心\u{3000}实干担当", 4), ("携手构建 命运共同体", 4),
                      ("关于加强安全生产 工作的通知", nil), ("上海合作组织成员国政府首脑（总理） 理事会", nil),
                      ("保持 战略定力推进务实合作", nil), ("加强合作 推进 发展共赢", nil)])
    func parallelHeadlines(_ line: String, gap: Int?) {
        #expect(NewspaperMarks.parallelHeadlineGap(LineScalars(Array(line.unicodeScalars))) == gap)
    }

    /// A caption's photo credit keeps the space between its role and the name, and only that.
    @Test(arguments: [("图为会议现场。 新华社记者 黄敬文摄", "图为会议现场。新华社记者 黄敬文摄"),
                      ("图为会议现场。新华社记者  方 喆 摄", "图为会议现场。新华社记者 方喆摄"),
                      ("图为会议现场。新华社记者黄敬文摄", "图为会议现场。新华社记者黄敬文摄")])
    func photoCreditSpacing(_ line: String, resolved: String) {
        #expect(readingText(repaired("国际\n\n这是第一段正文，说明有关情况。\n\n" + line + "\n")).hasSuffix("\n" + resolved))
    }

    @Test(arguments: [("图为会议现场。 新华社记者 黄敬文摄", 13 as Int?), ("图为会议现场。 本报记者  方 喆 摄", 12),
                      ("图为大会现场。记者 在现场拍摄", nil), ("他说要请记者 黄敬文摄", nil), ("图为会议现场。记者 刘摄", nil)])
    func photoCreditGaps(_ line: String, gap: Int?) {
        #expect(NewspaperMarks.photoCreditGap(Array(line.unicodeScalars)) == gap)
    }

    /// A page editor's line: its names as a byline's, after the label.
    @Test(arguments: [("本版责编：王 伟 李 明", "本版责编：王伟 李明"), ("（责任编辑：张 伟）", "（责任编辑：张伟）"),
                      ("责任编辑： 李明", "责任编辑：李明"), ("本版责编：王伟  李明", "本版责编：王伟 李明")])
    func editorLineNames(_ line: String, resolved: String) {
        #expect(readingText(repaired("国际\n\n这是第一段正文，说明有关情况。\n\n" + line + "\n")).hasSuffix("\n" + resolved))
    }

    @Test(arguments: ["记者说，会议将于明天举行", "本报记者", "记者 Li Wei", "本报记者在现场看到",
                      "（本报记者 刘毅", "记者说 好的", "记 者 王 浩", "图为记者 在现场拍摄", "记者 在现场采访群众"])
    func notBylines(_ line: String) {
        #expect(!NewspaperMarks.isByline(LineScalars(Array(line.unicodeScalars))))
    }

    /// A section's name that ends a sentence's line (`…推动数字` / `经济` / `…`) is no label.
    @Test func aSectionNameInsideASentenceIsNoLabel() {
        let text = "会议强调，要加快发展数字\n经济\n和实体经济深度融合。"
        #expect(readingText(repaired(text)) == "会议强调，要加快发展数字经济和实体经济深度融合。")
    }

    /// The join decision's quick test for a news dateline's first character answers as the
    /// set it stands in for, over the set's members and their neighbours.
    @Test func initialTestsMatchTheirSets() {
        var candidates = Set<UInt32>()
        for word in Segmenter.newsAgencies {
            for scalar in word { candidates.formUnion([scalar.value - 1, scalar.value, scalar.value + 1]) }
        }
        for value in candidates.sorted() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Segmenter.isAgencyInitial(scalar) == Segmenter.agencyInitials.contains(scalar))
        }
    }

    @Test(arguments: [("（上接第一版）", true), ("（接第2版）", true), ("(紧接第 1 版)", true), ("（下转第二版）", false),
                      ("（上接第一版的内容）", false), ("（接上）", false)])
    func continuedFromNotes(_ line: String, continued: Bool) {
        #expect(NewspaperMarks.isContinuedFrom(LineScalars(Array(line.unicodeScalars))) == continued)
    }

    /// A page that opens with the part of an article continued from another page: the note is a
    /// line of its own, not the page's title.
    @Test func aContinuedFromNoteIsNoTitle() {
        let text = "（上接第一版）\n\n会议期间，来自23个国家和地区的客商签约\n\n项目47个，总投资额约320亿元。\n"
        let blocks = repaired(text).blocks
        #expect(blocks.map(\.text) == ["（上接第一版）", "会议期间，来自23个国家和地区的客商签约项目47个，总投资额约320亿元。"])
        #expect(blocks.first?.kind == .paragraph)
    }

    /// The date under a story's bracketed credit is the story's date, not a heading over nothing.
    @Test(arguments: ["二〇二三年十一月六日", "2023年11月6日"])
    func aDateUnderTheCreditClosesTheStory(_ date: String) {
        let text = "张明：我们将持续推进制度型开放，努力提升\n\n对外开放水平。\n\n（本报记者 陈晓 刘洋）\n\n" + date + "\n"
        let blocks = repaired(text).blocks
        #expect(blocks.last?.text == date)
        #expect(blocks.last?.kind == .date)
    }

    /// An interview's labelled headline stands over its first question, set in a 20-em column.
    @Test func aLabelledHeadlineStandsOverTheFirstQuestion() {
        let text = """
            江城港始建于1958年，现有生产性泊位86个，

            其中万吨级以上泊位32个。

            访谈：让开放的大门越开越大

            记者：今年以来，全市在稳外贸方面采取了哪

            些举措？

            张明：我们主要做了三方面工作。一是优化通

            关流程，进口整体通关时间压缩至35.2小时。
            """
        #expect(readingText(repaired(text)) == """
            江城港始建于1958年，现有生产性泊位86个，其中万吨级以上泊位32个。
            访谈：让开放的大门越开越大
            记者：今年以来，全市在稳外贸方面采取了哪些举措？
            张明：我们主要做了三方面工作。一是优化通关流程，进口整体通关时间压缩至35.2小时。
            """)
    }

    /// A short line of prose cut before a label goes on where the column is full.
    @Test func aFullLineBeforeALabelGoesOn() {
        let text = "江城港始建于1958年，现有生产性泊位86个，\n\n其中万吨级以上泊位32个，主要包括以下\n\n三类：集装箱、散货和油品泊位。\n"
        #expect(readingText(repaired(text)) == "江城港始建于1958年，现有生产性泊位86个，其中万吨级以上泊位32个，主要包括以下三类：集装箱、散货和油品泊位。")
    }
}
