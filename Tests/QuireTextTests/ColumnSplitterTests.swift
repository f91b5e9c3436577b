import Testing
@testable import QuireText

/// Columns set side by side on each line, as `pdftotext -layout` extracts a page of two or
/// three columns: each column is read down before the next. Expected outputs checked by eye.
@Suite struct ColumnSplitterTests {
    typealias Case = RepairCase

    static let cases: [Case] = [
        Case(name: "two Chinese columns under a headline spanning both, a page number under them",
             input: "                    国务院常务会议部署稳经济一揽子措施\n\n      国务院常务会议指出，今年以来，各            会议强调，要持续深化改革开放，激\n  地区各部门认真贯彻落实党中央、国务院        发市场主体活力，稳定市场预期，切实保\n  决策部署，经济运行总体平稳，主要指标        障和改善民生。\n  保持在合理区间。                                会议还研究了其他事项，部署了下一\n      会议要求，要加大宏观政策实施力度        阶段重点工作。\n  ，着力扩大有效需求，推动经济持续回升\n  向好。\n\n                                   — 2 —\n",
             expected: "国务院常务会议部署稳经济一揽子措施\n国务院常务会议指出，今年以来，各地区各部门认真贯彻落实党中央、国务院决策部署，经济运行总体平稳，主要指标保持在合理区间。\n会议要求，要加大宏观政策实施力度，着力扩大有效需求，推动经济持续回升向好。\n会议强调，要持续深化改革开放，激发市场主体活力，稳定市场预期，切实保障和改善民生。\n会议还研究了其他事项，部署了下一阶段重点工作。"),
        Case(name: "two ragged-right Latin columns",
             input: "The council met on Tuesday to           Mr. Smith moved that the report be\nconsider the report of the finance      adopted. The motion was seconded by\ncommittee, which recommended an         Mr. Jones and carried without a\nincrease in the annual appropriation    dissenting vote. The council then\nfor public schools.                     adjourned.\n",
             expected: "The council met on Tuesday to consider the report of the finance committee, which recommended an increase in the annual appropriation for public schools.\nMr. Smith moved that the report be adopted. The motion was seconded by Mr. Jones and carried without a dissenting vote. The council then adjourned."),
        Case(name: "three Latin columns",
             input: "The harvest this year       A new bridge over the       The school board will\nhas been the largest        river was opened on         meet next week to choose\never recorded in the        Monday by the mayor, who    a new principal for the\ncounty, and prices at       thanked the engineers       high school on Main\nthe market have fallen      and the men.                Street.\naccordingly.\n",
             expected: "The harvest this year has been the largest ever recorded in the county, and prices at the market have fallen accordingly.\nA new bridge over the river was opened on Monday by the mayor, who thanked the engineers and the men.\nThe school board will meet next week to choose a new principal for the high school on Main Street."),
        Case(name: "a news story in two columns under its headline and subtitle, a paragraph running from the foot of one column to the head of the next",
             input: "                         制造业PMI有所回落\n                    ——国家统计局解读10月份经济数据\n\n      本报北京11月1日电（记者王伟）国       发、国际环境更趋复杂严峻等因素影响，制\n  家统计局今天发布数据显示，10月份，制      造业景气水平回落。\n  造业采购经理指数为49.2%，比上月下             从企业规模看，大型企业PMI为50\n  降1.0个百分点，制造业景气水平有所回       .1%，比上月下降1.0个百分点，继续\n  落。                                      高于临界点；中、小型企业PMI分别为4\n      国家统计局服务业调查中心高级统计师    8.9%和47.4%。\n  赵庆河表示，10月份，受国内疫情多发散\n",
             expected: "制造业PMI有所回落\n——国家统计局解读10月份经济数据\n本报北京11月1日电（记者王伟）国家统计局今天发布数据显示，10月份，制造业采购经理指数为49.2%，比上月下降1.0个百分点，制造业景气水平有所回落。\n国家统计局服务业调查中心高级统计师赵庆河表示，10月份，受国内疫情多发散发、国际环境更趋复杂严峻等因素影响，制造业景气水平回落。\n从企业规模看，大型企业PMI为50.1%，比上月下降1.0个百分点，继续高于临界点；中、小型企业PMI分别为48.9%和47.4%。"),
    ]

    @Test(arguments: cases)
    func readsEachColumnInTurn(_ c: Case) {
        #expect(readingText(repaired(c.input)) == c.expected)
    }

    /// A block running from the foot of one column to the head of the next spans its source
    /// lines lowest to highest (its last line was printed above its first).
    @Test func aBlockAcrossColumnsSpansItsLinesInOrder() {
        let block = repaired(Self.cases[3].input).blocks.first { $0.text.hasPrefix("国家统计局服务业") }
        #expect(block?.sourceLines == 4...10)
    }

    /// Its junction to the next column's first line is marked as a column change (TEI `<cb/>`
    /// in the diplomatic view); its other line breaks are not.
    @Test func theJunctionToTheNextColumnIsMarked() throws {
        let block = try #require(repaired(Self.cases[3].input).blocks.first { $0.text.hasPrefix("国家统计局服务业") })
        #expect(block.lineBreaks.count >= 2)
        #expect(block.lineBreaks.filter(\.startsColumn).count == 1)
        let mark = try #require(block.lineBreaks.first { $0.startsColumn })
        let scalars = Array(block.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mark.offset...].prefix(2))) == "发、")
    }

    /// Each column read after the first is a repair the TEI header counts.
    @Test func columnsReadInTurnAreCounted() {
        #expect(repaired(Self.cases[0].input).repairs[.columnOrder] == 1)
        #expect(repaired(Self.cases[2].input).repairs[.columnOrder] == 2)
    }

    /// A table set out on its lines: each row a line of its own, in order, its cells one
    /// ideographic space apart (the wide gaps would otherwise close up beside Chinese text).
    @Test func aTableKeepsItsRowsAndCells() {
        let table = "序号    项目名称              金额（万元）    备注\n1       道路改造工程          1200            已完工\n2       污水处理厂            3500            在建\n3       学校扩建              800             规划中\n4       公园绿化              450             已完工\n5       医院新建              6200            在建\n"
        #expect(readingText(repaired(table)) == "序号　项目名称　金额（万元）　备注\n1　道路改造工程　1200　已完工\n2　污水处理厂　3500　在建\n3　学校扩建　800　规划中\n4　公园绿化　450　已完工\n5　医院新建　6200　在建")
    }

    /// Cells of figures keep the ideographic space between them too (`812.4　5.6`, not the ASCII
    /// space a lone gap between two figures otherwise becomes), and a header of Han cells keeps
    /// its gaps though three of them stand between Han characters (which reads as letter-spacing
    /// elsewhere), though it sits indented and heads the file, and though a cell is letter-spaced
    /// itself (`区  名`).
    @Test(arguments: [
        ("区名          地区生产总值        增速          常住人口\n", "区名　地区生产总值　增速　常住人口"),
        ("   区  名        地区生产总值        增 速         常住人口\n", "区名　地区生产总值　增速　常住人口"),
    ])
    func aTableOfFiguresKeepsItsCells(header: String, expected: String) {
        let rows = "   东湖区          812.4             5.6           96.3\n   西山区          604.7             4.9           71.8\n   南岸区          498.2             5.1           63.5\n   北湖区          430.3             4.7           58.2\n"
        #expect(readingText(repaired(header + rows)) == expected + "\n东湖区　812.4　5.6　96.3\n西山区　604.7　4.9　71.8\n南岸区　498.2　5.1　63.5\n北湖区　430.3　4.7　58.2")
    }

    /// A table of four rows (a recipe's ingredients) is a table too: its cells keep their gap.
    @Test func aSmallTableKeepsItsCells() {
        let text = "【食材】\n鲈鱼              1条（约600克）\n葱                2根\n姜                1小块\n蒸鱼豉油          2汤匙\n【做法】\n1.鲈鱼去鳞、去内脏，洗净后在鱼身两面各划三刀。\n"
        #expect(readingText(repaired(text)) == "【食材】\n鲈鱼　1条（约600克）\n葱　2根\n姜　1小块\n蒸鱼豉油　2汤匙\n【做法】\n1.鲈鱼去鳞、去内脏，洗净后在鱼身两面各划三刀。")
    }

    /// A table whose long first cell stands two spaces from the next on one row is no pair of
    /// text columns: each row stays a row, that row's two-space gap parting its cells too.
    @Test func aTableWithOneNarrowGapStaysRows() {
        let text = "指标                          2020年        2025年        属性\n森林覆盖率（%）               61.2          61.5          预期性\n空气质量优良天数比率（%）     88.5          90            约束性\n城市污水处理率（%）           95            98            预期性\n耕地保有量（万亩）            120           118           约束性\n城市生活垃圾分类覆盖率（%）  60             100           预期性\n"
        #expect(readingText(repaired(text)) == "指标　2020年　2025年　属性\n森林覆盖率（%）　61.2　61.5　预期性\n空气质量优良天数比率（%）　88.5　90　约束性\n城市污水处理率（%）　95　98　预期性\n耕地保有量（万亩）　120　118　约束性\n城市生活垃圾分类覆盖率（%）　60　100　预期性")
    }

    /// A cell the column wrapped under its row goes on that cell: under a later cell (a row
    /// never leaves its first cell empty), or under the first where that cell filled its column
    /// (`…（微克/立` / `方米）`); a label of its own under a short first cell stays a line
    /// (`【做法】`: `aSmallTableKeepsItsCells`). A first cell naming an indicator and its unit
    /// may run to 24 characters.
    @Test func aCellWrappedUnderItsRowGoesOnThatCell() {
        let plan = "指标                              2020年        2025年        属性\n细颗粒物（PM2.5）浓度（微克/立     32            ≤28           约束性\n方米）\n空气质量优良天数比率（%）         88.5          90            约束性\n地表水达到或好于Ⅲ类水体比例（%）  85            ≥90           约束性\n森林覆盖率（%）                   61.2          61.5          预期性\n单位GDP二氧化碳排放降低（%）       —            18            约束性\n城市生活垃圾资源化利用率（%）     60            80            预期性\n"
        #expect(readingText(repaired(plan)) == "指标　2020年　2025年　属性\n细颗粒物（PM2.5）浓度（微克/立方米）　32　≤28　约束性\n空气质量优良天数比率（%）　88.5　90　约束性\n地表水达到或好于Ⅲ类水体比例（%）　85　≥90　约束性\n森林覆盖率（%）　61.2　61.5　预期性\n单位GDP二氧化碳排放降低（%）　—　18　约束性\n城市生活垃圾资源化利用率（%）　60　80　预期性")
        let contacts = "单位                    地址                            联系电话\n东城区市场监管局        东城区青河路18号                0571-86011234\n西城区市场监管局        西城区柳岸街7号                 0571-86022345\n南湖区市场监管局        南湖区湖滨大道266号市民         0571-86033456\n                        中心B座3楼\n北山区市场监管局        北山区兴业路9号                 0571-86044567\n江城新区市场监管局      新区科创大道100号               0571-86055678\n"
        #expect(readingText(repaired(contacts)).contains("南湖区市场监管局　南湖区湖滨大道266号市民中心B座3楼　0571-86033456"))
    }

    /// A letter-spaced title set with ideographic spaces (`关　于　印　发`) is no table row: its
    /// cells are single characters, and its gaps close.
    @Test func aLetterSpacedTitleIsNoTableRow() {
        let text = "关　于　印　发　通　知\n\n各区人民政府，市政府各部门：\n现将有关事项通知如下。\n"
        #expect(readingText(repaired(text)).hasPrefix("关于印发通知\n"))
    }

    /// A table's rows also hold wide gaps at fixed places, but its cells are short: its lines
    /// stay rows, in order.
    @Test func aTableIsNotSplitIntoColumns() {
        let table = "序号    项目名称              金额（万元）    备注\n1       道路改造工程          1200            已完工\n2       污水处理厂            3500            在建\n3       学校扩建              800             规划中\n4       公园绿化              450             已完工\n5       医院新建              6200            在建\n6       图书馆维修            120             已完工\n"
        var log = RepairLog()
        let lines = Repairer.profileLines(table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), log: &log)
        #expect(lines.map(\.number) == Array(1...7))
        #expect(log[.columnOrder] == 0)
    }

    /// Lines with a wide gap here and there (an imprint, a signature pair) are no columns.
    @Test func afewWideGapsAreNoColumns() {
        let text = "各代表团团长对中方高水平举办会议表示感谢。\n中华人民共和国政府代表          越南社会主义共和国政府代表\n王毅                            裴青山\n国务院办公厅秘书局                          2022年9月8日印发\n"
        var log = RepairLog()
        let lines = Repairer.profileLines(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), log: &log)
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(log[.columnOrder] == 0)
    }
}
